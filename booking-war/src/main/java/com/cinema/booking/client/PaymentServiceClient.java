package com.cinema.booking.client;

import com.cinema.booking.domain.Payments;
import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.ServiceCredentials;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.Optional;

/**
 * Fault-tolerant calls to the payment service. A charge is never repeated here: when its answer is lost the saga
 * asks for it by idempotency key ({@link #byIdempotencyKey}, a read, retried once). Refunds carry a key and are
 * repeated by the reconciler, not here. The charge forwards the customer's own token; lookups and refunds carry
 * the booking service's own (SERVICE). The circuit breaker counts only the payment service's own failures, never
 * a caller's error such as a decline. Limits can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.booking.client.PaymentServiceClient/charge/Timeout/value=8000}.
 */
@ApplicationScoped
@UpstreamService("payment")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class PaymentServiceClient implements Payments {

    static final GraphQlOperation<PaymentRef> CHARGE = GraphQlOperation.mutation("charge", PaymentRef.class,
            "input: ChargeInput!");
    static final GraphQlOperation<PaymentRef> REFUND = GraphQlOperation.mutation("refund", PaymentRef.class,
            "input: RefundInput!");
    static final GraphQlOperation<PaymentRef> PAYMENT_BY_KEY = GraphQlOperation.query("paymentByIdempotencyKey",
            PaymentRef.class, "idempotencyKey: String!", "userId: ID");

    @Inject
    @ConfigProperty(name = "cinema.services.payment.url")
    String paymentServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    @Inject
    ServiceCredentials credentials;

    private GraphQlClient paymentService;

    @PostConstruct
    void connect() {
        paymentService = GraphQlClient.connect("payment", paymentServiceUrl, requestTimeout);
    }

    /** Longer than the payment service's wait for a repeated key's first request (5 s by default). */
    @Override
    @Retry(maxRetries = 0)
    @Timeout(CallBudget.CHARGE_MS)
    public PaymentOutcome charge(ChargeOrder order) {
        return outcome(paymentService.execute(CHARGE, caller.authorization(), ChargeInputRef.of(order)));
    }

    @Override
    public Optional<PaymentOutcome> byIdempotencyKey(String idempotencyKey, long userId) {
        return Optional.ofNullable(paymentService.execute(PAYMENT_BY_KEY, credentials.authorization(), idempotencyKey,
                String.valueOf(userId))).map(PaymentServiceClient::outcome);
    }

    @Override
    @Retry(maxRetries = 0)
    public void refund(long paymentId, String reason, String idempotencyKey) {
        paymentService.execute(REFUND, credentials.authorization(), RefundInputRef.of(paymentId, reason, idempotencyKey));
    }

    static PaymentOutcome outcome(PaymentRef payment) {
        return new PaymentOutcome(Long.parseLong(payment.id), Payments.PaymentStatus.fromWire(payment.status),
                payment.failureReason);
    }
}
