package com.cinema.gateway.api.booking;

import com.cinema.common.error.ValidationException;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.client.BookingServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.HashSet;
import java.util.List;

/**
 * Holds and bookings, answered by the booking service with the caller's own token: a user sees only their own
 * bookings (another user's id is NOT_FOUND), staff see every booking.
 */
@GraphQLApi
@ApplicationScoped
public class BookingGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Inject
    ReferenceLoader references;

    @Inject
    @ConfigProperty(name = "cinema.gateway.holds.max-seats", defaultValue = "10")
    int maxSeatsPerHold;

    @Query("myBookings")
    @Description("The signed-in user's bookings, newest first, 100 to a page (page is zero-based and defaults to 0; a "
            + "page shorter than 100 is the last); upcoming: true = live bookings of showtimes still to come, false = "
            + "bookings of showtimes that have started, omitted = all")
    @RolesAllowed({"USER", "ADMIN"})
    public @NonNull List<@NonNull Booking> myBookings(@Name("upcoming") Boolean upcoming, @Name("page") Integer page) {
        return registered(bookings.myBookings(upcoming, page));
    }

    @Query("booking")
    @Description("One of the signed-in user's bookings (staff: any booking)")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking booking(@Name("id") @Id @NonNull String id) {
        return registered(bookings.booking(id));
    }

    @Query("bookings")
    @Description("Bookings matching the filter, newest first (staff only); page is zero-based, size defaults "
            + "to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull BookingPage bookings(@Name("filter") BookingFilter filter,
                                         @Name("page") Integer page,
                                         @Name("size") Integer size) {
        BookingPage result = bookings.bookings(filter, page, size);
        if (result != null) {
            references.registerBookings(result.items);
        }
        return result;
    }

    @Mutation("holdSeats")
    @Description("Holds up to 10 seats of a showtime for the signed-in user: a HELD booking with holdExpiresAt; "
            + "all seats or none (SEAT_UNAVAILABLE when one is taken)")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking holdSeats(@Name("showtimeId") @Id @NonNull String showtimeId,
                             // [String!]!, not [ID!]!: Liberty's SmallRye GraphQL 1.0 fails query validation for
                             // every @Id list argument, literal or variable (tried List, Set, arrays, Long).
                             @Name("seatIds") @NonNull List<@NonNull String> seatIds) {
        checkSeatIds(seatIds, maxSeatsPerHold);
        return registered(bookings.holdSeats(showtimeId, seatIds));
    }

    @Mutation("releaseHold")
    @Description("Gives up a hold of the signed-in user; its seats are available again at once")
    @RolesAllowed({"USER", "ADMIN"})
    public Booking releaseHold(@Name("bookingId") @Id @NonNull String bookingId) {
        return registered(bookings.releaseHold(bookingId));
    }

    @Name("showtime")
    @Description("The booked showtime; loaded once per request for all bookings in the answer")
    public Showtime showtime(@Source Booking booking) {
        return references.showtime(booking.showtimeId, bookings::showtimesByIds);
    }

    /** The edge's share of the hold rules (the booking service checks them all again). */
    static void checkSeatIds(List<String> seatIds, int max) {
        if (seatIds == null || seatIds.isEmpty()) {
            throw new ValidationException("seatIds", "must name at least one seat");
        }
        if (seatIds.size() > max) {
            throw new ValidationException("seatIds", "must name at most " + max + " seats");
        }
        if (new HashSet<>(seatIds).size() != seatIds.size()) {
            throw new ValidationException("seatIds", "must not name a seat twice");
        }
        for (String seatId : seatIds) {
            if (seatId == null || seatId.isBlank()) {
                throw new ValidationException("seatIds", "must not contain an empty id");
            }
        }
    }

    private List<Booking> registered(List<Booking> list) {
        references.registerBookings(list);
        return list;
    }

    private Booking registered(Booking booking) {
        if (booking != null) {
            references.registerBookings(List.of(booking));
        }
        return booking;
    }
}
