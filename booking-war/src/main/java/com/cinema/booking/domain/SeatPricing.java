package com.cinema.booking.domain;

import java.util.Locale;
import java.util.Map;

/** A seat's price: the showtime's base price plus the surcharge of the seat's type (unknown types: none). */
public final class SeatPricing {

    /** Defaults of {@code cinema.booking.surcharge.<TYPE>} in minor units per seat. */
    public static final Map<String, Integer> DEFAULT_SURCHARGES =
            Map.of("STANDARD", 0, "PREMIUM", 200, "VIP", 400, "WHEELCHAIR", 0, "COUPLE", 300);

    private final Map<String, Integer> surcharges;

    public SeatPricing(Map<String, Integer> surcharges) {
        this.surcharges = Map.copyOf(surcharges);
    }

    public int surcharge(String seatType) {
        return seatType == null ? 0 : surcharges.getOrDefault(seatType.toUpperCase(Locale.ROOT), 0);
    }

    public int price(int basePriceCents, String seatType) {
        return Math.max(0, basePriceCents + surcharge(seatType));
    }
}
