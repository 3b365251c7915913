package com.cinema.booking.loyalty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/** Loyalty rewards' settings, MicroProfile Config with environment overrides (CINEMA_LOYALTY_MILESTONES, ...). */
@ApplicationScoped
public class LoyaltySettings {

    @Inject
    @ConfigProperty(name = "cinema.loyalty.milestones", defaultValue = "3:PERCENT:10,5:PERCENT:15,10:PERCENT:25")
    String milestonesText;

    @Inject
    @ConfigProperty(name = "cinema.loyalty.coupon-validity", defaultValue = "P90D")
    Duration couponValidity;

    @Inject
    @ConfigProperty(name = "cinema.loyalty.issue-interval", defaultValue = "PT30S")
    Duration issueInterval;

    @Inject
    @ConfigProperty(name = "cinema.loyalty.retry-base", defaultValue = "PT30S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "cinema.loyalty.retry-cap", defaultValue = "PT30M")
    Duration retryCap;

    private List<Milestone> milestones;

    @PostConstruct
    void parse() {
        milestones = Milestone.parseAll(milestonesText);
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    /** How long a reward coupon stays valid after the milestone is reached. */
    public Duration couponValidity() {
        return couponValidity;
    }

    /** How often pending rewards are issued in the background. */
    public Duration issueInterval() {
        return issueInterval;
    }

    /** The pause after the {@code attempts}th failed issue: doubling from retry-base up to retry-cap. */
    public Duration retryAfter(int attempts) {
        Duration pause = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return pause.compareTo(retryCap) > 0 ? retryCap : pause;
    }
}
