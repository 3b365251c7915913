package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microshed.testing.ApplicationEnvironment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared pieces of the booking ITs. The test server keeps its database between runs (H2 file or MySQL), so
 * every run schedules on a random day years ahead (before 2038: MySQL TIMESTAMP) and never counts globally.
 */
final class BookingIt {

    static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    static final GraphQlHttp GRAPHQL = new GraphQlHttp(BASE);
    static final TestTokens TOKENS = TestTokens.forPlatform();
    static final GraphQlHttp ADMIN = GRAPHQL.withBearer(TOKENS.admin("1", "admin@cinema.test"));
    static final int HOLD_SECONDS = Integer.getInteger("it.hold.seconds", 5);
    /** Midnight UTC of this run's first day; each test takes whole days after it. */
    static final Instant RUN_DAY = Instant.now().truncatedTo(ChronoUnit.DAYS)
            .plus(Duration.ofDays(60 + ThreadLocalRandom.current().nextInt(3700)));
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final AtomicInteger NEXT_USER = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    static final String SHOWTIME_FIELDS = "id movieId cinemaId auditoriumId startsAt endsAt basePriceCents currency "
            + "availableSeats status features";
    static final String BOOKING_FIELDS = "id code userId showtimeId status holdExpiresAt subtotalCents discountCents "
            + "totalCents currency couponCode createdAt tickets { id seatId seatLabel seatType priceCents }";

    private BookingIt() {
    }

    static {
        StubUpstream.start();
        // On a busy machine Liberty reports itself started before the application has deployed.
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(3));
    }

    /** Noon UTC of a day no other test of this run uses. */
    static Instant freshDay() {
        return RUN_DAY.plus(Duration.ofDays(NEXT_DAY.getAndIncrement())).plus(Duration.ofHours(12));
    }

    /** Noon UTC of the first of {@code days} consecutive days no other test of this run uses. */
    static Instant freshDays(int days) {
        return RUN_DAY.plus(Duration.ofDays(NEXT_DAY.getAndAdd(days))).plus(Duration.ofHours(12));
    }

    /** A user id no other test of this run uses. */
    static String newUserId() {
        return String.valueOf(10_000_000 + NEXT_USER.getAndIncrement());
    }

    static GraphQlHttp user(String id) {
        return GRAPHQL.withBearer(TOKENS.user(id, "u" + id + "@cinema.test"));
    }

    static JsonObject createShowtime(String movieId, String auditoriumId, Instant startsAt, int price) {
        return ADMIN.post("mutation($input: ShowtimeInput!) { createShowtime(input: $input) { " + SHOWTIME_FIELDS + " } }",
                Map.of("input", input(movieId, auditoriumId, startsAt, price, "GBP")));
    }

    static JsonObject input(String movieId, String auditoriumId, Instant startsAt, int price, String currency) {
        return Json.createObjectBuilder().add("movieId", movieId).add("auditoriumId", auditoriumId)
                .add("startsAt", startsAt.toString()).add("basePriceCents", price).add("currency", currency).build();
    }

    /** Creates a showtime that must succeed and returns it. */
    static JsonObject scheduled(String movieId, String auditoriumId, Instant startsAt, int price) {
        JsonObject response = createShowtime(movieId, auditoriumId, startsAt, price);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject("createShowtime");
    }

    /** A showtime scheduled at about now, and the auditorium it found free. */
    record NearShowtime(String id, String auditoriumId) {
    }

    /**
     * A showtime of the movie starting after {@code lead} in the first of three auditoriums it fits in; showtimes of
     * earlier runs still to come there are cancelled first (the test database outlives a run; one of them that has
     * started cannot be, and the next auditorium is tried).
     */
    static NearShowtime showtimeStartingIn(String movieId, Duration lead, int price) {
        for (String[] room : new String[][] {{"801", "812"}, {"802", "821"}, {"803", "831"}}) {
            cancelShowtimesNearNow(room[0], room[1]);
            JsonObject response = createShowtime(movieId, room[1], Instant.now().plus(lead), price);
            if (!response.containsKey("errors")) {
                return new NearShowtime(response.getJsonObject("data").getJsonObject("createShowtime").getString("id"),
                        room[1]);
            }
        }
        throw new AssertionError("no free auditorium for a showtime in " + lead);
    }

    /**
     * Cancels every showtime of the auditorium that starts within four hours of now and has not ended: earlier runs of
     * the tests that schedule a showtime at about now leave theirs behind, and a new one would clash with it. One that
     * has ended can no longer be cancelled (its bookings are refunded one by one) and is left as it is.
     */
    static void cancelShowtimesNearNow(String cinemaId, String auditoriumId) {
        Instant now = Instant.now();
        JsonObject near = GRAPHQL.post("query($c: ID!, $from: DateTime, $to: DateTime) { showtimes(cinemaId: $c, "
                + "from: $from, to: $to) { id auditoriumId endsAt } }", Map.of("c", cinemaId,
                "from", now.minus(Duration.ofHours(4)).toString(), "to", now.plus(Duration.ofHours(4)).toString()));
        near.getJsonObject("data").getJsonArray("showtimes").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("auditoriumId").equals(auditoriumId))
                .filter(s -> java.time.OffsetDateTime.parse(s.getString("endsAt")).toInstant().isAfter(now))
                .forEach(s -> GraphQlHttp.dataWithoutErrors(ADMIN.post(
                        "mutation($id: ID!) { cancelShowtime(id: $id) { id } }", Map.of("id", s.getString("id")))));
    }

    static JsonObject hold(GraphQlHttp as, String showtimeId, List<Long> seats) {
        var ids = Json.createArrayBuilder();
        seats.forEach(s -> ids.add(String.valueOf(s)));
        return as.post("mutation($s: ID!, $seats: [String!]!) { holdSeats(showtimeId: $s, seatIds: $seats) { "
                + BOOKING_FIELDS + " } }", Map.of("s", showtimeId, "seats", ids.build()));
    }

    static JsonObject held(GraphQlHttp as, String showtimeId, List<Long> seats) {
        JsonObject response = hold(as, showtimeId, seats);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject("holdSeats");
    }

    static Map<String, String> seatStatuses(String showtimeId) {
        JsonObject response = GRAPHQL.post("query($s: ID!) { seatMap(showtimeId: $s) { showtimeId rows columns "
                + "seats { seatId label row number x y type status priceCents } } }", Map.of("s", showtimeId));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        Map<String, String> statuses = new java.util.HashMap<>();
        for (JsonObject seat : response.getJsonObject("data").getJsonObject("seatMap").getJsonArray("seats")
                .getValuesAs(JsonObject.class)) {
            statuses.put(seat.getString("label"), seat.getString("status"));
        }
        return statuses;
    }

    static JsonObject seatEvents(String showtimeId, Integer after) {
        JsonObject response = GRAPHQL.post("query($s: ID!, $after: Int) { seatEvents(showtimeId: $s, after: $after) { "
                + "showtimeId lastSequence events { sequence seatId label status occurredAt } } }",
                after == null ? Map.of("s", showtimeId) : Map.of("s", showtimeId, "after", after));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject("seatEvents");
    }

    static String errorField(JsonObject response) {
        JsonValue extensions = response.getJsonArray("errors").getJsonObject(0).get("extensions");
        return extensions == null ? null : extensions.asJsonObject().getString("field", null);
    }

    static JsonArray array(JsonObject object, String name) {
        return object.getJsonArray(name);
    }

    /** Polls until the supplier gives true or the timeout passes; returns the last answer. */
    static boolean eventually(Duration timeout, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (condition.get()) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
