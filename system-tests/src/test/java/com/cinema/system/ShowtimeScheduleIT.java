package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff schedule showtimes through the gateway; the public finds them by day in each cinema's own time zone, with
 * movie, cinema and auditorium resolved in one load per type per request.
 */
@ExtendWith(PlatformExtension.class)
@Order(30)
class ShowtimeScheduleIT {

    static final String CREATE = "mutation($in: ShowtimeInput!) { createShowtime(input: $in) { "
            + "id movieId cinemaId auditoriumId startsAt endsAt basePriceCents currency availableSeats status } }";

    static final String RUN = "mutation($in: ShowtimeInput!, $days: Int!) { scheduleShowtimeRun(input: $in, days: $days) {"
            + " id auditoriumId startsAt } }";

    /** The demo estate (cinema-war demo/cinemas.json); other test classes add cinemas of their own. */
    private static final java.util.Set<String> DEMO_CINEMAS =
            java.util.Set.of("Lumen Southbank", "Lumen Camden", "Lumen Ancoats", "Lumen Ormond Quay");

    private static Fixtures fixtures;
    private static JsonObject newYork;
    private static String lateShow;
    private static String afterMidnightShow;
    private static String eveningShow;
    private static LocalDate day;

    @BeforeAll
    static void newYorkCinemaWithTwoAuditoriums() {
        fixtures = new Fixtures();
        newYork = fixtures.createCinema("America/New_York");
        String first = fixtures.createAuditorium(newYork.getString("id"), "Screen 1", 3, 6).getString("id");
        String second = fixtures.createAuditorium(newYork.getString("id"), "Screen 2", 3, 6).getString("id");
        String movie = fixtures.demoMovie().getString("id");
        ZoneId zone = ZoneId.of("America/New_York");
        day = LocalDate.now(zone).plusDays(40 + ThreadLocalRandom.current().nextInt(300));
        // 23:30 on day D and 00:30 on D+1, New York time: both fall on D+1 in UTC.
        lateShow = fixtures.createShowtime(movie, first, day.atTime(23, 30).atZone(zone).toOffsetDateTime()).getString("id");
        afterMidnightShow = fixtures.createShowtime(movie, second, day.plusDays(1).atTime(0, 30).atZone(zone).toOffsetDateTime()).getString("id");
        eveningShow = fixtures.createShowtime(movie, first, day.plusDays(1).atTime(LocalTime.of(18, 0)).atZone(zone).toOffsetDateTime()).getString("id");
    }

    @Test
    void adminSchedulesADemoMovieInADemoAuditoriumAndAnOverlapIsAConflict() {
        JsonObject movie = fixtures.demoMovie();
        JsonObject auditorium = fixtures.demoAuditorium();
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(500 + ThreadLocalRandom.current().nextInt(3000))
                .truncatedTo(ChronoUnit.HOURS);

        JsonObject created = fixtures.createShowtime(movie.getString("id"), auditorium.getString("id"), startsAt);

        assertThat(created.getString("movieId")).isEqualTo(movie.getString("id"));
        assertThat(created.getString("auditoriumId")).isEqualTo(auditorium.getString("id"));
        assertThat(created.getString("cinemaId")).isEqualTo(auditorium.getString("cinemaId"));
        assertThat(OffsetDateTime.parse(created.getString("startsAt")).toInstant()).isEqualTo(startsAt.toInstant());
        assertThat(OffsetDateTime.parse(created.getString("endsAt")))
                .isAfterOrEqualTo(startsAt.plusMinutes(movie.getInt("durationMinutes")));
        assertThat(created.getString("status")).isEqualTo("SCHEDULED");
        assertThat(created.getInt("basePriceCents")).isEqualTo(1150);
        assertThat(created.getInt("availableSeats")).isPositive();

        JsonObject overlapping = fixtures.admin.post(CREATE, Map.of("in",
                Fixtures.showtimeInput(movie.getString("id"), auditorium.getString("id"), startsAt.plusMinutes(30))));
        assertThat(GraphQlHttp.firstErrorCode(overlapping)).as(overlapping.toString()).isEqualTo("CONFLICT");

        JsonObject read = Fixtures.data(fixtures.gateway.post("query($id: ID!) { showtime(id: $id) { id status "
                + "movie { id title } auditorium { id name } cinema { id } } }", Map.of("id", created.getString("id"))), "showtime");
        assertThat(read.getJsonObject("movie").getString("title")).isEqualTo(movie.getString("title"));
        assertThat(read.getJsonObject("auditorium").getString("id")).isEqualTo(auditorium.getString("id"));
        assertThat(read.getJsonObject("cinema").getString("id")).isEqualTo(auditorium.getString("cinemaId"));
    }

