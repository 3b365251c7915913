package com.cinema.coupon.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each refusal reason, in the order they are checked, and the quote of an order that passes them all. */
class CouponRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static CouponTerms terms(DiscountType type, int value, Integer cap, int minOrder, Integer usageLimit,
                                     Integer perUserLimit, Set<Long> movies, Set<Long> cinemas) {
        return new CouponTerms("RULES", null, type, value, "GBP", cap, minOrder, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), usageLimit, perUserLimit, movies, cinemas, true);
    }

    private static Coupon percent() {
        return Coupon.of(terms(DiscountType.PERCENT, 10, 500, 1000, 10, 1, Set.of(), Set.of()));
    }

    private static CouponOrder order(int subtotal, String currency) {
        return new CouponOrder(" rules ", 7, 99, subtotal, currency, 3L, 4L);
    }

    private static RefusalReason reason(Coupon coupon, CouponOrder order, Instant at) {
        return CouponRules.quote(coupon, order, at, 0, false).reason();
    }

    @Test
    void aValidOrderIsQuotedWithItsDiscount() {
        CouponQuote quote = CouponRules.quote(percent(), order(2_345, "GBP"), NOW, 0, false);
        assertThat(quote).isEqualTo(CouponQuote.valid("RULES", 235));
    }

    @Test
    void inactiveComesFirst() {
        Coupon coupon = percent();
        coupon.deactivate();
        assertThat(reason(coupon, order(10, "EUR"), NOW.plus(Duration.ofDays(5)))).isEqualTo(RefusalReason.INACTIVE);
    }

    @Test
    void validityWindowIsStartInclusiveEndExclusive() {
        Coupon coupon = percent();
        assertThat(reason(coupon, order(2_000, "GBP"), coupon.getStartsAt().minusMillis(1)))
                .isEqualTo(RefusalReason.NOT_STARTED);
        assertThat(reason(coupon, order(2_000, "GBP"), coupon.getStartsAt())).isNull();
        assertThat(reason(coupon, order(2_000, "GBP"), coupon.getExpiresAt().minusMillis(1))).isNull();
        assertThat(reason(coupon, order(2_000, "GBP"), coupon.getExpiresAt())).isEqualTo(RefusalReason.EXPIRED);
    }

    @Test
    void minimumOrderIsInclusive() {
        assertThat(reason(percent(), order(999, "GBP"), NOW)).isEqualTo(RefusalReason.MIN_ORDER);
        assertThat(reason(percent(), order(1_000, "GBP"), NOW)).isNull();
    }

    @Test
    void fixedAmountsNeedTheCouponsCurrencyPlainPercentagesDoNot() {
        Coupon fixed = Coupon.of(terms(DiscountType.FIXED, 500, null, 0, null, null, Set.of(), Set.of()));
        assertThat(reason(fixed, order(2_000, "EUR"), NOW)).isEqualTo(RefusalReason.NOT_APPLICABLE);
        assertThat(reason(fixed, order(2_000, "GBP"), NOW)).isNull();
        // A cap is an amount in GBP too.
        assertThat(reason(percent(), order(2_000, "EUR"), NOW)).isEqualTo(RefusalReason.NOT_APPLICABLE);
        Coupon plain = Coupon.of(terms(DiscountType.PERCENT, 10, null, 0, null, null, Set.of(), Set.of()));
        assertThat(CouponRules.quote(plain, order(2_000, "EUR"), NOW, 0, false)).isEqualTo(CouponQuote.valid("RULES", 200));
    }

    @Test
    void scopeLimitsMoviesAndCinemas() {
        Coupon movieOnly = Coupon.of(terms(DiscountType.PERCENT, 10, null, 0, null, null, Set.of(3L), Set.of()));
        Coupon otherCinema = Coupon.of(terms(DiscountType.PERCENT, 10, null, 0, null, null, Set.of(), Set.of(5L)));
        assertThat(reason(movieOnly, order(2_000, "GBP"), NOW)).isNull();
        assertThat(reason(otherCinema, order(2_000, "GBP"), NOW)).isEqualTo(RefusalReason.NOT_APPLICABLE);
        CouponOrder noCinema = new CouponOrder("RULES", 7, 99, 2_000, "GBP", 3L, null);
        assertThat(reason(otherCinema, noCinema, NOW)).isEqualTo(RefusalReason.NOT_APPLICABLE);
    }

    @Test
    void limitsRefuseUnlessTheBookingHoldsTheCouponAlready() {
        Coupon coupon = percent();
        assertThat(CouponRules.quote(coupon, order(2_000, "GBP"), NOW, 1, false).reason())
                .isEqualTo(RefusalReason.PER_USER_LIMIT);
        assertThat(CouponRules.quote(coupon, order(2_000, "GBP"), NOW, 1, true).valid()).isTrue();
        assertThat(CouponRules.limitRefusal(coupon, 0, false)).isEmpty();
    }

    @Test
    void ordersNeedACodeAndSaneAmounts() {
        assertThat(order(1, "gbp").code()).isEqualTo("RULES");
        assertThat(order(1, "gbp").currency()).isEqualTo("GBP");
        assertThatThrownBy(() -> new CouponOrder(" ", 1, 1, 1, "GBP", null, null)).hasMessageStartingWith("code:");
        assertThatThrownBy(() -> order(-1, "GBP")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("subtotalCents:");
        assertThatThrownBy(() -> order(1, "POUNDS")).hasMessageStartingWith("currency:");
    }

    @Test
    void anUnusedCouponMayChangeEveryTerm() {
        Coupon coupon = percent();
        coupon.revise(terms(DiscountType.FIXED, 300, null, 0, null, null, Set.of(), Set.of(9L)));
        assertThat(coupon.getDiscountType()).isEqualTo(DiscountType.FIXED);
        assertThat(coupon.getCinemaIds()).containsExactly(9L);
    }
}
