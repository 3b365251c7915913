package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.CouponInvalidException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer chooses ticket types (Adult, Child, Senior, Student) for the seats of their hold on the checkout page:
 * a hold takes every seat as ADULT, and each chosen seat is priced again at its full price less its type's discount,
 * which checkout then charges as the stored total. Only the owner's HELD booking, before its hold runs out
 * ({@link Booking#requireTicketTypesChangeable}); others' bookings are NOT_FOUND. A type not sold for some films
 * (CHILD: 15 and 18 by default) needs the film's age rating, asked of the movie service outside any transaction and
 * only then, so that other choices never call it. A coupon on the hold is quoted again for the new subtotal, also
 * outside any transaction, and the change takes that discount, or is refused when the coupon would no longer apply
 * (docs/decisions/0025-coupon-quoted-again-on-a-ticket-type-change.md).
 */
@ApplicationScoped
public class TicketTypeChange {

    /** The input field every error of a choice names. */
    public static final String FIELD = "tickets";

    @Inject
    Transactions transactions;

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    MovieCatalogue movies;

    @Inject
    Coupons coupons;

    @Inject
    TicketTypeSettings settings;

    @Inject
    Clock clock;

    /** The ticket type chosen for one seat of the booking. */
    public record Choice(long seatId, TicketType type) {
    }

    /**
     * Prices the listed seats of the owner's hold as their chosen types; seats not listed keep theirs, and a coupon
     * on the hold takes its discount as quoted for the new subtotal. VALIDATION on {@code tickets} when nothing is
     * listed, a seat is listed twice or is not the booking's, a type is not on sale or not sold for the film's age
     * rating; COUPON_INVALID with {@code reason} when the hold's coupon would not apply to the new tickets (a
     * minimum order, say); CONFLICT when the booking is no longer HELD, its movie is unknown to the movie service,
     * or its coupon or tickets keep changing while the coupon is quoted; HOLD_EXPIRED; UPSTREAM_UNAVAILABLE when the
     * movie or coupon service cannot answer. Lock contention that outlasts the retries is CONFLICT
     * ({@link Contention}). In each case nothing changed.
     */
    public Booking choose(long userId, long bookingId, List<Choice> choices) {
        Map<Long, TicketTypeOffer> offers = offers(choices);
        boolean rated = offers.values().stream().anyMatch(TicketTypeOffer::restricted);
        return Contention.answering(() -> Contention.busy("Booking " + bookingId, "the ticket types were not changed"),
                () -> {
                    String ageRating = rated ? ageRating(userId, bookingId) : null;
                    return CouponQuoteOutdated.retried(() -> {
                        DiscountQuote requote = requote(userId, bookingId, offers);
                        return transactions.retrying(() -> {
                            Booking booking = owned(bookings.lockForChange(bookingId), userId, bookingId);
                            booking.chooseTicketTypes(offers, ageRating, requote, clock.instant());
                            return booking;
                        });
                    });
                });
    }

    /**
     * The hold's coupon quoted for the subtotal these choices would make, or null when it has none. The booking is
     * read, and checked as the change checks it, in a short transaction; the coupon service is asked after it.
     * COUPON_INVALID when the coupon would not apply and is still the hold's; CouponQuoteOutdated when it went
     * meanwhile.
     */
    private DiscountQuote requote(long userId, long bookingId, Map<Long, TicketTypeOffer> offers) {
        Coupons.CouponOrder order = transactions.inOne(() -> {
            Booking booking = owned(bookings.find(bookingId), userId, bookingId);
            booking.requireTicketTypesChangeable(clock.instant());
            if (booking.getCouponCode() == null) {
                return null;
            }
            Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
            return Coupons.CouponOrder.of(booking.getCouponCode(), booking, showtime)
                    .forSubtotal(booking.subtotalWith(offers));
        });
        if (order == null) {
            return null;
        }
        Coupons.CouponQuote quote = coupons.quote(order);
        if (!quote.valid()) {
            if (!stillHasCoupon(bookingId, order.code())) {
                throw new CouponQuoteOutdated(bookingId);
            }
            throw new CouponInvalidException("Coupon " + order.code() + " would not apply to these tickets ("
                    + quote.reason() + "): remove it to choose them").withExtension("reason",
                    String.valueOf(quote.reason()));
        }
        return new DiscountQuote(order.code(), order.subtotalCents(), quote.discountCents());
    }

    /** Whether the hold still has this coupon: a refusal for one removed or swapped meanwhile is no answer. */
    private boolean stillHasCoupon(long bookingId, String code) {
        return transactions.inOne(() -> bookings.find(bookingId).map(b -> code.equals(b.getCouponCode()))
                .orElse(false));
    }

    /** The offer chosen for each seat, in the order listed: the checks that need no booking. */
    private Map<Long, TicketTypeOffer> offers(List<Choice> choices) {
        if (choices == null || choices.isEmpty() || choices.size() > Booking.MAX_SEATS) {
            throw new ValidationException(FIELD, "must list 1 to " + Booking.MAX_SEATS + " seats");
        }
        TicketTypes types = settings.ticketTypes();
        Map<Long, TicketTypeOffer> offers = new LinkedHashMap<>();
        for (Choice choice : choices) {
            if (choice == null || choice.type() == null) {
                throw new ValidationException(FIELD, "every seat listed needs a type");
            }
            TicketTypeOffer offer = types.offer(choice.type()).orElseThrow(() -> new ValidationException(FIELD,
                    choice.type() + " tickets are not sold"));
            if (offers.putIfAbsent(choice.seatId(), offer) != null) {
                throw new ValidationException(FIELD, "seat " + choice.seatId() + " is listed twice");
            }
        }
        return offers;
    }

    /**
     * The age rating of the booking's film (null when it has none). The booking is checked first as the change
     * checks it, so one that cannot change answers that rather than costing a call to the movie service.
     */
    private String ageRating(long userId, long bookingId) {
        long movieId = transactions.inOne(() -> {
            Booking booking = owned(bookings.find(bookingId), userId, bookingId);
            booking.requireTicketTypesChangeable(clock.instant());
            return showtimes.find(booking.getShowtimeId()).orElseThrow().getMovieId();
        });
        return movies.movie(movieId).orElseThrow(() -> new ConflictException("The film of booking " + bookingId
                + " (movie " + movieId + ") is not known to the movie service, so its age rating cannot be checked"))
                .ageRating();
    }

    private static Booking owned(Optional<Booking> booking, long userId, long bookingId) {
        return booking.filter(b -> b.getUserId() == userId)
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }
}
