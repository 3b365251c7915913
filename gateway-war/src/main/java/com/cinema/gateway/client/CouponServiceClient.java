package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.coupon.Coupon;
import com.cinema.gateway.api.coupon.CouponInput;
import com.cinema.gateway.api.reward.RewardCoupon;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.List;

/**
 * Staff's coupon administration at the coupon service, with the caller's own token (the service checks the ADMIN
 * role again), and a customer's own personal coupons (rewards). Customers use coupons only through their bookings
 * (the booking service quotes and reserves).
 * Reads are retried once; changes never.
 */
@ApplicationScoped
@UpstreamService("coupon")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class CouponServiceClient {

    static final GraphQlOperation<List<Coupon>> COUPONS = GraphQlOperation.queryForList("coupons", Coupon.class);
    static final GraphQlOperation<Coupon> CREATE_COUPON = GraphQlOperation.mutation("createCoupon", Coupon.class,
            "input: CouponInput!");
    static final GraphQlOperation<Coupon> UPDATE_COUPON = GraphQlOperation.mutation("updateCoupon", Coupon.class,
            "id: ID!", "input: CouponInput!");
    static final GraphQlOperation<List<RewardCoupon>> MY_COUPONS = GraphQlOperation.queryForList("myCoupons",
            RewardCoupon.class);
    static final GraphQlOperation<Coupon> DEACTIVATE_COUPON = GraphQlOperation.mutation("deactivateCoupon",
            Coupon.class, "id: ID!");

    @Inject
    @ConfigProperty(name = "cinema.services.coupon.url")
    String couponServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient couponService;

    @PostConstruct
    void connect() {
        couponService = GraphQlClient.connect("coupon", couponServiceUrl, requestTimeout);
    }

    /** The caller's personal coupons (loyalty rewards). */
    public List<RewardCoupon> myCoupons() {
        return couponService.execute(MY_COUPONS, caller.authorization());
    }

    public List<Coupon> coupons() {
        return couponService.execute(COUPONS, caller.authorization());
    }

    @Retry(maxRetries = 0)
    public Coupon createCoupon(CouponInput input) {
        return couponService.execute(CREATE_COUPON, caller.authorization(), input);
    }

    @Retry(maxRetries = 0)
    public Coupon updateCoupon(String id, CouponInput input) {
        return couponService.execute(UPDATE_COUPON, caller.authorization(), id, input);
    }

    @Retry(maxRetries = 0)
    public Coupon deactivateCoupon(String id) {
        return couponService.execute(DEACTIVATE_COUPON, caller.authorization(), id);
    }
}
