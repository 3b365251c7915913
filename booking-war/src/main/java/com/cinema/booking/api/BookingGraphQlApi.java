package com.cinema.booking.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.security.Caller;
import com.cinema.booking.domain.BookingCancellation;
import com.cinema.booking.domain.BookingLedger;
import com.cinema.booking.domain.Checkout;
import com.cinema.booking.domain.ContactErasure;
import com.cinema.booking.domain.CouponApplication;
import com.cinema.common.input.EdgeValidation;
import com.cinema.booking.domain.BookingSearch;
import com.cinema.booking.domain.SeatHolds;
import com.cinema.booking.domain.TicketTypeChange;
import com.cinema.booking.domain.TicketTypeSettings;
import com.cinema.common.input.IdBatch;
import com.cinema.common.paging.PageRequest;
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

/** The booking service's GraphQL API for bookings: holds, the customer's own bookings, staff's view of all. */
@GraphQLApi
@ApplicationScoped
public class BookingGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    BookingLedger ledger;

    @Inject
    SeatHolds holds;

    @Inject
    CouponApplication couponApplication;

    @Inject
    TicketTypeChange ticketTypeChange;

    @Inject
    TicketTypeSettings ticketTypes;

    @Inject
    Checkout checkout;

    @Inject
    BookingCancellation cancellation;

    @Inject
    ContactErasure erasure;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Query("bookings")
    @Description("Bookings matching the filter, newest first (staff only); page is zero-based, size defaults "
            + "to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull BookingPage bookings(@Name("filter") BookingFilter filter,
                                         @Name("page") Integer page,
                                         @Name("size") Integer size) {
        // Inputs are checked here, outside the transaction, so the use case never throws a caller's error.
        PageRequest request = PageRequest.of(page, size);
        BookingSearch search = BookingFilter.toSearch(filter);
        BookingLedger.Results results = ledger.search(search, request);
        return BookingPage.of(results.bookings().stream().map(BookingView::of).toList(),
                results.total(), request.page(), request.size());
    }

    @Query("myBookings")
    @Description("The caller's bookings, newest first, 100 to a page (page is zero-based and defaults to 0; a page "
            + "shorter than 100 is the last); upcoming: true = live bookings of showtimes still to come, false = "
            + "bookings of showtimes that have started, omitted = all")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull BookingView> myBookings(@Name("upcoming") Boolean upcoming,
                                                          @Name("page") Integer page) {
        return ledger.ofCustomer(caller.id(), upcoming, page).stream().map(BookingView::of).toList();
    }

    @Query("booking")
    @Description("One of the caller's bookings (staff: any booking); NOT_FOUND for other users' bookings")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView booking(@Name("id") @Id String id) {
        long bookingId = ShowtimeGraphQlApi.required("id", id);
        return BookingView.of(ledger.visibleTo(caller.id(), caller.isStaff(), bookingId));
    }

    @Query("bookingsByIds")
    @Description("These bookings, newest first: any for staff, the caller's own for a customer (others' are simply "
            + "missing); for the gateway's batched references, e.g. Payment.booking")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull BookingView> bookingsByIds(@Name("ids") @NonNull List<@NonNull String> ids) {
        return ledger.byIds(IdBatch.parse("ids", ids), caller.id(), caller.isStaff()).stream()
                .map(BookingView::of).toList();
    }

    @Mutation("holdSeats")
    @Description("Holds 1 to 10 seats of a showtime for the caller until holdExpiresAt: all of them or none "
            + "(SEAT_UNAVAILABLE when any is taken)")
    // Plain String list: Liberty's SmallRye GraphQL cannot validate @Id list arguments ([String], not [ID]).
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView holdSeats(@Name("showtimeId") @Id String showtimeId,
                                 @Name("seatIds") List<String> seatIds) {
        long showtime = ShowtimeGraphQlApi.required("showtimeId", showtimeId);
        long user = caller.id();
        return BookingView.of(holds.hold(user, showtime, seatIds));
    }

    @Mutation("releaseHold")
    @Description("Gives the seats of the caller's held booking back; the booking becomes CANCELLED")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView releaseHold(@Name("bookingId") @Id String bookingId) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return BookingView.of(holds.release(caller.id(), booking));
    }

    @Query("quoteCoupon")
    @Description("What the coupon would take off the caller's booking (computed from the stored prices); reason "
            + "when it does not apply")
    @RolesAllowed({"USER", "ADMIN"})
    public CouponQuoteView quoteCoupon(@Name("bookingId") @Id @NonNull String bookingId, @Name("code") @NonNull String code) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return CouponQuoteView.of(couponApplication.quote(caller.id(), booking, code));
    }

    @Mutation("applyCoupon")
    @Description("Applies a coupon to the caller's held booking: discountCents and totalCents change; COUPON_INVALID "
            + "(extensions.reason) when it does not apply")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView applyCoupon(@Name("bookingId") @Id @NonNull String bookingId, @Name("code") @NonNull String code) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return BookingView.of(couponApplication.apply(caller.id(), booking, code));
    }

    @Mutation("removeCoupon")
    @Description("Takes the coupon off the caller's held booking")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView removeCoupon(@Name("bookingId") @Id @NonNull String bookingId) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return BookingView.of(couponApplication.remove(caller.id(), booking));
    }

    @Query("ticketTypes")
    @Description("The ticket types on sale, Adult first: who may use each, what it takes off a seat's full price, and "
            + "the age ratings of films it is not sold for")
    public @NonNull List<@NonNull TicketTypeOfferView> ticketTypes() {
        return ticketTypes.ticketTypes().offered().stream().map(TicketTypeOfferView::of).toList();
    }

    @Mutation("chooseTicketTypes")
    @Description("Sets the ticket type of seats of the caller's held booking (seats not listed keep theirs) and prices "
            + "them again: the seat's full price less the type's discount. VALIDATION on tickets for a seat not in the "
            + "booking or listed twice, a type not on sale or not sold for the film's age rating; a coupon on the "
            + "booking is quoted again for the new subtotal, COUPON_INVALID (extensions.reason) with nothing changed "
            + "when it would no longer apply; CONFLICT once the booking is no longer HELD; HOLD_EXPIRED once its hold "
            + "ran out")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView chooseTicketTypes(@Name("bookingId") @Id @NonNull String bookingId,
                                         @Name("tickets") @NonNull List<@NonNull TicketTypeChoiceInput> tickets) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        List<TicketTypeChange.Choice> choices = tickets.stream().map(TicketTypeChoiceInput::toChoice).toList();
        return BookingView.of(ticketTypeChange.choose(caller.id(), booking, choices));
    }

    @Mutation("checkout")
    @Description("Pays for the caller's held booking: CONFIRMED with tickets, or PAYMENT_DECLINED (extensions reason, "
            + "retryable, paymentId) and the hold kept until it expires. The same idempotencyKey again continues the "
            + "same checkout and never charges twice; UPSTREAM_UNAVAILABLE when the outcome is not known yet")
    @RolesAllowed("USER")
    public BookingView checkout(@Name("bookingId") @Id @NonNull String bookingId, @Name("payment") @NonNull PaymentInput payment,
                                @Name("idempotencyKey") @NonNull String idempotencyKey) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        PaymentInput valid = EdgeValidation.valid(validator, "payment", payment);
        return BookingView.of(checkout.checkout(new Checkout.Request(caller.id(), caller.email(), booking,
                idempotencyKey, valid.toDetails())));
    }

    @Mutation("cancelBooking")
    @Description("Cancels the caller's booking: a hold is released; a confirmed booking, until the cancellation "
            + "cut-off before the showtime, is refunded in full (CONFLICT naming the cut-off after it)")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView cancelBooking(@Name("bookingId") @Id @NonNull String bookingId) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return BookingView.of(cancellation.cancel(caller.id(), booking));
    }

    @Mutation("forgetMyContactDetails")
    @Description("Erases the caller's contact details held by the booking service, a step of closing their account: "
            + "the e-mail address of their bookings and waitlist entries, and the recipient of their notices (those not "
            + "sent yet are skipped); bookings, tickets and payment references stay. CONFLICT naming what is still open "
            + "(upcoming bookings, seat holds, payments in progress, waitlist places), with nothing erased. Returns the "
            + "rows changed: 0 when there was nothing left to erase (safe to repeat)")
    @RolesAllowed("USER")
    public int forgetMyContactDetails() {
        long user = caller.id();
        return audit.record("account.contact-details.erase", "user/" + user, () -> erasure.forget(user));
    }

    @Mutation("refundBooking")
    @Description("Refunds any confirmed booking in full with a reason (staff only): REFUNDED, seats free")
    @RolesAllowed("ADMIN")
    public BookingView refundBooking(@Name("bookingId") @Id @NonNull String bookingId, @Name("reason") @NonNull String reason) {
        long booking = ShowtimeGraphQlApi.required("bookingId", bookingId);
        return audit.record("booking.refund", "booking/" + booking,
                () -> BookingView.of(cancellation.refund(booking, reason)));
    }
}
