package com.cinema.system.browser;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The data the browser tests click through: a now-showing movie of the demo catalogue and a showtime of its own
 * (created by the demo admin in a demo auditorium), so no other test's holds are on its seats.
 */
final class ShowtimeFixture {

    static final String GATEWAY = "http://localhost:5000";
    /** Set-up only: where the gateway does not offer an operation yet, the owning service is asked directly. */
    private static final String CINEMA_SERVICE = "http://localhost:3008";
    private static final String BOOKING_SERVICE = "http://localhost:3007";

    final String movieId;
    final String movieTitle;
    final String showtimeId;
    /** The showtime's day on its cinema's calendar (yyyy-mm-dd): the day to pick above the movie page's showtimes. */
    final String day;

    private ShowtimeFixture(String movieId, String movieTitle, String showtimeId, String day) {
        this.movieId = movieId;
        this.movieTitle = movieTitle;
        this.showtimeId = showtimeId;
        this.day = day;
    }

    /** Fewer seats than this and the keyboard tests' arrow walks run off the grid. */
    private static final int MIN_CAPACITY = 60;

    static ShowtimeFixture create() {
        GraphQlHttp gateway = new GraphQlHttp(GATEWAY);
        JsonObject movies = data(gateway.post(
                "{ movies(filter: {status: \"NOW_SHOWING\"}, size: 100) { items { id title durationMinutes } } }"), "movies");
        JsonObject movie = movies.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").length() >= 4)
                .findFirst().orElseThrow(() -> new IllegalStateException("the demo catalogue has no movie now showing"));

        JsonObject login = data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", "admin@cinema.test", "p", "Admin-Demo-2026!")), "login");
        String admin = login.getString("accessToken");

        List<String> auditoriums = auditoriumIds(gateway.withBearer(admin), new GraphQlHttp(CINEMA_SERVICE).withBearer(admin));
        String showtimeId = createShowtime(admin, movie.getString("id"), auditoriums);
        JsonObject showtime = data(gateway.post("query($id: ID!) { showtime(id: $id) { startsAt cinema { timeZone } } }",
                Map.of("id", showtimeId)), "showtime");
        String day = OffsetDateTime.parse(showtime.getString("startsAt"))
                .atZoneSameInstant(ZoneId.of(showtime.getJsonObject("cinema").getString("timeZone"))).toLocalDate().toString();
        return new ShowtimeFixture(movie.getString("id"), movie.getString("title"), showtimeId, day);
    }

