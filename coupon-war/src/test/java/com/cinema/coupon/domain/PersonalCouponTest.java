package com.cinema.coupon.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal coupons (loyalty rewards): single use, only their owner, refused to others before anything else. */
class PersonalCouponTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final long OWNER = 41;

    private static Coupon reward() {
        return Coupon.personal("rwd-abc123", OWNER, "LOYALTY_3", DiscountType.PERCENT, 10, "GBP", null,
                NOW.plus(Duration.ofDays(90)), "Thank you for your 3rd booking");
    }

    private static CouponOrder orderBy(long customer) {
        return new CouponOrder("RWD-ABC123", customer, 500, 2_000, "EUR", 1L, 2L);
    }

    @Test
    void aPersonalCouponIsSingleUseForItsOwnerAndValidFromNow() {
        Coupon coupon = reward();
        assertThat(coupon.getCode()).isEqualTo("RWD-ABC123");
        assertThat(coupon.getOwnerUserId()).isEqualTo(OWNER);
        assertThat(coupon.getIssuedFor()).isEqualTo("LOYALTY_3");
        assertThat(coupon.getUsageLimit()).isEqualTo(1);
        assertThat(coupon.getPerUserLimit()).isEqualTo(1);
        assertThat(coupon.getStartsAt()).isNull();
        assertThat(CouponRules.quote(coupon, orderBy(OWNER), NOW, 0, false))
                .as("a plain percentage, any currency").isEqualTo(CouponQuote.valid("RWD-ABC123", 200));
    }

    @Test
    void anotherCustomerIsRefusedNotYoursBeforeAnyOtherReason() {
        Coupon coupon = reward();
        assertThat(CouponRules.quote(coupon, orderBy(OWNER + 1), NOW, 0, false).reason())
                .isEqualTo(RefusalReason.NOT_YOURS);
        coupon.deactivate();
        assertThat(CouponRules.quote(coupon, orderBy(OWNER + 1), NOW.plus(Duration.ofDays(400)), 0, false).reason())
                .as("nothing else about another's coupon is told").isEqualTo(RefusalReason.NOT_YOURS);
        assertThat(CouponRules.quote(coupon, orderBy(OWNER), NOW, 0, false).reason()).isEqualTo(RefusalReason.INACTIVE);
    }

    @Test
    void itsOneUseTakenItIsRefusedToItsOwnerToo() {
        assertThat(CouponRules.quote(reward(), orderBy(OWNER), NOW, 1, false).reason())
                .isEqualTo(RefusalReason.PER_USER_LIMIT);
        assertThat(CouponRules.quote(reward(), orderBy(OWNER), NOW.plus(Duration.ofDays(90)), 0, false).reason())
                .isEqualTo(RefusalReason.EXPIRED);
    }

    @Test
    void staffCouponsBelongToNobodyInParticular() {
        Coupon open = Coupon.of(new CouponTerms("OPEN10", null, DiscountType.PERCENT, 10, "GBP", null, 0, null, null,
                null, null, null, null, true));
        assertThat(open.getOwnerUserId()).isNull();
        assertThat(open.belongsToAnotherThan(OWNER)).isFalse();
        assertThat(CouponRules.quote(open, orderBy(12345), NOW, 0, false).valid()).isTrue();
    }

    @Test
    void theReasonAndExpiryAreRequiredAndChecked() {
        assertThatThrownBy(() -> Coupon.personal("RWD-X1", OWNER, "loyalty 3", DiscountType.PERCENT, 10, "GBP",
                null, NOW, null)).isInstanceOf(ValidationException.class).hasMessageStartingWith("issuedFor:");
        assertThatThrownBy(() -> Coupon.personal("RWD-X1", OWNER, "LOYALTY_3", DiscountType.PERCENT, 10, "GBP",
                null, null, null)).hasMessageStartingWith("expiresAt:");
        assertThatThrownBy(() -> Coupon.personal("RWD-X1", OWNER, "LOYALTY_3", DiscountType.PERCENT, 101, "GBP",
                null, NOW, null)).hasMessageStartingWith("value:");
    }

    @Test
    void newCodesAreValidAndUnlikelyToRepeat() {
        String code = PersonalCoupons.newCode();
        assertThat(Coupon.normaliseCode(code)).isEqualTo(code).startsWith("RWD-").hasSize(12);
        assertThat(PersonalCoupons.newCode()).isNotEqualTo(code);
    }

    @Test
    void refusalsAreExplainedToTheCustomer() {
        assertThat(CouponReservations.explain("RWD-ABC123", RefusalReason.NOT_YOURS))
                .isEqualTo("Coupon RWD-ABC123 belongs to another customer");
    }
}
