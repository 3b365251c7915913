package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21's seat rules through the gateway (docs/api.md, "Seat rules"): a hold that would leave a seat on its own
 * is refused with VALIDATION naming that seat and a neighbour one over is accepted; racing customers filling a row
 * never strand a seat between them; a companion seat goes only with its wheelchair space until shortly before the
 * show; a cinema with the rules off sells any seat.
 */
@ExtendWith(PlatformExtension.class)
@Order(63)
class SeatRulesIT {

    private static final String HOLD = "mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s, seatIds: $ids) { "
            + "id status tickets { seatId seatLabel } } }";
    private static final int RACERS = 20;

    private final Fixtures fixtures = new Fixtures();

    /** One seat of a test layout: row A, its number, its grid column and type. */
    private record Spec(int number, int x, String type) {
    }

    /** An auditorium with one row A as specified, in a fresh cinema with the seat rules on or off. */
    private JsonObject auditorium(boolean seatRules, List<Spec> seats) {
        String cinemaId = fixtures.createCinema("Europe/London", seatRules).getString("id");
        JsonArrayBuilder array = Json.createArrayBuilder();
        int columns = 0;
        for (Spec seat : seats) {
            array.add(Json.createObjectBuilder().add("row", "A").add("number", seat.number()).add("x", seat.x())
                    .add("y", 0).add("type", seat.type()));
            columns = Math.max(columns, seat.x() + 1);
        }
        JsonObject input = Json.createObjectBuilder().add("cinemaId", cinemaId).add("name", "Screen 1")
                .add("format", "STANDARD").add("rows", 1).add("columns", columns).add("seats", array).build();
        return Fixtures.data(fixtures.admin.post("mutation($in: AuditoriumInput!) { createAuditorium(input: $in) { "
                + "id seats { id label } } }", Map.of("in", input)), "createAuditorium");
    }

