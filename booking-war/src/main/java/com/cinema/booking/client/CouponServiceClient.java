package com.cinema.booking.client;

import com.cinema.booking.domain.Coupons;
import com.cinema.booking.loyalty.ReachedMilestone;
import com.cinema.booking.loyalty.RewardCoupons;
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
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fault-tolerant calls to the coupon service. Quotes (reads) get one quick retry; reserve, redeem and release
 * change state and are not repeated here (each is idempotent per booking, and the saga or its reconciler repeats
 * them). Quote and reserve forward the customer's own token; redeem and release, which background paths also
 * make, carry the booking service's own, as does issuing a loyalty reward (idempotent per customer and milestone,
 * so it keeps the one quick retry; the loyalty issuer's schedule repeats it after that). The circuit breaker counts only the coupon service's own failures.
 */
@ApplicationScoped
@UpstreamService("coupon")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CouponServiceClient implements Coupons, RewardCoupons {

    static final GraphQlOperation<CouponQuoteRef> QUOTE = GraphQlOperation.query("quoteCoupon", CouponQuoteRef.class,
            "input: CouponOrderInput!");
    static final GraphQlOperation<CouponReservationRef> RESERVE = GraphQlOperation.mutation("reserveCoupon",
            CouponReservationRef.class, "input: CouponOrderInput!", "expiresAt: DateTime!");
    static final GraphQlOperation<CouponReservationRef> REDEEM = GraphQlOperation.mutation("redeemCoupon",
            CouponReservationRef.class, "bookingId: ID!");
    static final GraphQlOperation<CouponReservationRef> RELEASE = GraphQlOperation.mutation("releaseCoupon",
            CouponReservationRef.class, "bookingId: ID!");
    static final GraphQlOperation<PersonalCouponRef> ISSUE_REWARD = GraphQlOperation.mutation("issuePersonalCoupon",
            PersonalCouponRef.class, "input: PersonalCouponInput!");

    @Inject
    @ConfigProperty(name = "cinema.services.coupon.url")
    String couponServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    @Inject
    ServiceCredentials credentials;

    private GraphQlClient couponService;

    @PostConstruct
    void connect() {
        couponService = GraphQlClient.connect("coupon", couponServiceUrl, requestTimeout);
    }

    @Override
    public CouponQuote quote(CouponOrder order) {
        CouponQuoteRef quote = couponService.execute(QUOTE, caller.authorization(), CouponOrderRef.of(order));
        return new CouponQuote(quote.code, quote.valid, quote.discountCents, quote.reason);
    }

    @Override
    @Retry(maxRetries = 0)
    public int reserve(CouponOrder order, Instant expiresAt) {
        CouponReservationRef reservation = couponService.execute(RESERVE, caller.authorization(),
                CouponOrderRef.of(order), expiresAt.atOffset(ZoneOffset.UTC).toString());
        return reservation.discountCents;
    }

    @Override
    @Retry(maxRetries = 0)
    public void redeem(long bookingId) {
        couponService.execute(REDEEM, credentials.authorization(), String.valueOf(bookingId));
    }

    @Override
    @Retry(maxRetries = 0)
    public void release(long bookingId) {
        couponService.execute(RELEASE, credentials.authorization(), String.valueOf(bookingId));
    }

    @Override
    public String issue(ReachedMilestone milestone) {
        return couponService.execute(ISSUE_REWARD, credentials.authorization(), PersonalCouponInputRef.of(milestone))
                .code;
    }
}