    @Test
    void aRunOfDaysKeepsNewYorksLocalTimeAcrossTheChangeOfTheClocksAndIsForStaffOnly() {
        // A cinema of its own: the other tests list every showtime of the shared one.
        String screen = fixtures.createAuditorium(fixtures.createCinema("America/New_York").getString("id"), "Screen 1", 2, 4)
                .getString("id");
        String movie = fixtures.demoMovie().getString("id");
        ZoneId zone = ZoneId.of("America/New_York");
        // From the Friday before the next start of daylight saving time there (the second Sunday of March) to Monday.
        LocalDate now = LocalDate.now(zone);
        LocalDate change = now.withMonth(3).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
        if (!change.minusDays(2).isAfter(now)) {
            change = now.plusYears(1).withMonth(3).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
        }
        LocalDate friday = change.minusDays(2);
        JsonObject input = Fixtures.showtimeInput(movie, screen, friday.atTime(19, 0).atZone(zone).toOffsetDateTime());

        JsonObject done = fixtures.admin.post(RUN, Map.of("in", input, "days", 4));
        List<JsonObject> run = GraphQlHttp.dataWithoutErrors(done).getJsonArray("scheduleShowtimeRun").getValuesAs(JsonObject.class);
        assertThat(run).extracting(s -> OffsetDateTime.parse(s.getString("startsAt")).atZoneSameInstant(zone).toLocalDateTime())
                .containsExactly(friday.atTime(19, 0), friday.plusDays(1).atTime(19, 0), change.atTime(19, 0),
                        change.plusDays(1).atTime(19, 0));
        // In UTC the last two start an hour earlier: 00:00 the next day before the change, 23:00 after it.
        assertThat(OffsetDateTime.parse(run.get(1).getString("startsAt")).atZoneSameInstant(ZoneOffset.UTC).getHour()).isZero();
        assertThat(OffsetDateTime.parse(run.get(2).getString("startsAt")).atZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(23);
        assertThat(run).allSatisfy(s -> assertThat(s.getString("auditoriumId")).isEqualTo(screen));

        // Again: every day clashes with the run just made, so nothing more is scheduled, and the refusal names the first.
        JsonObject again = fixtures.admin.post(RUN, Map.of("in", input, "days", 2));
        assertThat(GraphQlHttp.firstErrorCode(again)).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(again)).startsWith("On " + friday + ": ");

        for (int days : new int[] {0, 29}) { // the gateway refuses 0 at the edge, the booking service its limit
            JsonObject refused = fixtures.admin.post(RUN, Map.of("in", input, "days", days));
            assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("VALIDATION");
            assertThat(GraphQlHttp.firstErrorField(refused)).isEqualTo("days");
        }
        assertThat(GraphQlHttp.firstErrorCode(fixtures.customer().post(RUN, Map.of("in", input, "days", 2)))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(fixtures.gateway.post(RUN, Map.of("in", input, "days", 2)))).isEqualTo("UNAUTHENTICATED");
        assertThat(Fixtures.data(fixtures.admin.post("{ schedulingRules { maxRunDays } }"), "schedulingRules").getInt("maxRunDays"))
                .isEqualTo(28);
    }

