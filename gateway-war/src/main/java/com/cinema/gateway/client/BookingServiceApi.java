package com.cinema.gateway.client;

import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.booking.BookingFilter;
import com.cinema.gateway.api.booking.BookingPage;
import com.cinema.gateway.api.showtime.SeatMap;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.api.showtime.ShowtimeInput;
import com.cinema.gateway.seatevents.SeatEventBatch;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The booking service's GraphQL API as the gateway calls it (SmallRye typesafe client). Public reads go without
 * a token; everything a user or staff member does carries the caller's own Authorization header.
 */
@GraphQLClientApi
public interface BookingServiceApi {

    @Query("showtimes")
    List<Showtime> showtimes(@Name("movieId") @Id String movieId, @Name("cinemaId") @Id String cinemaId,
                             @Name("date") LocalDate date, @Name("from") OffsetDateTime from,
                             @Name("to") OffsetDateTime to);

    @Query("showtime")
    Showtime showtime(@Name("id") @Id @NonNull String id);

    @Query("showtimesByIds")
    // Plain String lists: Liberty's SmallRye GraphQL 1.0 cannot validate @Id list arguments, so the service
    // declares them as [String!]! (or [String]) and a [String!]! variable fits both.
    List<Showtime> showtimesByIds(@Name("ids") @NonNull List<@NonNull String> ids);

    @Query("seatMap")
    SeatMap seatMap(@Name("showtimeId") @Id @NonNull String showtimeId);

    @Query("seatEvents")
    SeatEventBatch seatEvents(@Name("showtimeId") @Id @NonNull String showtimeId, @Name("after") Integer after);

    @Query("myBookings")
    List<Booking> myBookings(@Header(name = "Authorization") String authorization,
                             @Name("upcoming") Boolean upcoming);

    @Query("booking")
    Booking booking(@Header(name = "Authorization") String authorization, @Name("id") @Id @NonNull String id);

    @Query("bookings")
    BookingPage bookings(@Header(name = "Authorization") String authorization,
                         @Name("filter") BookingFilter filter, @Name("page") Integer page, @Name("size") Integer size);

    @Mutation("createShowtime")
    Showtime createShowtime(@Header(name = "Authorization") String authorization,
                            @Name("input") @NonNull ShowtimeInput input);

    @Mutation("updateShowtime")
    Showtime updateShowtime(@Header(name = "Authorization") String authorization,
                            @Name("id") @Id @NonNull String id, @Name("input") @NonNull ShowtimeInput input);

    @Mutation("cancelShowtime")
    Showtime cancelShowtime(@Header(name = "Authorization") String authorization, @Name("id") @Id @NonNull String id);

    @Mutation("holdSeats")
    Booking holdSeats(@Header(name = "Authorization") String authorization,
                      @Name("showtimeId") @Id @NonNull String showtimeId,
                      @Name("seatIds") @NonNull List<@NonNull String> seatIds);

    @Mutation("releaseHold")
    Booking releaseHold(@Header(name = "Authorization") String authorization,
                        @Name("bookingId") @Id @NonNull String bookingId);
}
