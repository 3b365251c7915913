package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeatPricingTest {

    @Test
    void defaultSurchargesPerSeatType() {
        SeatPricing pricing = new SeatPricing(SeatPricing.DEFAULT_SURCHARGES);
        assertThat(pricing.price(1100, "STANDARD")).isEqualTo(1100);
        assertThat(pricing.price(1100, "PREMIUM")).isEqualTo(1300);
        assertThat(pricing.price(1100, "VIP")).isEqualTo(1500);
        assertThat(pricing.price(1100, "WHEELCHAIR")).isEqualTo(1100);
        assertThat(pricing.price(1100, "COUPLE")).isEqualTo(1400);
        assertThat(pricing.price(1100, "vip")).isEqualTo(1500);
        assertThat(pricing.price(1100, "SOFA")).isEqualTo(1100);
        assertThat(pricing.price(1100, null)).isEqualTo(1100);
    }

    @Test
    void configuredSurchargesWinAndPricesNeverGoNegative() {
        Map<String, Integer> surcharges = new HashMap<>(SeatPricing.DEFAULT_SURCHARGES);
        surcharges.put("VIP", 750);
        surcharges.put("WHEELCHAIR", -2000);
        SeatPricing pricing = new SeatPricing(surcharges);
        assertThat(pricing.price(1000, "VIP")).isEqualTo(1750);
        assertThat(pricing.price(1000, "WHEELCHAIR")).isZero();
    }
}
