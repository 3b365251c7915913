package com.cinema.gateway.api.showtime;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.EdgeValidation;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The schedule, answered by the booking service: public browsing of showtimes and seat maps, and staff's
 * scheduling. Roles are checked here first and again by the service, which receives the caller's own token.
 */
@GraphQLApi
@ApplicationScoped
public class ShowtimeGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Inject
    ReferenceLoader references;

    @Inject
    Validator validator;

    @Query("showtimes")
    @Description("Scheduled showtimes in order of start, optionally of one movie, at one cinema, on one calendar day "
            + "in the cinema's own time zone, starting at or after from and before to, and of every kind of screening "
            + "in features (e.g. [SUBTITLED] for the subtitled screenings; none: any kind)")
    public @NonNull List<@NonNull Showtime> showtimes(@Name("movieId") @Id String movieId,
                                                      @Name("cinemaId") @Id String cinemaId,
                                                      @Name("date") LocalDate date,
                                                      @Name("from") OffsetDateTime from,
                                                      @Name("to") OffsetDateTime to,
                                                      @Name("features") List<ScreeningFeature> features) {
        return registered(bookings.showtimes(movieId, cinemaId, date, from, to, features));
    }

    @Query("showtime")
    @Description("One showtime by id, with its movie, cinema, auditorium and seats still available")
    public Showtime showtime(@Name("id") @Id @NonNull String id) {
        Showtime showtime = bookings.showtime(id);
        if (showtime != null) {
            references.registerShowtimes(List.of(showtime));
        }
        return showtime;
    }

    @Query("seatMap")
    @Description("Every seat of a showtime with its live status and price; live changes stream from "
            + "GET /api/showtimes/{id}/seat-events")
    public SeatMap seatMap(@Name("showtimeId") @Id @NonNull String showtimeId) {
        return bookings.seatMap(showtimeId);
    }

    @Mutation("createShowtime")
    @Description("Schedules a movie in an auditorium (staff); showtimes of one auditorium never overlap")
    @RolesAllowed("ADMIN")
    public Showtime createShowtime(@Name("input") @NonNull ShowtimeInput input) {
        return registered(bookings.createShowtime(EdgeValidation.valid(validator, "input", input)));
    }

    @Mutation("scheduleShowtimeRun")
    @Description("Schedules a movie in an auditorium on a run of consecutive days (staff), each at the start's "
            + "wall-clock time in the cinema's zone; all or none: a clash on any day schedules nothing and names the "
            + "day. At most schedulingRules.maxRunDays days")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull Showtime> scheduleShowtimeRun(@Name("input") @NonNull ShowtimeInput input,
                                                                @Name("days") int days) {
        if (days < 1) {
            throw new ValidationException("days", "must be at least 1");
        }
        return registered(bookings.scheduleShowtimeRun(EdgeValidation.valid(validator, "input", input), days));
    }

    @Mutation("updateShowtime")
    @Description("Reschedules a showtime (staff)")
    @RolesAllowed("ADMIN")
    public Showtime updateShowtime(@Name("id") @Id @NonNull String id, @Name("input") @NonNull ShowtimeInput input) {
        return registered(bookings.updateShowtime(id, EdgeValidation.valid(validator, "input", input)));
    }

    @Mutation("cancelShowtime")
    @Description("Cancels a showtime (staff); it no longer appears in listings and takes no holds")
    @RolesAllowed("ADMIN")
    public Showtime cancelShowtime(@Name("id") @Id @NonNull String id) {
        return registered(bookings.cancelShowtime(id));
    }

    private List<Showtime> registered(List<Showtime> showtimes) {
        references.registerShowtimes(showtimes);
        return showtimes;
    }

    private Showtime registered(Showtime showtime) {
        if (showtime != null) {
            references.registerShowtimes(List.of(showtime));
        }
        return showtime;
    }
}
