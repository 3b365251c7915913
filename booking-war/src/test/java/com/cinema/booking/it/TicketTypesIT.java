package com.cinema.booking.it;

import com.cinema.booking.it.ContactErasureIT.Customer;
import com.cinema.testing.AllAtOnce;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static com.cinema.booking.it.BookingIt.GRAPHQL;
import static com.cinema.booking.it.BookingIt.errorField;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.ContactErasureIT.confirmed;
import static com.cinema.booking.it.ContactErasureIT.customer;
import static com.cinema.booking.it.StubCheckoutServices.PLAYED;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Ticket types on the test server: the types on sale read without a token; a hold's seats chosen as Child and Senior,
 * priced off their full price, read back through the API and with SQL, and charged at the new total; a Child ticket
 * refused for a 15-rated film (Short One, 903, whose rating the stub movie service answers); a coupon on the hold
 * quoted again for the new tickets, refused when it would no longer apply, and never left with a stale discount by
 * changes racing it; and the customers and statuses for which nothing changes.
 */
@MicroShedTest
class TicketTypesIT {

    private static final String FIELDS = "id status subtotalCents discountCents totalCents couponCode "
            + "tickets { seatId seatLabel seatType priceCents fullPriceCents ticketType }";

    /** Auditorium 811: C1 standard (base price), E1 premium (+2.00), F1 VIP (+4.00). */
    private static final long C1 = seatId(811, 'C', 1);
    private static final long E1 = seatId(811, 'E', 1);
    private static final long F1 = seatId(811, 'F', 1);

    /** chooseTicketTypes with seat ids and type names in pairs, in the order given. */
    private static JsonObject choose(GraphQlHttp as, String bookingId, Object... seatsAndTypes) {
        JsonArrayBuilder tickets = Json.createArrayBuilder();
        for (int i = 0; i < seatsAndTypes.length; i += 2) {
            tickets.add(Json.createObjectBuilder().add("seatId", String.valueOf(seatsAndTypes[i]))
                    .add("type", (String) seatsAndTypes[i + 1]));
        }
        return as.post("mutation($b: ID!, $t: [TicketTypeChoice!]!) { chooseTicketTypes(bookingId: $b, tickets: $t) { "
                + FIELDS + " } }", Map.of("b", bookingId, "t", tickets.build()));
    }

    private static JsonObject applyCoupon(Customer who, String bookingId, String code) {
        return who.http().post("mutation($b: ID!, $c: String!) { applyCoupon(bookingId: $b, code: $c) { id } }",
                Map.of("b", bookingId, "c", code));
    }

    /** The customer's hold of C1 and E1 (22.00) at a new showtime of film 901, with the coupon applied. */
    private static String heldWithCoupon(Customer who, String code) {
        String bookingId = hold(who, scheduled("901", "811", freshDay(), 1000).getString("id"), C1, E1);
        dataWithoutErrors(applyCoupon(who, bookingId, code));
        return bookingId;
    }

    private static JsonObject removeCoupon(Customer who, String bookingId) {
        return who.http().post("mutation($b: ID!) { removeCoupon(bookingId: $b) { id } }", Map.of("b", bookingId));
    }

    private static JsonObject booking(Customer who, String id) {
        return dataWithoutErrors(who.http().post("query($id: ID!) { booking(id: $id) { " + FIELDS + " } }",
                Map.of("id", id))).getJsonObject("booking");
    }

    private static String hold(Customer who, String showtimeId, long... seats) {
        return BookingIt.held(who.http(), showtimeId, Arrays.stream(seats).boxed().toList()).getString("id");
    }

    /** The booking's tickets as (seat label, ticket type, price). */
    private static List<Tuple> tickets(JsonObject booking) {
        return booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(t -> tuple(t.getString("seatLabel"), t.getString("ticketType"), t.getInt("priceCents"))).toList();
    }