    private static List<Spec> standardRow(int... xs) {
        List<Spec> seats = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            seats.add(new Spec(i + 1, xs[i], "STANDARD"));
        }
        return seats;
    }

    private String showtimeDaysAhead(JsonObject auditorium) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .plusDays(30 + new Random().nextInt(20)).plusHours(19);
        return fixtures.createShowtime(fixtures.demoMovie().getString("id"), auditorium.getString("id"), startsAt)
                .getString("id");
    }

    /** Seat ids by label (A1, A2...). */
    private static Map<String, String> ids(JsonObject auditorium) {
        return auditorium.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("label"), s -> s.getString("id")));
    }

    private static JsonObject hold(GraphQlHttp customer, String showtimeId, Map<String, String> ids, String... labels) {
        List<String> seatIds = java.util.Arrays.stream(labels).map(ids::get).toList();
        return customer.post(HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(seatIds)));
    }

    private static List<String> heldLabels(JsonObject response) {
        JsonObject booking = GraphQlHttp.dataWithoutErrors(response).getJsonObject("holdSeats");
        assertThat(booking.getString("status")).isEqualTo("HELD");
        return booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("seatLabel")).toList();
    }

    private static void refusedNaming(JsonObject response, String message) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("seatIds");
        assertThat(GraphQlHttp.firstErrorMessage(response)).contains(message);
    }

    @Test
    void aStrandingHoldIsRefusedNamingTheSeatAndAValidNeighbourIsAccepted() {
        // A1-A3 | aisle | A4-A7
        JsonObject auditorium = auditorium(true, standardRow(0, 1, 2, 4, 5, 6, 7));
        Map<String, String> ids = ids(auditorium);
        String showtimeId = showtimeDaysAhead(auditorium);
        GraphQlHttp alice = fixtures.customer();
        GraphQlHttp bob = fixtures.customer();

        // against the wall
        refusedNaming(hold(alice, showtimeId, ids, "A2"), "Seat A1 would be left on its own");
        // against the aisle
        refusedNaming(hold(alice, showtimeId, ids, "A1", "A2"), "Seat A3 would be left on its own");
        assertThat(heldLabels(hold(alice, showtimeId, ids, "A1", "A2", "A3"))).containsExactly("A1", "A2", "A3");

        // between taken seats: once Bob has A4, A6 alone would leave A5 between A4 and A6
        assertThat(heldLabels(hold(bob, showtimeId, ids, "A4"))).containsExactly("A4");
        refusedNaming(hold(alice, showtimeId, ids, "A6"), "Seat A5 would be left on its own");
        // the neighbour one over is accepted, and so is the last pair
        assertThat(heldLabels(hold(alice, showtimeId, ids, "A5"))).containsExactly("A5");
        assertThat(heldLabels(hold(bob, showtimeId, ids, "A6", "A7"))).containsExactly("A6", "A7");

        // nothing of the refused holds stuck: the seat map has exactly the accepted seats taken
        Map<String, String> status = fixtures.seats(showtimeId).stream()
                .collect(Collectors.toMap(s -> s.getString("label"), s -> s.getString("status")));
        assertThat(status.values()).containsOnly("HELD");
        assertThat(status).hasSize(7);
    }

    @Test
    void aCompanionSeatIsRefusedAloneAndAcceptedWithItsWheelchairSpace() {
        // A1 wheelchair space, A2 its companion seat, aisle, A3-A4
        JsonObject auditorium = auditorium(true, List.of(new Spec(1, 0, "WHEELCHAIR"), new Spec(2, 1, "COMPANION"),
                new Spec(3, 3, "STANDARD"), new Spec(4, 4, "STANDARD")));
        Map<String, String> ids = ids(auditorium);
        String showtimeId = showtimeDaysAhead(auditorium);
        GraphQlHttp carer = fixtures.customer();

        refusedNaming(hold(carer, showtimeId, ids, "A2"),
                "Seat A2 is a companion seat: hold it together with its wheelchair space A1");
        refusedNaming(hold(carer, showtimeId, ids, "A2", "A3", "A4"), "Seat A2 is a companion seat");
        assertThat(heldLabels(hold(carer, showtimeId, ids, "A1", "A2"))).containsExactlyInAnyOrder("A1", "A2");

        // Within the release time (2 hours before the start by default) the companion seat is on general sale.
        String soon = fixtures.createShowtime(fixtures.demoMovie().getString("id"), auditorium.getString("id"),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES)).getString("id");
        assertThat(heldLabels(hold(fixtures.customer(), soon, ids, "A2"))).containsExactly("A2");
    }

    @Test
    void aCinemaWithTheRulesOffSellsAnySeat() {
        JsonObject auditorium = auditorium(false, List.of(new Spec(1, 0, "WHEELCHAIR"), new Spec(2, 1, "COMPANION"),
                new Spec(3, 2, "STANDARD"), new Spec(4, 3, "STANDARD"), new Spec(5, 4, "STANDARD")));
        Map<String, String> ids = ids(auditorium);
        String showtimeId = showtimeDaysAhead(auditorium);

        assertThat(heldLabels(hold(fixtures.customer(), showtimeId, ids, "A2"))).containsExactly("A2");
        assertThat(heldLabels(hold(fixtures.customer(), showtimeId, ids, "A4"))).containsExactly("A4");
    }

    /** One racer's attempt: the labels asked for and the answer. */
    private record Attempt(List<String> labels, JsonObject response) {
    }

    @Test
    void twentyConcurrentHoldsNeverStrandASeat() throws Exception {
        // Three rounds, each a fresh showtime of a row of 6 | aisle | 7 seats that twenty customers fill at once with
        // holds of one to three seats side by side. Without the showtime's hold lock two holds two seats apart each
        // pass the rule alone and strand the seat between them together.
        for (int round = 0; round < 3; round++) {
            JsonObject auditorium = auditorium(true, standardRow(0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13));
            Map<String, String> ids = ids(auditorium);
            String showtimeId = showtimeDaysAhead(auditorium);
            Random random = new Random(2026_1201L + round);
            List<List<String>> wanted = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int size = 1 + random.nextInt(3);
                int first = 1 + random.nextInt(13 - size + 1);
                List<String> labels = new ArrayList<>();
                for (int n = first; n < first + size; n++) {
                    labels.add("A" + n);
                }
                wanted.add(labels);
            }

            ExecutorService threads = Executors.newFixedThreadPool(RACERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Attempt>> futures = new ArrayList<>();
            try {
                for (List<String> labels : wanted) {
                    GraphQlHttp customer = fixtures.customer();
                    futures.add(threads.submit(() -> {
                        start.await();
                        return new Attempt(labels, hold(customer, showtimeId, ids, labels.toArray(String[]::new)));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Attempt> future : futures) {
                    Attempt attempt = future.get(60, TimeUnit.SECONDS);
                    String code = GraphQlHttp.firstErrorCode(attempt.response());
                    if (code == null) {
                        assertThat(heldLabels(attempt.response())).containsExactlyInAnyOrderElementsOf(attempt.labels());
                        won++;
                    } else {
                        // losing the race for a seat, or a hold the rules refuse: nothing else
                        assertThat(code).as(attempt.response().toString()).isIn("SEAT_UNAVAILABLE", "VALIDATION");
                    }
                }
                assertThat(won).as("someone wins").isPositive();
            } finally {
                threads.shutdownNow();
            }

            List<JsonObject> seats = fixtures.seats(showtimeId);
            Map<String, String> status = seats.stream()
                    .collect(Collectors.toMap(s -> s.getString("label"), s -> s.getString("status")));
            assertThat(SeatRuleCheck.alone(seats)).as("seats left on their own after round %d: %s", round, status).isEmpty();
        }
    }
}