    @Test
    void onlyStaffSchedule() {
        JsonObject input = Fixtures.showtimeInput(fixtures.demoMovie().getString("id"),
                fixtures.demoAuditorium().getString("id"), OffsetDateTime.now(ZoneOffset.UTC).plusDays(900));
        assertThat(GraphQlHttp.firstErrorCode(fixtures.customer().post(CREATE, Map.of("in", input)))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(fixtures.gateway.post(CREATE, Map.of("in", input)))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void dateMeansTheCalendarDayInTheCinemasOwnTimeZone() {
        String query = "query($c: ID!, $d: Date!) { showtimes(cinemaId: $c, date: $d) { id } }";
        List<String> onDay = ids(fixtures.gateway.post(query, Map.of("c", newYork.getString("id"), "d", day.toString())));
        List<String> onNextDay = ids(fixtures.gateway.post(query, Map.of("c", newYork.getString("id"), "d", day.plusDays(1).toString())));

        assertThat(onDay).containsExactly(lateShow);
        assertThat(onNextDay).containsExactly(afterMidnightShow, eveningShow);
    }

    @Test
    void showtimesResolveMovieCinemaAndAuditoriumWithOneLoadPerTypePerRequest() {
        Map<String, Double> before = Fixtures.referenceLoads();
        JsonObject response = fixtures.gateway.post("query($c: ID!) { showtimes(cinemaId: $c) { id startsAt "
                + "movie { id title } cinema { id name timeZone } auditorium { id name seats { id } } } }",
                Map.of("c", newYork.getString("id")));
        Map<String, Double> after = Fixtures.referenceLoads();

        List<JsonObject> rows = response.getJsonObject("data").getJsonArray("showtimes").getValuesAs(JsonObject.class);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        assertThat(rows).extracting(r -> r.getString("id")).containsExactly(lateShow, afterMidnightShow, eveningShow);
        for (JsonObject row : rows) {
            assertThat(row.getJsonObject("movie").getString("title")).isNotBlank();
            assertThat(row.getJsonObject("cinema").getString("timeZone")).isEqualTo("America/New_York");
            assertThat(row.getJsonObject("auditorium").getString("name")).startsWith("Screen ");
            assertThat(row.getJsonObject("auditorium").getJsonArray("seats")).hasSize(18);
        }
        assertThat(rows.stream().map(r -> r.getJsonObject("auditorium").getString("id")).distinct()).hasSize(2);
        // Three rows, two auditoriums: still exactly one load of each type (one downstream call each).
        for (String type : List.of("movie", "cinema", "auditorium")) {
            assertThat(after.getOrDefault(type, 0.0) - before.getOrDefault(type, 0.0)).as(type).isEqualTo(1.0);
        }
    }

    @Test
    void cinemaAndMovieListTheirShowtimes() {
        JsonObject cinema = Fixtures.data(fixtures.gateway.post("query($c: ID!, $d: Date) { cinema(id: $c) { id "
                + "showtimes(date: $d) { id movie { id } } } }", Map.of("c", newYork.getString("id"), "d", day.plusDays(1).toString())), "cinema");
        assertThat(cinema.getJsonArray("showtimes").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("id")).containsExactly(afterMidnightShow, eveningShow);

        String movieId = cinema.getJsonArray("showtimes").getJsonObject(0).getJsonObject("movie").getString("id");
        JsonObject movie = Fixtures.data(fixtures.gateway.post("query($m: ID!, $c: ID) { movie(id: $m) { id "
                + "showtimes(cinemaId: $c) { id cinemaId } } }", Map.of("m", movieId, "c", newYork.getString("id"))), "movie");
        assertThat(movie.getJsonArray("showtimes").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("id")).containsExactly(lateShow, afterMidnightShow, eveningShow);
    }

    @Test
    void theDemoWeekGivesEveryDemoAuditoriumShowtimesOnEachOfTheNextSixDays() {
        JsonObject response = fixtures.gateway.post("{ cinemas { id name timeZone auditoriums { id } } }");
        List<JsonObject> demoCinemas = response.getJsonObject("data").getJsonArray("cinemas").getValuesAs(JsonObject.class)
                .stream().filter(c -> DEMO_CINEMAS.contains(c.getString("name"))).toList();
        assertThat(demoCinemas).hasSize(DEMO_CINEMAS.size());

        String query = "query($c: ID!, $d: Date!) { showtimes(cinemaId: $c, date: $d) { auditoriumId startsAt status } }";
        for (JsonObject cinema : demoCinemas) {
            List<String> auditoriums = cinema.getJsonArray("auditoriums").getValuesAs(JsonObject.class).stream()
                    .map(a -> a.getString("id")).toList();
            ZoneId zone = ZoneId.of(cinema.getString("timeZone"));
            // Tomorrow to six days ahead in the cinema's own zone: today may already be over near midnight.
            for (int ahead = 1; ahead <= 6; ahead++) {
                LocalDate date = LocalDate.now(zone).plusDays(ahead);
                List<JsonObject> shows = fixtures.gateway.post(query, Map.of("c", cinema.getString("id"), "d", date.toString()))
                        .getJsonObject("data").getJsonArray("showtimes").getValuesAs(JsonObject.class);
                for (String auditorium : auditoriums) {
                    assertThat(shows).as("%s, auditorium %s, %s", cinema.getString("name"), auditorium, date)
                            .anySatisfy(show -> {
                                assertThat(show.getString("auditoriumId")).isEqualTo(auditorium);
                                assertThat(show.getString("status")).isEqualTo("SCHEDULED");
                                assertThat(OffsetDateTime.parse(show.getString("startsAt"))
                                        .atZoneSameInstant(zone).toLocalDate()).isEqualTo(date);
                            });
                }
            }
        }
    }

    private static List<String> ids(JsonObject response) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonArray("showtimes").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    /** What the showtime and hold tests share: tokens, demo data lookups, fresh cinemas, auditoriums, showtimes. */
    static final class Fixtures {

        static final TestTokens TOKENS = TestTokens.forPlatform();
        private static final Pattern LOADS = Pattern.compile(
                "^gateway_reference_loads_total\\{[^}]*type=\"(\\w+)\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

        final GraphQlHttp gateway = new GraphQlHttp(PlatformExtension.platform().gatewayUrl());
        final GraphQlHttp admin = gateway.withBearer(TOKENS.admin(newUserId(), "schedule-admin@example.org"));
        private final AtomicInteger nextSlot = new AtomicInteger();
        private final int firstSlotDay = 60 + ThreadLocalRandom.current().nextInt(2000);

        static String newUserId() {
            return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
        }

        /** A customer of their own, with a token the platform trusts. */
        GraphQlHttp customer() {
            String id = newUserId();
            return gateway.withBearer(TOKENS.user(id, "fan-" + id + "@example.org"));
        }

        static JsonObject data(JsonObject response, String field) {
            return GraphQlHttp.dataWithoutErrors(response).getJsonObject(field);
        }

        JsonObject demoMovie() {
            JsonObject page = data(gateway.post("{ movies(filter: {status: \"NOW_SHOWING\"}, size: 50) { items { id title durationMinutes } } }"), "movies");
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).as("demo movies now showing").isNotEmpty();
            return items.get(0);
        }

        /** A demo auditorium (the first of the first demo cinema that has one), with cinemaId. */
        JsonObject demoAuditorium() {
            return demoAuditoriums().get(0);
        }

        List<JsonObject> demoAuditoriums() {
            JsonObject response = gateway.post("{ cinemas { id auditoriums { id cinemaId name seats { id blocked } } } }");
            assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
            List<JsonObject> auditoriums = response.getJsonObject("data").getJsonArray("cinemas").getValuesAs(JsonObject.class).stream()
                    .flatMap(c -> c.getJsonArray("auditoriums").getValuesAs(JsonObject.class).stream())
                    .filter(a -> a.getJsonArray("seats").size() >= 12)
                    .toList();
            assertThat(auditoriums).as("demo auditoriums").isNotEmpty();
            return auditoriums;
        }

        /**
         * A cinema with the seat rules off: the tests using it hold scattered seats on purpose (races, events,
         * checkout); SeatRulesIT proves the rules with cinemas of its own.
         */
        JsonObject createCinema(String timeZone) {
            return createCinema(timeZone, false);
        }

        JsonObject createCinema(String timeZone, boolean seatRules) {
            String name = "Test Cinema " + UUID.randomUUID().toString().substring(0, 8);
            JsonObject input = Json.createObjectBuilder().add("name", name).add("address", "1 Test Street")
                    .add("city", "Testville").add("latitude", 40.7).add("longitude", -74.0).add("timeZone", timeZone)
                    .add("seatRulesEnabled", seatRules).build();
            return data(admin.post("mutation($in: CinemaInput!) { createCinema(input: $in) { id name timeZone seatRulesEnabled } }",
                    Map.of("in", input)), "createCinema");
        }

        /** A plain auditorium: rows A.. with seats 1..columns, all STANDARD, none blocked. */
        JsonObject createAuditorium(String cinemaId, String name, int rows, int columns) {
            JsonArrayBuilder seats = Json.createArrayBuilder();
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    seats.add(Json.createObjectBuilder().add("row", String.valueOf((char) ('A' + y))).add("number", x + 1)
                            .add("x", x).add("y", y).add("type", "STANDARD"));
                }
            }
            JsonObject input = Json.createObjectBuilder().add("cinemaId", cinemaId).add("name", name).add("format", "STANDARD")
                    .add("rows", rows).add("columns", columns).add("seats", seats).build();
            return data(admin.post("mutation($in: AuditoriumInput!) { createAuditorium(input: $in) { id cinemaId name seats { id label } } }",
                    Map.of("in", input)), "createAuditorium");
        }

        static JsonObject showtimeInput(String movieId, String auditoriumId, OffsetDateTime startsAt) {
            return Json.createObjectBuilder().add("movieId", movieId).add("auditoriumId", auditoriumId)
                    .add("startsAt", startsAt.toString()).add("basePriceCents", 1150).add("currency", "GBP").build();
        }

        JsonObject createShowtime(String movieId, String auditoriumId, OffsetDateTime startsAt) {
            return data(admin.post(CREATE, Map.of("in", showtimeInput(movieId, auditoriumId, startsAt))), "createShowtime");
        }

        /**
         * A showtime nobody else uses: a demo movie in a fresh auditorium of its own (rows x columns seats, a fresh
         * cinema), days ahead.
         */
        JsonObject freshShowtime(int rows, int columns) {
            return freshShowtime(rows, columns, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                    .plusDays(firstSlotDay + nextSlot.getAndIncrement()).plusHours(19));
        }

        /** As {@link #freshShowtime(int, int)}, starting at {@code startsAt}. */
        JsonObject freshShowtime(int rows, int columns, OffsetDateTime startsAt) {
            JsonObject cinema = createCinema("Europe/London");
            JsonObject auditorium = createAuditorium(cinema.getString("id"), "Screen 1", rows, columns);
            return createShowtime(demoMovie().getString("id"), auditorium.getString("id"), startsAt);
        }

        /** The seat map's seats: seatId, label, status. */
        List<JsonObject> seats(String showtimeId) {
            return data(gateway.post("query($s: ID!) { seatMap(showtimeId: $s) { showtimeId rows columns "
                    + "seats { seatId label row number x y type status priceCents } } }", Map.of("s", showtimeId)), "seatMap")
                    .getJsonArray("seats").getValuesAs(JsonObject.class);
        }

        static JsonValue list(List<String> values) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            return array.build();
        }

        /** gateway_reference_loads_total by type, from the gateway's Prometheus metrics. */
        static Map<String, Double> referenceLoads() {
            String metrics = HttpProbe.get(PlatformExtension.platform().gatewayManagementUrl() + "/metrics").body();
            Map<String, Double> loads = new java.util.HashMap<>();
            Matcher matcher = LOADS.matcher(metrics);
            while (matcher.find()) {
                loads.merge(matcher.group(1), Double.parseDouble(matcher.group(2)), Double::sum);
            }
            return loads;
        }
    }
}
