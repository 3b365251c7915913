package com.cinema.system.browser;

import com.cinema.system.SeatRuleCheck;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh customer account for one browser test (so that once-per-customer coupons and "my bookings" hold only
 * what the test did), with the API short cuts a test uses to set the scene before the browser takes over.
 */
final class Customer {

    static final String PASSWORD = "Popcorn-Checkout-2026";
    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";

    final String email;
    final GraphQlHttp api;

    private Customer(String email, GraphQlHttp api) {
        this.email = email;
        this.api = api;
    }

    static Customer register() {
        return register("Checkout Fan");
    }

    /** A fresh customer with a name of its own: where two customers meet (a review and its reporter), told apart. */
    static Customer register(String fullName) {
        String email = "checkout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        GraphQlHttp gateway = new GraphQlHttp(ShowtimeFixture.GATEWAY);
        JsonObject input = Json.createObjectBuilder().add("email", email).add("fullName", fullName)
                .add("password", PASSWORD).build();
        JsonObject auth = data(gateway.post("mutation($in: RegisterInput!) { register(input: $in) { accessToken } }",
                Map.of("in", input)), "register");
        return new Customer(email, gateway.withBearer(auth.getString("accessToken")));
    }

    /**
     * Holds the first {@code count} available seats of the showtime side by side that strand no seat (the seat rules
     * are on in the demo cinemas); returns the booking.
     */
    JsonObject hold(String showtimeId, int count) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        seatsToHold(showtimeId, count).forEach(ids::add);
        return data(api.post("mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s, seatIds: $ids) { id code totalCents holdExpiresAt } }",
                Map.of("s", showtimeId, "ids", ids.build())), "holdSeats");
    }

    /**
     * Ids of the first {@code count} free seats side by side that a hold may take without stranding a seat (the seat
     * rules are on in the demo cinemas, and which demo auditorium the fixture picked is random).
     */
    List<String> seatsToHold(String showtimeId, int count) {
        JsonObject map = data(api.post("query($s: ID!) { seatMap(showtimeId: $s) { seats { seatId label x y type status } } }",
                Map.of("s", showtimeId)), "seatMap");
        List<String> run = SeatRuleCheck.conformingRun(map.getJsonArray("seats").getValuesAs(JsonObject.class), count);
        if (run.isEmpty()) {
            throw new IllegalStateException("no " + count + " seats side by side left in showtime " + showtimeId);
        }
        return run;
    }

    JsonObject buy(String showtimeId, int count) {
        String bookingId = hold(showtimeId, count).getString("id");
        JsonObject card = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", GOOD_CARD).add("expMonth", 12)
                .add("expYear", OffsetDateTime.now().getYear() + 3).add("cvc", "123").add("cardholderName", "Checkout Fan").build();
        return data(api.post("mutation($b: ID!, $p: PaymentInput!, $k: String!) { checkout(bookingId: $b, payment: $p, idempotencyKey: $k) { id code status totalCents } }",
                Map.of("b", bookingId, "p", card, "k", UUID.randomUUID().toString())), "checkout");
    }

    /** The text of the QR code on a confirmed booking's ticket: the pass the door scans. */
    String ticketPass(String bookingId) {
        return com.cinema.system.TicketQr.payload(api, bookingId);
    }

    JsonObject booking(String bookingId) {
        return data(api.post("query($b: ID!) { booking(id: $b) { id code userId status subtotalCents discountCents totalCents currency couponCode"
                + " tickets { seatLabel } showtime { startsAt endsAt } payment { id status amountCents refundedCents receiptNumber } } }",
                Map.of("b", bookingId)), "booking");
    }

    static JsonObject data(JsonObject response, String field) {
        if (response.containsKey("errors") || response.get("data") == JsonValue.NULL) {
            throw new IllegalStateException(field + " failed: " + response);
        }
        return response.getJsonObject("data").getJsonObject(field);
    }

    static List<String> seatLabels(JsonObject booking) {
        return booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream().map(t -> t.getString("seatLabel")).toList();
    }
}
