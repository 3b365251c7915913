package com.cinema.booking.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.booking.domain.SeatEventFeed;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeListings;
import com.cinema.booking.domain.ShowtimeSchedule;
import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.ShowtimeSearch;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.IdBatch;
import com.cinema.common.input.Ids;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The booking service's GraphQL API for the schedule: public browsing (showtimes, seat maps, seat events)
 * and staff's scheduling. Arguments are nullable in the schema on purpose (callers may declare their
 * variables either way); missing ones are VALIDATION errors naming the argument.
 */
@GraphQLApi
@ApplicationScoped
public class ShowtimeGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    ShowtimeSchedule schedule;

    @Inject
    ShowtimeListings listings;

    @Inject
    Clock clock;

    @Inject
    SeatEventFeed seatEvents;

    @Query("showtimes")
    @Description("Scheduled showtimes in order of start, optionally of one movie, at one cinema, on one calendar "
            + "day in each cinema's own time zone, starting at or after from and before to, and of every kind of "
            + "screening in features (e.g. [SUBTITLED]; none: any kind)")
    public @NonNull List<@NonNull ShowtimeView> showtimes(@Name("movieId") @Id String movieId,
                                                          @Name("cinemaId") @Id String cinemaId,
                                                          @Name("date") LocalDate date,
                                                          @Name("from") OffsetDateTime from,
                                                          @Name("to") OffsetDateTime to,
                                                          @Name("features") List<ScreeningFeature> features) {
        ShowtimeSearch search = ShowtimeSearch.of(Ids.parseOptional("movieId", movieId),
                Ids.parseOptional("cinemaId", cinemaId),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant()).ofKinds(features);
        return views(listings.search(search, date));
    }

    @Query("showtimesOf")
    @Description("Scheduled showtimes in order of start of any of these movies and / or at any of these cinemas "
            + "(an omitted list does not filter), optionally on one calendar day in each cinema's own time zone, "
            + "starting at or after from and before to: the showtimes of a whole list of movies or cinemas at once")
    // Plain String lists: Liberty's SmallRye GraphQL cannot validate @Id list arguments ([String], not [ID]).
    public @NonNull List<@NonNull ShowtimeView> showtimesOf(@Name("movieIds") List<String> movieIds,
                                                            @Name("cinemaIds") List<String> cinemaIds,
                                                            @Name("date") LocalDate date,
                                                            @Name("from") OffsetDateTime from,
                                                            @Name("to") OffsetDateTime to) {
        ShowtimeSearch search = new ShowtimeSearch(
                movieIds == null ? null : new LinkedHashSet<>(IdBatch.parse("movieIds", movieIds)),
                cinemaIds == null ? null : new LinkedHashSet<>(IdBatch.parse("cinemaIds", cinemaIds)),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return views(listings.search(search, date));
    }

    @Query("showtime")
    @Description("One showtime, cancelled ones included; null when there is none")
    public ShowtimeView showtime(@Name("id") @Id String id) {
        return listings.find(required("id", id)).map(s -> views(List.of(s)).get(0)).orElse(null);
    }

    @Query("showtimesByIds")
    @Description("The showtimes with these ids (unknown ids are left out), in order of start")
    // Plain String list: Liberty's SmallRye GraphQL cannot validate @Id list arguments ([String], not [ID]).
    public @NonNull List<@NonNull ShowtimeView> showtimesByIds(@Name("ids") List<String> ids) {
        return views(listings.findAll(IdBatch.parse("ids", ids)));
    }

    @Query("seatMap")
    @Description("Every seat of the showtime with its status now (AVAILABLE, HELD, SOLD, BLOCKED) and price; "
            + "null when there is no such showtime")
    public SeatMapView seatMap(@Name("showtimeId") @Id String showtimeId) {
        return listings.seatMap(required("showtimeId", showtimeId)).map(SeatMapView::of).orElse(null);
    }

    @Query("packedSeatMap")
    @Description("The seat map of seatMap as one JSON document (the same fields), for the gateway: one field to "
            + "serialise and parse instead of nine per seat; null when there is no such showtime")
    public String packedSeatMap(@Name("showtimeId") @Id String showtimeId) {
        return listings.seatMap(required("showtimeId", showtimeId)).map(SeatMapView::packed).orElse(null);
    }

    @Query("seatEvents")
    @Description("Seat status changes of the showtime after sequence number after, oldest first, at most 500; "
            + "without after, no events and the current lastSequence (a stream starts from now)")
    public SeatEventBatchView seatEvents(@Name("showtimeId") @Id String showtimeId, @Name("after") Integer after) {
        if (after != null && after < 0) {
            throw new ValidationException("after", "must not be negative");
        }
        return SeatEventBatchView.of(seatEvents.after(required("showtimeId", showtimeId),
                after == null ? null : after.longValue()));
    }

    @Query("scheduleUsage")
    @Description("Scheduled showtimes starting after now of this movie / at this cinema / in this auditorium "
            + "(all given ids must match), and how many of them have seats held or sold (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull ScheduleUsageView scheduleUsage(@Name("movieId") @Id String movieId,
                                                    @Name("cinemaId") @Id String cinemaId,
                                                    @Name("auditoriumId") @Id String auditoriumId) {
        return ScheduleUsageView.of(listings.usage(Ids.parseOptional("movieId", movieId),
                Ids.parseOptional("cinemaId", cinemaId), Ids.parseOptional("auditoriumId", auditoriumId)));
    }

    @Mutation("createShowtime")
    @Description("Schedules a movie in an auditorium (staff only); the end follows from the movie's duration "
            + "and must keep the cleaning gap to the auditorium's other showtimes")
    @RolesAllowed("ADMIN")
    public ShowtimeView createShowtime(@Name("input") ShowtimeInput input) {
        return views(List.of(schedule.create(ShowtimeInput.toDraft(input, clock.instant())))).get(0);
    }

    @Mutation("scheduleShowtimeRun")
    @Description("Schedules a movie in an auditorium on a run of consecutive days (staff only), each at the start's "
            + "wall-clock time in the cinema's zone; all or none: a clash on any day schedules nothing and names the day. "
            + "At most schedulingRules.maxRunDays days")
    @RolesAllowed("ADMIN")
    public @NonNull List<@NonNull ShowtimeView> scheduleShowtimeRun(@Name("input") ShowtimeInput input,
                                                                   @Name("days") int days) {
        return views(schedule.createDaily(ShowtimeInput.toDraft(input, clock.instant()), days));
    }

    @Mutation("updateShowtime")
    @Description("Changes a showtime (staff only); auditorium and times cannot change once seats are held or sold")
    @RolesAllowed("ADMIN")
    public ShowtimeView updateShowtime(@Name("id") @Id String id, @Name("input") ShowtimeInput input) {
        long showtimeId = required("id", id);
        return views(List.of(schedule.update(showtimeId, ShowtimeInput.toDraft(input, clock.instant())))).get(0);
    }

    @Mutation("cancelShowtime")
    @Description("Cancels a showtime (staff only); its unpaid holds are released and its confirmed bookings refunded, "
            + "each customer told")
    @RolesAllowed("ADMIN")
    public ShowtimeView cancelShowtime(@Name("id") @Id String id) {
        long showtime = required("id", id);
        return audit.record("showtime.cancel", "showtime/" + showtime,
                () -> views(List.of(schedule.cancel(showtime))).get(0));
    }

    private List<ShowtimeView> views(List<Showtime> showtimes) {
        if (showtimes.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> available = listings.availableSeats(showtimes);
        return showtimes.stream().map(s -> ShowtimeView.of(s, available.getOrDefault(s.getId(), 0))).toList();
    }

    static long required(String field, String id) {
        if (id == null) {
            throw new ValidationException(field, "is required");
        }
        return Ids.parse(field, id);
    }
}