    private static void assertUnchanged(Customer who, String bookingId, int total, String... labels) {
        JsonObject stored = booking(who, bookingId);
        assertThat(stored.getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("seatLabel"), t -> t.getString("ticketType"))
                .containsExactly(Arrays.stream(labels).map(l -> tuple(l, "ADULT")).toArray(Tuple[]::new));
        assertThat(stored.getInt("totalCents")).isEqualTo(total);
    }

    @Test
    void theTypesOnSaleAreReadWithoutATokenAdultFirstWithTheirDefaults() {
        JsonObject types = dataWithoutErrors(GRAPHQL.post(
                "{ ticketTypes { type label condition discountCents notForRatings } }"));

        assertThat(types.getJsonArray("ticketTypes").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("type"), t -> t.getString("label"), t -> t.getString("condition"),
                        t -> t.getInt("discountCents"), t -> t.getJsonArray("notForRatings").getValuesAs(
                                JsonString.class).stream().map(JsonString::getString).toList())
                .containsExactly(
                        tuple("ADULT", "Adult", "", 0, List.of()),
                        tuple("CHILD", "Child", "Under 15", 350, List.of("15", "18")),
                        tuple("SENIOR", "Senior", "65 and over", 250, List.of()),
                        tuple("STUDENT", "Student", "With a valid student card", 200, List.of()));
    }

    @Test
    void childAndSeniorArePricedOffTheFullPriceAndCheckoutChargesTheNewTotal() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer alice = customer();
        String bookingId = hold(alice, showtime, C1, E1, F1);

        JsonObject chosen = dataWithoutErrors(choose(alice.http(), bookingId, C1, "CHILD", F1, "SENIOR"))
                .getJsonObject("chooseTicketTypes");

        // C1 10.00 - 3.50; E1 12.00 as it was; F1 14.00 (VIP surcharge included) - 2.50.
        assertThat(tickets(chosen)).containsExactly(tuple("C1", "CHILD", 650), tuple("E1", "ADULT", 1200),
                tuple("F1", "SENIOR", 1150));
        assertThat(chosen.getInt("subtotalCents")).isEqualTo(3000);
        assertThat(chosen.getInt("discountCents")).isZero();
        assertThat(chosen.getInt("totalCents")).isEqualTo(3000);
        JsonObject readBack = booking(alice, bookingId);
        assertThat(tickets(readBack)).isEqualTo(tickets(chosen));
        assertThat(readBack.getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getInt("fullPriceCents")).containsExactly(1000, 1200, 1400);
        assertThat(readBack.getInt("totalCents")).isEqualTo(3000);

        confirmed(alice, bookingId);

        assertThat(PLAYED.calls("charge", bookingId)).singleElement().satisfies(call ->
                assertThat(call.variables().getJsonObject("input").getInt("amountCents")).isEqualTo(3000));
        JsonObject paid = booking(alice, bookingId);
        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(tickets(paid)).isEqualTo(tickets(chosen));

