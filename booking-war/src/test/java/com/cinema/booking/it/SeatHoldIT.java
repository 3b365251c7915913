package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.BOOKING_FIELDS;
import static com.cinema.booking.it.BookingIt.cancelShowtimesNearNow;
import static com.cinema.booking.it.BookingIt.GRAPHQL;
import static com.cinema.booking.it.BookingIt.HOLD_SECONDS;
import static com.cinema.booking.it.BookingIt.errorField;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.hold;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.seatEvents;
import static com.cinema.booking.it.BookingIt.seatStatuses;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubUpstream.seatId;
import static org.assertj.core.api.Assertions.assertThat;

/** Holding seats: prices, the all-or-nothing rule, validation, ownership, expiry and seat events. */
@MicroShedTest
class SeatHoldIT {

    @Test
    void seatMapShowsEverySeatWithStatusAndPricePerType() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        held(user(newUserId()), id, List.of(seatId(811, 'F', 1)));

        JsonObject map = GRAPHQL.post("query($s: ID!) { seatMap(showtimeId: $s) { showtimeId rows columns "
                + "seats { seatId label row number x y type status priceCents } } }", Map.of("s", id))
                .getJsonObject("data").getJsonObject("seatMap");
        assertThat(map.getInt("rows")).isEqualTo(6);
        assertThat(map.getInt("columns")).isEqualTo(10);
        List<JsonObject> seats = map.getJsonArray("seats").getValuesAs(JsonObject.class);
        assertThat(seats).hasSize(60);
        Map<String, JsonObject> byLabel = new java.util.HashMap<>();
        seats.forEach(s -> byLabel.put(s.getString("label"), s));
        assertThat(byLabel.get("C3").getInt("priceCents")).isEqualTo(1000);
        assertThat(byLabel.get("E3").getInt("priceCents")).isEqualTo(1200);
        assertThat(byLabel.get("F2").getInt("priceCents")).isEqualTo(1400);
        assertThat(byLabel.get("D5").getInt("priceCents")).isEqualTo(1300);
        assertThat(byLabel.get("A1").getString("type")).isEqualTo("WHEELCHAIR");
        assertThat(byLabel.get("A10").getString("status")).isEqualTo("BLOCKED");
        assertThat(byLabel.get("F1").getString("status")).isEqualTo("HELD");
        assertThat(byLabel.get("F2").getString("status")).isEqualTo("AVAILABLE");
        assertThat(byLabel.get("C3").getInt("x")).isEqualTo(2);
        assertThat(byLabel.get("C3").getInt("y")).isEqualTo(2);
        assertThat(byLabel.get("C3").getString("seatId")).isEqualTo(String.valueOf(seatId(811, 'C', 3)));

