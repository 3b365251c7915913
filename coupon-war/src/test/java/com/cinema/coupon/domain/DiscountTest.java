package com.cinema.coupon.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.cinema.coupon.domain.DiscountType.FIXED;
import static com.cinema.coupon.domain.DiscountType.PERCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discount arithmetic: half-up cents, caps, and never more than the subtotal. */
class DiscountTest {

    @ParameterizedTest(name = "{0}% of {1} = {2}")
    @CsvSource({
            "10, 1000, 100",
            "10, 5, 1",     // 0.5 cent rounds up
            "10, 4, 0",     // 0.4 cent rounds down
            "10, 15, 2",    // 1.5 cents rounds up
            "10, 14, 1",
            "15, 1, 0",     // 0.15 cent
            "50, 1, 1",     // 0.5 cent
            "33, 1001, 330", // 330.33
            "25, 1002, 251", // 250.5 -> 251
            "100, 1234, 1234",
            "1, 0, 0"
    })
    void percentRoundsHalfUpToTheCent(int percent, int subtotal, int expected) {
        assertThat(Discount.of(PERCENT, percent, null, subtotal)).isEqualTo(expected);
    }

    @Test
    void percentNeverExceedsItsCap() {
        assertThat(Discount.of(PERCENT, 10, 500, 4_999)).isEqualTo(500);  // 499.9 -> 500, at the cap
        assertThat(Discount.of(PERCENT, 10, 500, 5_000)).isEqualTo(500);
        assertThat(Discount.of(PERCENT, 10, 500, 100_000)).isEqualTo(500);
        assertThat(Discount.of(PERCENT, 10, 500, 4_994)).isEqualTo(499);
    }

    @Test
    void fixedNeverExceedsTheSubtotalNorItsCap() {
        assertThat(Discount.of(FIXED, 500, null, 2_000)).isEqualTo(500);
        assertThat(Discount.of(FIXED, 500, null, 500)).isEqualTo(500);
        assertThat(Discount.of(FIXED, 500, null, 499)).isEqualTo(499);
        assertThat(Discount.of(FIXED, 500, null, 1)).isEqualTo(1);
        assertThat(Discount.of(FIXED, 500, null, 0)).isZero();
        assertThat(Discount.of(FIXED, 500, 300, 2_000)).isEqualTo(300);
    }

    @Test
    void hugeSubtotalsDoNotOverflow() {
        assertThat(Discount.of(PERCENT, 100, null, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Discount.of(PERCENT, 50, null, Integer.MAX_VALUE)).isEqualTo(1_073_741_824);
    }

    @Test
    void negativeSubtotalIsAProgrammingError() {
        assertThatThrownBy(() -> Discount.of(FIXED, 500, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