        // Paid for: the tickets stay what they were paid as.
        JsonObject refused = choose(alice.http(), bookingId, C1, "ADULT");
        assertThat(firstErrorCode(refused)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(refused)).contains("CONFIRMED");
        assertThat(tickets(booking(alice, bookingId))).isEqualTo(tickets(chosen));
    }

    @Test
    void theDatabaseKeepsEachTicketsTypeAndFullPrice() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer bob = customer();
        String bookingId = hold(bob, showtime, C1, F1);

        dataWithoutErrors(choose(bob.http(), bookingId, C1, "STUDENT", F1, "CHILD"));

        long id = Long.parseLong(bookingId);
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.rows("SELECT seat_label, ticket_type, full_price_cents, price_cents FROM ticket "
                    + "WHERE booking_id = ? ORDER BY id", id))
                    .extracting(r -> r.get("seat_label"), r -> r.get("ticket_type"), r -> cents(r, "full_price_cents"),
                            r -> cents(r, "price_cents"))
                    .containsExactly(tuple("C1", "STUDENT", 1000, 800), tuple("F1", "CHILD", 1400, 1050));
            assertThat(db.rows("SELECT subtotal_cents, total_cents FROM booking WHERE id = ?", id))
                    .extracting(r -> cents(r, "subtotal_cents"), r -> cents(r, "total_cents"))
                    .containsExactly(tuple(1850, 1850));
        }
    }

    /** An amount column of a row read with SQL (its JDBC type differs between H2 and MySQL). */
    private static int cents(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    @Test
    void aChildTicketForAFifteenRatedFilmIsRefusedOnTicketsWithNothingChanged() {
        String showtime = scheduled("903", "811", freshDay(), 1000).getString("id");
        Customer carol = customer();
        String bookingId = hold(carol, showtime, C1, E1);

        JsonObject refused = choose(carol.http(), bookingId, C1, "SENIOR", E1, "CHILD");

        assertThat(firstErrorCode(refused)).isEqualTo("VALIDATION");
        assertThat(errorField(refused)).isEqualTo("tickets");
        assertThat(firstErrorMessage(refused)).contains("Child tickets are not sold for 15-rated films (seat E1)");
        assertUnchanged(carol, bookingId, 2200, "C1", "E1");

        // The other types are sold for it.
        assertThat(dataWithoutErrors(choose(carol.http(), bookingId, C1, "SENIOR", E1, "STUDENT"))
                .getJsonObject("chooseTicketTypes").getInt("totalCents")).isEqualTo(750 + 1000);
    }

    @Test
    void anotherCustomersBookingIsNotFound() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer dave = customer();
        Customer eve = customer();
        String bookingId = hold(dave, showtime, C1);

        JsonObject refused = choose(eve.http(), bookingId, C1, "SENIOR");

        assertThat(firstErrorCode(refused)).isEqualTo("NOT_FOUND");
        assertUnchanged(dave, bookingId, 1000, "C1");
    }

    @Test
    void aSeatNotInTheBookingIsRefusedNamingIt() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer fay = customer();
        String bookingId = hold(fay, showtime, C1);

        JsonObject refused = choose(fay.http(), bookingId, C1, "SENIOR", E1, "STUDENT");

        assertThat(firstErrorCode(refused)).isEqualTo("VALIDATION");
        assertThat(errorField(refused)).isEqualTo("tickets");
        assertThat(firstErrorMessage(refused)).contains("seat " + E1);
        assertUnchanged(fay, bookingId, 1000, "C1");
    }

    @Test
    void aCouponOnTheHoldIsQuotedAgainForTheNewTicketsAndCheckoutChargesThat() {
        Customer gus = customer();
        String bookingId = heldWithCoupon(gus, "WELCOME10");

        JsonObject chosen = dataWithoutErrors(choose(gus.http(), bookingId, C1, "CHILD"))
                .getJsonObject("chooseTicketTypes");

        // 6.50 + 12.00, and WELCOME10's 10 % of that as the coupon service quoted it for this subtotal
        assertThat(tickets(chosen)).containsExactly(tuple("C1", "CHILD", 650), tuple("E1", "ADULT", 1200));
        assertThat(chosen.getString("couponCode")).isEqualTo("WELCOME10");
        assertThat(chosen.getInt("subtotalCents")).isEqualTo(1850);
        assertThat(chosen.getInt("discountCents")).isEqualTo(185);
        assertThat(chosen.getInt("totalCents")).isEqualTo(1850 - 185);
        assertThat(PLAYED.calls("quoteCoupon", bookingId)).last().satisfies(call -> {
            assertThat(call.variables().getJsonObject("input").getString("code")).isEqualTo("WELCOME10");
            assertThat(call.variables().getJsonObject("input").getInt("subtotalCents")).isEqualTo(1850);
        });
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.rows("SELECT coupon_code, subtotal_cents, discount_cents, total_cents FROM booking "
                    + "WHERE id = ?", Long.parseLong(bookingId)))
                    .extracting(r -> r.get("coupon_code"), r -> cents(r, "subtotal_cents"),
                            r -> cents(r, "discount_cents"), r -> cents(r, "total_cents"))
                    .containsExactly(tuple("WELCOME10", 1850, 185, 1665));
        }

        confirmed(gus, bookingId);

        assertThat(PLAYED.calls("charge", bookingId)).singleElement().satisfies(call ->
                assertThat(call.variables().getJsonObject("input").getInt("amountCents")).isEqualTo(1665));
    }

    @Test
    void aCouponThatWouldNoLongerApplyRefusesTheChangeWithItsReasonAndNothingChanged() {
        Customer hal = customer();
        String bookingId = heldWithCoupon(hal, "FLAT5");

        // 18.50 is below FLAT5's minimum order of 20.00
        JsonObject refused = choose(hal.http(), bookingId, C1, "CHILD");

        assertThat(firstErrorCode(refused)).isEqualTo("COUPON_INVALID");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("reason"))
                .isEqualTo("MIN_ORDER");
        assertThat(firstErrorMessage(refused)).contains("Coupon FLAT5 would not apply to these tickets (MIN_ORDER)");
        JsonObject stored = booking(hal, bookingId);
        assertThat(stored.getString("couponCode")).isEqualTo("FLAT5");
        assertUnchanged(hal, bookingId, 2200 - 500, "C1", "E1");

        dataWithoutErrors(removeCoupon(hal, bookingId));
        assertThat(dataWithoutErrors(choose(hal.http(), bookingId, C1, "CHILD")).getJsonObject("chooseTicketTypes")
                .getInt("totalCents")).isEqualTo(650 + 1200);
    }

    /**
     * The customer's tabs at once: ticket types changed while WELCOME10 is applied and removed. Whatever order the
     * booking's row lock puts them in, each answers or is a CONFLICT, and after each round the stored discount is
     * the coupon's for the stored subtotal (none without the coupon): never one quoted for other tickets.
     */
    @Test
    void typeChangesRacingACouponBeingAppliedAndRemovedNeverKeepAStaleDiscount() throws Exception {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer ivy = customer();
        String bookingId = hold(ivy, showtime, C1, E1, F1);
        List<String> types = List.of("CHILD", "SENIOR", "STUDENT", "ADULT");

        for (int round = 0; round < 4; round++) {
            List<Callable<JsonObject>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String type = types.get((round + i) % types.size());
                long seat = List.of(C1, E1, F1).get(i % 3);
                calls.add(() -> choose(ivy.http(), bookingId, seat, type));
            }
            boolean removing = round % 2 == 0;
            calls.add(() -> applyCoupon(ivy, bookingId, "WELCOME10"));
            calls.add(() -> removing ? removeCoupon(ivy, bookingId) : applyCoupon(ivy, bookingId, "WELCOME10"));

            for (JsonObject answer : AllAtOnce.run(calls)) {
                if (answer.containsKey("errors")) {
                    assertThat(firstErrorCode(answer)).as(answer.toString()).isEqualTo("CONFLICT");
                }
            }
            JsonObject stored = booking(ivy, bookingId);
            int subtotal = stored.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                    .mapToInt(t -> t.getInt("priceCents")).sum();
            int discount = stored.isNull("couponCode") ? 0 : Math.min(500, subtotal / 10);
            assertThat(stored.getInt("subtotalCents")).as("round %d: %s", round, stored).isEqualTo(subtotal);
            assertThat(stored.getInt("discountCents")).as("round %d: %s", round, stored).isEqualTo(discount);
            assertThat(stored.getInt("totalCents")).as("round %d: %s", round, stored).isEqualTo(subtotal - discount);
        }
    }
}