        JsonObject showtime = GRAPHQL.post("query($s: ID!) { showtime(id: $s) { availableSeats } }", Map.of("s", id));
        assertThat(showtime.getJsonObject("data").getJsonObject("showtime").getInt("availableSeats")).isEqualTo(58);
    }

    @Test
    void holdIsPricedAndLastsTheConfiguredTime() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        String userId = newUserId();
        Instant before = Instant.now();
        JsonObject booking = held(user(userId), id, List.of(seatId(811, 'E', 4), seatId(811, 'C', 4)));

        assertThat(booking.getString("status")).isEqualTo("HELD");
        assertThat(booking.getString("userId")).isEqualTo(userId);
        assertThat(booking.getString("showtimeId")).isEqualTo(id);
        assertThat(booking.getString("code")).hasSize(8);
        assertThat(booking.getInt("subtotalCents")).isEqualTo(2200);
        assertThat(booking.getInt("totalCents")).isEqualTo(2200);
        assertThat(booking.getString("currency")).isEqualTo("GBP");
        assertThat(booking.getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("seatLabel") + ":" + t.getInt("priceCents"))
                .containsExactlyInAnyOrder("E4:1200", "C4:1000");
        Instant expires = Instant.parse(booking.getString("holdExpiresAt"));
        assertThat(expires).isBetween(before.plusSeconds(HOLD_SECONDS - 1), Instant.now().plusSeconds(HOLD_SECONDS + 1));
    }

    @Test
    void staffFindABookingByTheCodeOnItsTicketsInAnyCase() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        JsonObject booking = held(user(newUserId()), id, List.of(seatId(811, 'D', 2)));
        held(user(newUserId()), id, List.of(seatId(811, 'D', 3)));
        String query = "query($c: String) { bookings(filter: { code: $c }) { total items { id code } } }";

        JsonObject found = ADMIN.post(query, Map.of("c", " " + booking.getString("code").toLowerCase() + " "))
                .getJsonObject("data").getJsonObject("bookings");
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(booking.getString("id"));

        // Codes never hold a 1 or an O, so this one is no booking's.
        JsonObject none = ADMIN.post(query, Map.of("c", "ZZZZ1O1O")).getJsonObject("data").getJsonObject("bookings");
        assertThat(none.getInt("total")).isZero();

        JsonObject malformed = ADMIN.post(query, Map.of("c", "K7Q2-AB9X"));
        assertThat(GraphQlHttp.firstErrorCode(malformed)).as(malformed.toString()).isEqualTo("VALIDATION");
        assertThat(errorField(malformed)).isEqualTo("filter.code");
    }

    @Test
    void bookingsByIdsGiveStaffEveryOneAndACustomerOnlyTheirOwn() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        GraphQlHttp owner = user(newUserId());
        JsonObject first = held(owner, id, List.of(seatId(811, 'C', 2)));
        JsonObject second = held(owner, id, List.of(seatId(811, 'C', 6)));
        JsonObject someoneElses = held(user(newUserId()), id, List.of(seatId(811, 'C', 8)));
        List<String> asked = List.of(first.getString("id"), someoneElses.getString("id"), second.getString("id"), "999999999");
        String query = "query($ids: [String!]!) { bookingsByIds(ids: $ids) { id code tickets { seatId } } }";

        // Newest first; an unknown id is simply missing.
        assertThat(idsOf(ADMIN.post(query, Map.of("ids", Json.createArrayBuilder(asked).build()))))
                .containsExactly(someoneElses.getString("id"), second.getString("id"), first.getString("id"));
        assertThat(idsOf(owner.post(query, Map.of("ids", Json.createArrayBuilder(asked).build()))))
                .containsExactly(second.getString("id"), first.getString("id"));

        JsonObject malformed = ADMIN.post(query, Map.of("ids", Json.createArrayBuilder(List.of("1", "two")).build()));
        assertThat(GraphQlHttp.firstErrorCode(malformed)).as(malformed.toString()).isEqualTo("VALIDATION");
        assertThat(errorField(malformed)).isEqualTo("ids");
    }

    private static List<String> idsOf(JsonObject response) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonArray("bookingsByIds").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).toList();
    }

    @Test
    void takenSeatMakesTheWholeHoldFailAndNothingIsHeld() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        held(user(newUserId()), id, List.of(seatId(811, 'B', 4), seatId(811, 'B', 5)));

        JsonObject refused = hold(user(newUserId()), id, List.of(seatId(811, 'B', 6), seatId(811, 'B', 5), seatId(811, 'B', 7)));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("SEAT_UNAVAILABLE");

        assertThat(seatStatuses(id)).containsEntry("B4", "HELD").containsEntry("B5", "HELD")
                .containsEntry("B6", "AVAILABLE").containsEntry("B7", "AVAILABLE");
        JsonObject all = ADMIN.post("query($s: ID) { bookings(filter: { showtimeId: $s }) { total items { status } } }",
                Map.of("s", id));
        assertThat(all.getJsonObject("data").getJsonObject("bookings").getInt("total")).isEqualTo(1);

        // The refusal is counted as a business metric.
        String metrics = com.cinema.testing.HttpProbe.get(BookingIt.BASE + "/metrics?scope=application").body();
        assertThat(metrics).contains("seat_hold_conflicts_total").contains("holds_active").contains("holds_expired_total");
        String conflicts = metrics.lines().filter(l -> l.startsWith("seat_hold_conflicts_total")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(conflicts.substring(conflicts.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void badSeatSelectionsAreValidationErrorsOfSeatIds() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        GraphQlHttp customer = user(newUserId());
        List<Long> eleven = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            eleven.add(seatId(811, 'C', n));
        }
        eleven.add(seatId(811, 'D', 1));
        eleven.add(seatId(811, 'D', 2));
        assertValidation(hold(customer, id, eleven));
        assertValidation(hold(customer, id, List.of(seatId(811, 'C', 1), 99_999L)));
        assertValidation(hold(customer, id, List.of(seatId(812, 'A', 1))));
        assertValidation(hold(customer, id, List.of(seatId(811, 'A', 10))));
        assertValidation(hold(customer, id, List.of(seatId(811, 'C', 1), seatId(811, 'C', 1))));
        assertValidation(hold(customer, id, List.of()));

        assertThat(seatStatuses(id).values()).containsOnly("AVAILABLE", "BLOCKED");
    }

    @Test
    void holdsNeedASignInAndAnExistingShowtime() {
        JsonObject anonymous = hold(GRAPHQL, "1", List.of(seatId(811, 'C', 1)));
        assertThat(GraphQlHttp.firstErrorCode(anonymous)).isEqualTo("UNAUTHENTICATED");
        JsonObject mine = GRAPHQL.post("{ myBookings { id } }");
        assertThat(GraphQlHttp.firstErrorCode(mine)).isEqualTo("UNAUTHENTICATED");
        JsonObject unknown = hold(user(newUserId()), "987654321", List.of(seatId(811, 'C', 1)));
        assertThat(GraphQlHttp.firstErrorCode(unknown)).isEqualTo("NOT_FOUND");
    }

    @Test
    void anotherUsersBookingIsNotFoundAndOwnerReleasesIt() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        GraphQlHttp owner = user(newUserId());
        GraphQlHttp stranger = user(newUserId());
        String bookingId = held(owner, id, List.of(seatId(811, 'D', 7))).getString("id");

        JsonObject peek = stranger.post("query($id: ID!) { booking(id: $id) { id } }", Map.of("id", bookingId));
        assertThat(GraphQlHttp.firstErrorCode(peek)).isEqualTo("NOT_FOUND");
        JsonObject steal = stranger.post("mutation($id: ID!) { releaseHold(bookingId: $id) { id } }", Map.of("id", bookingId));
        assertThat(GraphQlHttp.firstErrorCode(steal)).isEqualTo("NOT_FOUND");
        assertThat(seatStatuses(id)).containsEntry("D7", "HELD");

        JsonObject mine = owner.post("{ myBookings(upcoming: true) { " + BOOKING_FIELDS + " } }");
        assertThat(mine.getJsonObject("data").getJsonArray("myBookings").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("id")).containsExactly(bookingId);
        assertThat(stranger.post("{ myBookings { id } }").getJsonObject("data").getJsonArray("myBookings")).isEmpty();
        // 100 to a page: the owner's one booking is on the first page and none is on the second.
        assertThat(owner.post("{ myBookings(page: 0) { id } }").getJsonObject("data").getJsonArray("myBookings")
                .getValuesAs(JsonObject.class)).extracting(b -> b.getString("id")).containsExactly(bookingId);
        assertThat(owner.post("{ myBookings(page: 1) { id } }").getJsonObject("data").getJsonArray("myBookings")).isEmpty();
        JsonObject negative = owner.post("{ myBookings(page: -1) { id } }");
        assertThat(GraphQlHttp.firstErrorCode(negative)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(negative)).isEqualTo("page");

        JsonObject released = owner.post("mutation($id: ID!) { releaseHold(bookingId: $id) { id status } }",
                Map.of("id", bookingId));
        assertThat(released.getJsonObject("data").getJsonObject("releaseHold").getString("status")).isEqualTo("CANCELLED");
        assertThat(seatStatuses(id)).containsEntry("D7", "AVAILABLE");
        // The seat can be held again at once.
        held(stranger, id, List.of(seatId(811, 'D', 7)));
    }

    @Test
    void expiredHoldIsSweptItsSeatsFreedAndEventsWritten() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        int start = seatEvents(id, null).getInt("lastSequence");
        GraphQlHttp owner = user(newUserId());
        String bookingId = held(owner, id, List.of(seatId(811, 'F', 5), seatId(811, 'F', 6))).getString("id");
        assertThat(seatStatuses(id)).containsEntry("F5", "HELD").containsEntry("F6", "HELD");

        boolean expired = eventually(Duration.ofSeconds(HOLD_SECONDS + 15), () -> "EXPIRED".equals(
                owner.post("query($id: ID!) { booking(id: $id) { status } }", Map.of("id", bookingId))
                        .getJsonObject("data").getJsonObject("booking").getString("status")));
        assertThat(expired).as("the sweeper expires the hold").isTrue();
        assertThat(seatStatuses(id)).containsEntry("F5", "AVAILABLE").containsEntry("F6", "AVAILABLE");

        List<String> events = new ArrayList<>();
        eventually(Duration.ofSeconds(5), () -> {
            events.clear();
            seatEvents(id, start).getJsonArray("events").getValuesAs(JsonObject.class)
                    .forEach(e -> events.add(e.getString("label") + ":" + e.getString("status")));
            return events.size() >= 4;
        });
        assertThat(events).containsExactlyInAnyOrder("F5:HELD", "F6:HELD", "F5:AVAILABLE", "F6:AVAILABLE");
        assertThat(events.subList(0, 2)).containsOnly("F5:HELD", "F6:HELD");
        // Someone else may hold them now.
        held(user(newUserId()), id, List.of(seatId(811, 'F', 5), seatId(811, 'F', 6)));
    }

    @Test
    void holdWhoseTimeIsUpIsAvailableAtOnceAndItsSeatsCanBeTaken() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        held(user(newUserId()), id, List.of(seatId(811, 'E', 9)));
        sleep(Duration.ofSeconds(HOLD_SECONDS).plusMillis(300));
        // Whether or not the sweeper has run, the seat is free and another hold succeeds.
        assertThat(seatStatuses(id)).containsEntry("E9", "AVAILABLE");
        JsonObject taken = held(user(newUserId()), id, List.of(seatId(811, 'E', 9), seatId(811, 'E', 8)));
        assertThat(taken.getString("status")).isEqualTo("HELD");
    }

    @Test
    void seatEventsComeAfterTheGivenSequenceOldestFirst() {
        String id = scheduled("901", "811", freshDay(), 1000).getString("id");
        JsonObject fromNow = seatEvents(id, null);
        assertThat(fromNow.getJsonArray("events")).isEmpty();
        int start = fromNow.getInt("lastSequence");

        GraphQlHttp owner = user(newUserId());
        String bookingId = held(owner, id, List.of(seatId(811, 'C', 8))).getString("id");
        List<JsonObject> first = new ArrayList<>();
        assertThat(eventually(Duration.ofSeconds(5), () -> {
            first.clear();
            first.addAll(seatEvents(id, start).getJsonArray("events").getValuesAs(JsonObject.class));
            return !first.isEmpty();
        })).isTrue();
        assertThat(first).hasSize(1);
        JsonObject heldEvent = first.get(0);
        assertThat(heldEvent.getString("label")).isEqualTo("C8");
        assertThat(heldEvent.getString("status")).isEqualTo("HELD");
        assertThat(heldEvent.getString("seatId")).isEqualTo(String.valueOf(seatId(811, 'C', 8)));
        assertThat(heldEvent.getInt("sequence")).isGreaterThan(start);
        JsonObject caughtUp = seatEvents(id, heldEvent.getInt("sequence"));
        assertThat(caughtUp.getJsonArray("events")).isEmpty();
        assertThat(caughtUp.getInt("lastSequence")).isEqualTo(heldEvent.getInt("sequence"));

        owner.post("mutation($id: ID!) { releaseHold(bookingId: $id) { id } }", Map.of("id", bookingId));
        List<JsonObject> second = new ArrayList<>();
        assertThat(eventually(Duration.ofSeconds(5), () -> {
            second.clear();
            second.addAll(seatEvents(id, heldEvent.getInt("sequence")).getJsonArray("events").getValuesAs(JsonObject.class));
            return !second.isEmpty();
        })).isTrue();
        assertThat(second).extracting(e -> e.getString("label") + ":" + e.getString("status")).containsExactly("C8:AVAILABLE");
        assertThat(second.get(0).getInt("sequence")).isGreaterThan(heldEvent.getInt("sequence"));
        // Another showtime's stream does not see them.
        String other = scheduled("901", "812", freshDay(), 1000).getString("id");
        assertThat(seatEvents(other, start).getJsonArray("events")).isEmpty();
    }

    @Test
    void startedShowtimeTakesNoHolds() {
        // A run of this test less than an hour ago left a showtime at about now: cancel it first.
        cancelShowtimesNearNow("801", "812");
        String id = scheduled("903", "812", Instant.now().plusSeconds(3), 1000).getString("id");
        sleep(Duration.ofSeconds(4));
        JsonObject late = hold(user(newUserId()), id, List.of(seatId(812, 'B', 1)));
        assertThat(GraphQlHttp.firstErrorCode(late)).as(late.toString()).isEqualTo("CONFLICT");
    }

    private static void assertValidation(JsonObject response) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(errorField(response)).isEqualTo("seatIds");
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unused")
    private static jakarta.json.JsonArray ids(List<Long> seats) {
        var array = Json.createArrayBuilder();
        seats.forEach(s -> array.add(String.valueOf(s)));
        return array.build();
    }
}
