package com.cinema.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The payment service's time settings, all MicroProfile Config (environment variables override them). */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "cinema.payment.processor-delay", defaultValue = "PT0.005S")
    Duration processorDelay;

    @Inject
    @ConfigProperty(name = "cinema.payment.slow-card-delay", defaultValue = "PT5S")
    Duration slowCardDelay;

    @Inject
    @ConfigProperty(name = "cinema.payment.pending-timeout", defaultValue = "PT2M")
    Duration pendingTimeout;

    @Inject
    @ConfigProperty(name = "cinema.payment.pending-sweep-interval", defaultValue = "PT30S")
    Duration pendingSweepInterval;

    @Inject
    @ConfigProperty(name = "cinema.payment.repeat-wait", defaultValue = "PT5S")
    Duration repeatWait;

    /** How long the simulated processor takes to answer. */
    public Duration processorDelay() {
        return processorDelay;
    }

    /** How long the slow test card ({@link SimulatedProcessor#SLOW_CARD}) keeps its charge in flight. */
    public Duration slowCardDelay() {
        return slowCardDelay;
    }

    /** A PENDING payment older than this was never captured and is failed by the sweeper. */
    public Duration pendingTimeout() {
        return pendingTimeout;
    }

    public Duration pendingSweepInterval() {
        return pendingSweepInterval;
    }

    /** How long a repeated charge waits for the first request's outcome before answering PENDING. */
    public Duration repeatWait() {
        return repeatWait;
    }
}
