package com.cinema.coupon.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.EnumMap;
import java.util.Map;

/** Business metrics of the coupon service in the application scope of /metrics; no codes or ids as labels. */
@ApplicationScoped
public class CouponMetrics {

    @Inject
    MetricRegistry registry;

    private Counter reservations;
    private Counter redemptions;
    private Counter releases;
    private final Map<RefusalReason, Counter> refusals = new EnumMap<>(RefusalReason.class);

    @PostConstruct
    void register() {
        reservations = registry.counter(Metadata.builder().withName("coupon_reservations")
                .withDescription("Coupon uses reserved for a booking").build());
        redemptions = registry.counter(Metadata.builder().withName("coupon_redemptions")
                .withDescription("Coupon reservations made final by a confirmed booking").build());
        releases = registry.counter(Metadata.builder().withName("coupon_releases")
                .withDescription("Coupon uses given back (payment failed, booking ended or cancelled, or timed out)")
                .build());
        Metadata refused = Metadata.builder().withName("coupon_refusals")
                .withDescription("Quotes and reservations refused, by reason").build();
        for (RefusalReason reason : RefusalReason.values()) {
            refusals.put(reason, registry.counter(refused, new Tag("reason", reason.name())));
        }
    }

    public void reserved() {
        reservations.inc();
    }

    public void redeemed() {
        redemptions.inc();
    }

    public void released() {
        releases.inc();
    }

    public void refused(RefusalReason reason) {
        refusals.get(reason).inc();
    }
}
