package com.cinema.booking.api;

import com.cinema.common.security.Caller;
import com.cinema.booking.domain.BookingLedger;
import com.cinema.booking.domain.BookingSearch;
import com.cinema.booking.domain.SeatHolds;
import com.cinema.common.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    BookingLedger ledger;

    @Inject
    SeatHolds holds;

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
    @Description("The caller's bookings, newest first (at most 100); upcoming: true = live bookings of showtimes "
            + "still to come, false = bookings of showtimes that have started, omitted = all")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull BookingView> myBookings(@Name("upcoming") Boolean upcoming) {
        return ledger.ofCustomer(caller.id(), upcoming).stream().map(BookingView::of).toList();
    }

    @Query("booking")
    @Description("One of the caller's bookings (staff: any booking); NOT_FOUND for other users' bookings")
    @RolesAllowed({"USER", "ADMIN"})
    public BookingView booking(@Name("id") @Id String id) {
        long bookingId = ShowtimeGraphQlApi.required("id", id);
        return BookingView.of(ledger.visibleTo(caller.id(), caller.isStaff(), bookingId));
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
}
