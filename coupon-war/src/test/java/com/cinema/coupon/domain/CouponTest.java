package com.cinema.coupon.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouponTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void codeAndCurrencyAreNormalised() {
        Coupon coupon = new Coupon("  welcome10 ", DiscountType.PERCENT, 10, "gbp");

        assertThat(coupon.getCode()).isEqualTo("WELCOME10");
        assertThat(coupon.getCurrency()).isEqualTo("GBP");
        assertThat(coupon.isActive()).isTrue();
        assertThat(coupon.getUsedCount()).isZero();
        assertThat(Coupon.normaliseCode("family-5")).isEqualTo("FAMILY-5");
    }

    @Test
    void codeMustBeShortPlainText() {
        assertThatThrownBy(() -> new Coupon("AB", DiscountType.FIXED, 500, "GBP"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> Coupon.normaliseCode("TEN OFF")).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> Coupon.normaliseCode("X".repeat(41))).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> Coupon.normaliseCode(null)).hasMessageStartingWith("code:");
    }

    @Test
    void percentageIsOneToHundredAndFixedAmountPositive() {
        assertThatThrownBy(() -> new Coupon("HALF", DiscountType.PERCENT, 101, "GBP")).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> new Coupon("HALF", DiscountType.PERCENT, 0, "GBP")).hasMessageStartingWith("value:");
        assertThatThrownBy(() -> new Coupon("FREE", DiscountType.FIXED, 0, "GBP")).hasMessageStartingWith("value:");
        assertThat(new Coupon("BIG", DiscountType.FIXED, 10_000, "EUR").getValue()).isEqualTo(10_000);
        assertThatThrownBy(() -> new Coupon("ODD", null, 5, "GBP")).hasMessageStartingWith("discountType:");
        assertThatThrownBy(() -> new Coupon("ODD", DiscountType.FIXED, 5, "XYZW")).hasMessageStartingWith("currency:");
    }

    @Test
    void validityWindowMustEndAfterItStartsAndMayBeOpen() {
        Coupon coupon = new Coupon("WINDOW", DiscountType.PERCENT, 5, "GBP");
        assertThatThrownBy(() -> coupon.setValidity(NOW, NOW)).hasMessageStartingWith("expiresAt:");

        coupon.setValidity(null, NOW);
        assertThat(coupon.getStartsAt()).isNull();
        assertThat(coupon.getExpiresAt()).isEqualTo(NOW);
    }

    @Test
    void amountsAndLimitsArePositiveWhenGiven() {
        Coupon coupon = new Coupon("LIMITS", DiscountType.PERCENT, 5, "GBP");
        assertThatThrownBy(() -> coupon.setAmounts(-1, null)).hasMessageStartingWith("minOrderCents:");
        assertThatThrownBy(() -> coupon.setAmounts(0, 0)).hasMessageStartingWith("maxDiscountCents:");
        assertThatThrownBy(() -> coupon.setLimits(0, null)).hasMessageStartingWith("usageLimit:");
        assertThatThrownBy(() -> coupon.setLimits(null, 0)).hasMessageStartingWith("perUserLimit:");

        coupon.setAmounts(2000, 500);
        coupon.setLimits(null, 1);
        assertThat(coupon.getMinOrderCents()).isEqualTo(2000);
        assertThat(coupon.getMaxDiscountCents()).isEqualTo(500);
        assertThat(coupon.getUsageLimit()).isNull();
        assertThat(coupon.getPerUserLimit()).isEqualTo(1);
    }
}