    /**
     * A scheduled demo showtime on one of the largest screens (402 seats, 30 columns with its aisles), starting an
     * hour from now or later: one that has started takes no holds (the platform may have been started in the morning).
     */
    static String largestDemoShowtime() {
        String from = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObject data = dataOf(new GraphQlHttp(GATEWAY).post("query($from: DateTime) { showtimes(from: $from) { id availableSeats } }",
                Map.of("from", from)), "showtimes");
        return data.getJsonArray("showtimes").getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingInt(s -> s.getInt("availableSeats")))
                .map(s -> s.getString("id"))
                .orElseThrow(() -> new IllegalStateException("the demo schedule has no showtime"));
    }

    /**
     * A showtime of a now-showing demo movie at {@code startsAt} in a fresh one-row screen of {@code seats} seats, in
     * a cinema of its own (seat rules off) named after {@code cinemaName}: no other test's holds or sales touch it.
     */
    static String inAScreenOfItsOwn(String cinemaName, int seats, OffsetDateTime startsAt) {
        GraphQlHttp gateway = new GraphQlHttp(GATEWAY);
        GraphQlHttp admin = asAdmin(gateway);
        String movieId = data(gateway.post("{ movies(filter: {status: \"NOW_SHOWING\"}, size: 5) { items { id } } }"), "movies")
                .getJsonArray("items").getJsonObject(0).getString("id");
        String cinemaId = data(admin.post("mutation($in: CinemaInput!) { createCinema(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("name", cinemaName + " " + UUID.randomUUID().toString().substring(0, 8))
                        .add("address", "1 Test Lane").add("city", "Testville").add("latitude", 51.5).add("longitude", -0.1)
                        .add("timeZone", "Europe/London").add("seatRulesEnabled", false).build())), "createCinema").getString("id");
        JsonArrayBuilder row = Json.createArrayBuilder();
        for (int x = 0; x < seats; x++) {
            row.add(Json.createObjectBuilder().add("row", "A").add("number", x + 1).add("x", x).add("y", 0).add("type", "STANDARD"));
        }
        String auditoriumId = data(admin.post("mutation($in: AuditoriumInput!) { createAuditorium(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("cinemaId", cinemaId).add("name", "Screen 1").add("format", "STANDARD")
                        .add("rows", 1).add("columns", seats).add("seats", row).build())), "createAuditorium").getString("id");
        return data(admin.post("mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("movieId", movieId).add("auditoriumId", auditoriumId)
                        .add("startsAt", startsAt.toString()).add("basePriceCents", 1150).add("currency", "GBP").build())),
                "createShowtime").getString("id");
    }

    /** The gateway as the demo admin. */
    private static GraphQlHttp asAdmin(GraphQlHttp gateway) {
        return gateway.withBearer(data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e,"
                + " password: $p) { accessToken } }", Map.of("e", "admin@cinema.test", "p", "Admin-Demo-2026!")), "login")
                .getString("accessToken"));
    }

    /**
     * Makes the showtime a screening of these kinds (SUBTITLED, RELAXED, ...) as staff do, with updateShowtime
     * through the gateway, all else as it was; answers its features as the booking service now has them.
     */
    static List<String> describeAs(String showtimeId, String... features) {
        GraphQlHttp gateway = new GraphQlHttp(GATEWAY);
        JsonObject showtime = data(gateway.post("query($id: ID!) { showtime(id: $id) { movieId auditoriumId startsAt"
                + " basePriceCents currency } }", Map.of("id", showtimeId)), "showtime");
        JsonObject input = Json.createObjectBuilder(showtime).add("features", Json.createArrayBuilder(List.of(features)))
                .build();
        return data(asAdmin(gateway).post("mutation($id: ID!, $in: ShowtimeInput!) { updateShowtime(id: $id, input: $in)"
                + " { features } }", Map.of("id", showtimeId, "in", input)), "updateShowtime")
                .getJsonArray("features").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> auditoriumIds(GraphQlHttp... sources) {
        for (GraphQlHttp source : sources) {
            JsonObject response = source.post("{ cinemas { id auditoriums { id capacity } } }");
            if (!response.containsKey("errors") && response.get("data") instanceof JsonObject data
                    && data.get("cinemas") instanceof jakarta.json.JsonArray cinemas) {
                List<String> ids = new ArrayList<>();
                for (JsonObject cinema : cinemas.getValuesAs(JsonObject.class)) {
                    for (JsonObject auditorium : cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class)) {
                        // Other system tests add tiny auditoriums (one seat, 2 x 4); the keyboard walks need rows
                        // of seats, so only demo-sized screens qualify.
                        if (auditorium.getInt("capacity") >= MIN_CAPACITY) {
                            ids.add(auditorium.getString("id"));
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    return ids;
                }
            }
        }
        throw new IllegalStateException("no auditorium found to schedule the browser tests' showtime in");
    }

    private static String createShowtime(String adminToken, String movieId, List<String> auditoriums) {
        String mutation = "mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id } }";
        List<GraphQlHttp> targets = List.of(new GraphQlHttp(GATEWAY).withBearer(adminToken),
                new GraphQlHttp(BOOKING_SERVICE).withBearer(adminToken));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String last = "";
        for (int attempt = 0; attempt < 30; attempt++) {
            // two to nine days ahead (the movie page lists two weeks), at a random five-minute slot
            OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2 + random.nextInt(8))
                    .truncatedTo(ChronoUnit.HOURS).withHour(random.nextInt(9, 21)).withMinute(5 * random.nextInt(12));
            JsonObject input = Json.createObjectBuilder()
                    .add("movieId", movieId)
                    .add("auditoriumId", auditoriums.get(random.nextInt(auditoriums.size())))
                    .add("startsAt", startsAt.toString())
                    .add("basePriceCents", 1250)
                    .add("currency", "GBP").build();
            for (GraphQlHttp target : targets) {
                JsonObject response = target.post(mutation, Map.of("in", input));
                String code = response.containsKey("errors") ? GraphQlHttp.firstErrorCode(response) : null;
                if (code == null && response.getJsonObject("data").get("createShowtime") instanceof JsonObject created) {
                    return created.getString("id");
                }
                last = response.toString();
                if ("CONFLICT".equals(code)) {
                    break; // the slot is taken: try another time, not another door
                }
            }
        }
        throw new IllegalStateException("could not create a showtime for the browser tests: " + last);
    }

    private static JsonObject data(JsonObject response, String field) {
        return dataOf(response, field).getJsonObject(field);
    }

    /** The answer's data; fails, naming the field asked for, if the answer has errors or no data. */
    private static JsonObject dataOf(JsonObject response, String field) {
        if (response.containsKey("errors") || response.get("data") == JsonValue.NULL) {
            throw new IllegalStateException(field + " failed: " + response);
        }
        return response.getJsonObject("data");
    }
}
