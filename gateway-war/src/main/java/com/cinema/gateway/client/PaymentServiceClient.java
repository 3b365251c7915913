package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.dashboard.RevenueSummary;
import com.cinema.gateway.api.payment.Payment;
import com.cinema.gateway.api.payment.PaymentFilter;
import com.cinema.gateway.api.payment.PaymentPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads of the payment service, always with the caller's own token: a customer sees only their own payments,
 * staff every payment. The gateway never charges or refunds: the booking service does, as part of the checkout.
 * All reads, so all retried once.
 */
@ApplicationScoped
@UpstreamService("payment")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class PaymentServiceClient {

    static final GraphQlOperation<List<Payment>> MY_PAYMENTS = GraphQlOperation.queryForList("myPayments",
            Payment.class, "page: Int");
    static final GraphQlOperation<PaymentPage> PAYMENTS = GraphQlOperation.query("payments", PaymentPage.class,
            "filter: PaymentFilter", "page: Int", "size: Int");
    static final GraphQlOperation<List<Payment>> PAYMENTS_BY_BOOKING_IDS = GraphQlOperation.queryForList(
            "paymentsByBookingIds", Payment.class, "bookingIds: [String!]!");

    static final GraphQlOperation<RevenueSummary> REVENUE_SUMMARY = GraphQlOperation.query("revenueSummary",
            RevenueSummary.class, "from: Date", "to: Date");

    @Inject
    @ConfigProperty(name = "cinema.services.payment.url")
    String paymentServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient paymentService;

    @PostConstruct
    void connect() {
        paymentService = GraphQlClient.connect("payment", paymentServiceUrl, requestTimeout);
    }

    public List<Payment> myPayments(Integer page) {
        return paymentService.execute(MY_PAYMENTS, caller.authorization(), page);
    }

    public PaymentPage payments(PaymentFilter filter, Integer page, Integer size) {
        return paymentService.execute(PAYMENTS, caller.authorization(), filter, page, size);
    }

    /** The payments of these bookings the caller may see (all attempts, newest first). */
    public List<Payment> paymentsOfBookings(List<String> bookingIds) {
        return bookingIds.isEmpty() ? List.of()
                : paymentService.execute(PAYMENTS_BY_BOOKING_IDS, caller.authorization(), bookingIds);
    }

    /** Staff's revenue figures of a period (the dashboard); with the caller's own (ADMIN) token. */
    public RevenueSummary revenueSummary(LocalDate from, LocalDate to) {
        return paymentService.execute(REVENUE_SUMMARY, caller.authorization(), from, to);
    }
}
