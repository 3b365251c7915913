package com.cinema.booking.domain;

import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Locale;

/**
 * Step 2 of the saga: a coupon on a hold. The coupon service quotes it for the stored booking (subtotal,
 * currency, movie and cinema: never amounts from the client); the booking keeps the code and the discount until
 * checkout, which reserves the use. Only the owner's HELD bookings; others' are NOT_FOUND.
 */
@ApplicationScoped
public class CouponApplication {

    static final int MAX_CODE_LENGTH = 40;

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    Coupons coupons;

    @Inject
    Clock clock;

    /** What the coupon would take off the owner's booking; a refusal is a quote with its reason, not an error. */
    public Coupons.CouponQuote quote(long userId, long bookingId, String code) {
        String normalized = normalize(code);
        Order order = order(userId, bookingId, normalized);
        return coupons.quote(order.coupon());
    }

    /**
     * Applies the coupon to the owner's hold: COUPON_INVALID with {@code reason} when it does not apply. The quote
     * is taken without the booking's lock; when the tickets changed meanwhile it is taken again for them
     * ({@link CouponQuoteOutdated#retried}), so the discount kept is always the one for the stored subtotal. Lock
     * contention that outlasts the retries is CONFLICT ({@link Contention}): the coupon not applied, try again (a
     * quote reserves nothing).
     */
    public Booking apply(long userId, long bookingId, String code) {
        String normalized = normalize(code);
        return Contention.answering(() -> Contention.busy("Booking " + bookingId, "the coupon was not applied"),
                () -> CouponQuoteOutdated.retried(() -> {
                    Order order = order(userId, bookingId, normalized);
                    Coupons.CouponQuote quote = coupons.quote(order.coupon());
                    if (!quote.valid()) {
                        throw new CouponInvalidException("Coupon " + normalized + " cannot be used for this booking ("
                                + quote.reason() + ")").withExtension("reason", String.valueOf(quote.reason()));
                    }
                    DiscountQuote quoted = new DiscountQuote(normalized, order.coupon().subtotalCents(),
                            quote.discountCents());
                    return transactions.retrying(() -> {
                        Booking booking = owned(userId, bookingId);
                        booking.applyCoupon(quoted);
                        return booking;
                    });
                }));
    }

    /** Takes the coupon off the owner's hold; contended past the retries, CONFLICT with the coupon still on. */
    public Booking remove(long userId, long bookingId) {
        return Contention.answering(() -> Contention.busy("Booking " + bookingId, "the coupon was not removed"),
                () -> transactions.retrying(() -> {
                    Booking booking = owned(userId, bookingId);
                    booking.removeCoupon();
                    return booking;
                }));
    }

    private record Order(Booking booking, Coupons.CouponOrder coupon) {
    }

    private Order order(long userId, long bookingId, String code) {
        return transactions.inOne(() -> {
            Booking booking = bookings.find(bookingId).filter(b -> b.getUserId() == userId)
                    .orElseThrow(() -> new NotFoundException("Booking", bookingId));
            Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
            return new Order(booking, Coupons.CouponOrder.of(code, booking, showtime));
        });
    }

    private Booking owned(long userId, long bookingId) {
        return bookings.lockForChange(bookingId).filter(b -> b.getUserId() == userId)
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    static String normalize(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_CODE_LENGTH) {
            throw new ValidationException("code", "must be 1 to " + MAX_CODE_LENGTH + " characters");
        }
        return trimmed.toUpperCase(Locale.ROOT);
    }
}
