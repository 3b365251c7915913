package com.cinema.gateway.api.booking;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.EdgeValidation;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.BookingServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/**
 * From a hold to a paid booking and back: coupons, checkout, cancellation and staff refunds. The booking service
 * runs the saga (coupon reservation, charge, confirmation; docs/architecture.md) with the caller's own token; the
 * gateway checks the shape of the input and passes it on. Totals always come from the stored seat prices.
 */
@GraphQLApi
@ApplicationScoped
public class CheckoutGraphQlApi {

    /** Longest idempotency key accepted: a UUID fits many times over, a log flood does not. */
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 100;

    /** A hold has at most ten seats (docs/api.md, holdSeats), so a longer list is a mistake, whatever it holds. */
    static final int MAX_TICKETS_PER_CHOICE = 10;

    @Inject
    BookingServiceClient bookings;

    @Inject
    ReferenceLoader references;

    @Inject
    Validator validator;

    @Query("quoteCoupon")
    @Description("What a promotion code would take off one of the signed-in customer's holds, and why not if it"
            + " would not apply")
    @RolesAllowed({"USER", "ADMIN"})
    public CouponQuote quoteCoupon(@Name("bookingId") @Id @NonNull String bookingId,
                                   @Name("code") @NonNull String code) {
        return bookings.quoteCoupon(bookingId, checkedCode(code));
    }

    @Mutation("applyCoupon")
    @Description("Applies a promotion code to a hold: the discount shows in the booking's total (COUPON_INVALID with"
            + " the reason otherwise)")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking applyCoupon(@Name("bookingId") @Id @NonNull String bookingId, @Name("code") @NonNull String code) {
        return registered(bookings.applyCoupon(bookingId, checkedCode(code)));
    }

    @Mutation("removeCoupon")
    @Description("Takes the promotion code off a hold")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking removeCoupon(@Name("bookingId") @Id @NonNull String bookingId) {
        return registered(bookings.removeCoupon(bookingId));
    }

    @Query("ticketTypes")
    @Description("The ticket types the cinema sells (Adult first), with who may use each and what it takes off a"
            + " seat's full price")
    @NonNull
    public List<@NonNull TicketTypeOffer> ticketTypes() {
        return bookings.ticketTypes();
    }

    @Mutation("chooseTicketTypes")
    @Description("Sets the ticket type of seats of one of the signed-in customer's holds (seats not listed keep"
            + " theirs) and prices them again: VALIDATION on tickets for a seat not in the hold or a type not sold"
            + " for the film's age rating; a coupon on the hold is quoted again for the new prices, COUPON_INVALID"
            + " (extensions.reason) with nothing changed when it would no longer apply; CONFLICT once the hold is"
            + " being paid for")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking chooseTicketTypes(@Name("bookingId") @Id @NonNull String bookingId,
                                     @Name("tickets") @NonNull List<@NonNull TicketTypeChoice> tickets) {
        if (tickets.isEmpty() || tickets.size() > MAX_TICKETS_PER_CHOICE) {
            throw new ValidationException("tickets", "must list 1 to " + MAX_TICKETS_PER_CHOICE + " seats");
        }
        for (int i = 0; i < tickets.size(); i++) {
            EdgeValidation.valid(validator, "tickets[" + i + "]", tickets.get(i));
        }
        return registered(bookings.chooseTicketTypes(bookingId, tickets));
    }

    @Mutation("checkout")
    @Description("Pays for a hold: CONFIRMED with tickets, or PAYMENT_DECLINED and the hold kept until it expires."
            + " Repeating a checkout with the same idempotencyKey never charges twice; use a new key for a new"
            + " attempt (for example another card)")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking checkout(@Name("bookingId") @Id @NonNull String bookingId,
                            @Name("payment") @NonNull PaymentInput payment,
                            @Name("idempotencyKey") @NonNull String idempotencyKey) {
        PaymentInput valid = EdgeValidation.valid(validator, "payment", payment);
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new ValidationException("idempotencyKey", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " characters");
        }
        return registered(bookings.checkout(bookingId, valid, idempotencyKey));
    }

    @Mutation("cancelBooking")
    @Description("Cancels one of the signed-in customer's bookings: a hold is released; a confirmed booking is"
            + " refunded in full before the cancellation cut-off (CONFLICT naming the cut-off after it)")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking cancelBooking(@Name("bookingId") @Id @NonNull String bookingId) {
        return registered(bookings.cancelBooking(bookingId));
    }

    @Mutation("refundBooking")
    @Description("Refunds a confirmed booking in full and frees its seats (staff only)")
    @RolesAllowed("ADMIN")
    public Booking refundBooking(@Name("bookingId") @Id @NonNull String bookingId,
                                 @Name("reason") @NonNull String reason) {
        if (reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "must be 1 to 500 characters");
        }
        return registered(bookings.refundBooking(bookingId, reason));
    }

    @Mutation("checkInTicket")
    @Description("Staff at the door: admits the tickets of a scanned QR payload once, at the door of cinemaId when"
            + " given (another cinema's ticket: CONFLICT with reason WRONG_CINEMA), from when its showtime's door opens"
            + " until the showtime ends (earlier or later: CONFLICT with reason TOO_EARLY or SHOWTIME_OVER); a second"
            + " scan is CONFLICT naming when it was used, a forged or altered payload VALIDATION")
    @RolesAllowed("ADMIN")
    public Ticket checkInTicket(@Name("payload") @NonNull String payload, @Name("cinemaId") @Id String cinemaId) {
        if (payload.isBlank() || payload.length() > 4096) {
            throw new ValidationException("payload", "is not a ticket");
        }
        return bookings.checkInTicket(payload.strip(), cinemaId);
    }

    private static String checkedCode(String code) {
        if (code.isBlank() || code.length() > 40) {
            throw new ValidationException("code", "must be 1 to 40 characters");
        }
        return code.strip();
    }

    private Booking registered(Booking booking) {
        if (booking != null) {
            references.registerBookings(List.of(booking));
        }
        return booking;
    }
}
