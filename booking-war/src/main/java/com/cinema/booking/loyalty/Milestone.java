package com.cinema.booking.loyalty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A loyalty milestone: the customer's {@code count}th confirmed booking that is not cancelled earns a personal
 * coupon of {@code type} (PERCENT or FIXED) and {@code value} (a percentage, or minor units of the booking's
 * currency), optionally capped at {@code maxDiscountCents}.
 */
public record Milestone(int count, String type, int value, Integer maxDiscountCents) {

    public Milestone {
        if (count < 1) {
            throw new IllegalArgumentException("a milestone is a count of bookings from 1: " + count);
        }
        if (!"PERCENT".equals(type) && !"FIXED".equals(type)) {
            throw new IllegalArgumentException("a reward is PERCENT or FIXED: " + type);
        }
        if (value < 1 || "PERCENT".equals(type) && value > 100) {
            throw new IllegalArgumentException("reward value out of range: " + value);
        }
        if (maxDiscountCents != null && maxDiscountCents < 1) {
            throw new IllegalArgumentException("reward cap must be at least 1: " + maxDiscountCents);
        }
    }

    /** What the coupon service records as the coupon's reason, unique per customer: LOYALTY_3. */
    public String couponReason() {
        return "LOYALTY_" + count;
    }

    /**
     * Parses {@code cinema.loyalty.milestones}: comma-separated {@code count:PERCENT|FIXED:value[:cap]}, e.g.
     * {@code 3:PERCENT:10,5:FIXED:500,10:PERCENT:25:1500}; blank means no milestones. Ordered by count, each
     * count once. A malformed entry fails the start-up rather than silently dropping a reward.
     */
    public static List<Milestone> parseAll(String text) {
        List<Milestone> milestones = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return milestones;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length < 3 || parts.length > 4) {
                throw new IllegalArgumentException("cinema.loyalty.milestones: '" + entry.strip()
                        + "' is not count:PERCENT|FIXED:value[:maxDiscountCents]");
            }
            try {
                Milestone milestone = new Milestone(Integer.parseInt(parts[0].strip()),
                        parts[1].strip().toUpperCase(Locale.ROOT), Integer.parseInt(parts[2].strip()),
                        parts.length == 4 ? Integer.valueOf(parts[3].strip()) : null);
                if (milestones.stream().anyMatch(m -> m.count() == milestone.count())) {
                    throw new IllegalArgumentException("milestone " + milestone.count() + " given twice");
                }
                milestones.add(milestone);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cinema.loyalty.milestones: '" + entry.strip() + "': "
                        + e.getMessage(), e);
            }
        }
        milestones.sort(Comparator.comparingInt(Milestone::count));
        return List.copyOf(milestones);
    }
}
