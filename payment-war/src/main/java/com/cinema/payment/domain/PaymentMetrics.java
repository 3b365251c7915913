package com.cinema.payment.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;

/**
 * Business metrics of the payment service. Labels are small closed sets (method, outcome, reason): never a
 * card detail, an id or a key.
 */
@ApplicationScoped
public class PaymentMetrics {

    private static final Metadata CHARGES = Metadata.builder().withName("payment_charges")
            .withDescription("Charges decided by the processor, by payment method and outcome (SUCCEEDED or DECLINED)")
            .withUnit(MetricUnits.NONE).build();
    private static final Metadata DECLINES = Metadata.builder().withName("payment_declines")
            .withDescription("Charges declined or failed, by reason").withUnit(MetricUnits.NONE).build();
    private static final Metadata REFUNDS = Metadata.builder().withName("payment_refunds")
            .withDescription("Refund requests, by outcome (SUCCEEDED or REFUSED)").withUnit(MetricUnits.NONE).build();
    private static final Metadata INTERRUPTED = Metadata.builder().withName("payment_pending_interrupted")
            .withDescription("PENDING payments never captured and failed by the sweeper").withUnit(MetricUnits.NONE).build();
    private static final Metadata LATENCY = Metadata.builder().withName("payment_charge_duration")
            .withDescription("Time to decide a new charge, processor included").withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    private Timer latency;
    private Counter interrupted;

    @PostConstruct
    void register() {
        latency = registry.timer(LATENCY);
        interrupted = registry.counter(INTERRUPTED);
        for (PaymentMethod method : PaymentMethod.values()) {
            for (String outcome : new String[] {"SUCCEEDED", "DECLINED"}) {
                registry.counter(CHARGES, new Tag("method", method.name()), new Tag("outcome", outcome));
            }
        }
        for (DeclineReason reason : DeclineReason.values()) {
            registry.counter(DECLINES, new Tag("reason", reason.name()));
        }
        for (String outcome : new String[] {"SUCCEEDED", "REFUSED"}) {
            registry.counter(REFUNDS, new Tag("outcome", outcome));
        }
    }

    public void charged(PaymentMethod method, Duration took) {
        registry.counter(CHARGES, new Tag("method", method.name()), new Tag("outcome", "SUCCEEDED")).inc();
        latency.update(took);
    }

    public void declined(PaymentMethod method, DeclineReason reason, Duration took) {
        registry.counter(CHARGES, new Tag("method", method.name()), new Tag("outcome", "DECLINED")).inc();
        registry.counter(DECLINES, new Tag("reason", reason.name())).inc();
        latency.update(took);
    }

    public void interrupted(int count) {
        if (count > 0) {
            interrupted.inc(count);
            registry.counter(DECLINES, new Tag("reason", DeclineReason.PROCESSING_INTERRUPTED.name())).inc(count);
        }
    }

    public void refunded() {
        registry.counter(REFUNDS, new Tag("outcome", "SUCCEEDED")).inc();
    }

    public void refundRefused() {
        registry.counter(REFUNDS, new Tag("outcome", "REFUSED")).inc();
    }
}
