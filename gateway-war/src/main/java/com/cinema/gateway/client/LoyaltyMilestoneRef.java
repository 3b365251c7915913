package com.cinema.gateway.client;

import java.time.OffsetDateTime;

/** The booking service's {@code LoyaltyMilestone}: what the gateway reads to build a {@code Reward}. */
public class LoyaltyMilestoneRef {
    public int milestone;
    public OffsetDateTime reachedAt;
    public String bookingId;
    public String state;
    public String couponCode;
    public String couponReason;
}
