package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Year;
import java.util.Map;

/** The payment service's operations, called with one caller's token; inputs are built as JSON, never by concatenation. */
final class PaymentCalls {

    static final String PAYMENT_FIELDS = "id bookingId amountCents currency method status cardBrand cardLast4"
            + " failureReason refundedCents receiptNumber createdAt";
    static final int NEXT_YEAR = Year.now().getValue() + 1;

    final GraphQlHttp graphql;
    final long userId;

    PaymentCalls(GraphQlHttp graphql, long userId) {
        this.graphql = graphql;
        this.userId = userId;
    }

    /** A card charge input with valid expiry, CVC and holder; tests change what they need. */
    static JsonObjectBuilder card(String number, long bookingId, int amountCents, String currency, String key) {
        return base("CARD", bookingId, amountCents, currency, key)
                .add("cardNumber", number).add("expMonth", 12).add("expYear", NEXT_YEAR)
                .add("cvc", number.startsWith("3") ? "1234" : "123").add("cardholderName", "Ada Lovelace");
    }

    static JsonObjectBuilder wallet(String token, long bookingId, int amountCents, String key) {
        return base("WALLET", bookingId, amountCents, "GBP", key).add("walletToken", token);
    }

    static JsonObjectBuilder giftCard(String code, long bookingId, int amountCents, String currency, String key) {
        return base("GIFT_CARD", bookingId, amountCents, currency, key).add("giftCardCode", code);
    }

    private static JsonObjectBuilder base(String method, long bookingId, int amountCents, String currency, String key) {
        return Json.createObjectBuilder().add("bookingId", String.valueOf(bookingId)).add("amountCents", amountCents)
                .add("currency", currency).add("idempotencyKey", key).add("method", method);
    }

    /** The whole response of {@code charge}. */
    JsonObject charge(JsonObjectBuilder input) {
        return graphql.post("mutation($input: ChargeInput!) { charge(input: $input) { " + PAYMENT_FIELDS + " } }",
                Map.of("input", input.build()));
    }

    JsonObject refund(long paymentId, Integer amountCents, String key) {
        JsonObjectBuilder input = Json.createObjectBuilder().add("paymentId", String.valueOf(paymentId))
                .add("reason", "customer cancelled").add("idempotencyKey", key);
        input.add("amountCents", amountCents == null ? JsonValue.NULL : Json.createValue(amountCents));
        return graphql.post("mutation($input: RefundInput!) { refund(input: $input) { " + PAYMENT_FIELDS + " } }",
                Map.of("input", input.build()));
    }

    JsonObject payment(long id) {
        return graphql.post("query($id: ID!) { payment(id: $id) { " + PAYMENT_FIELDS + " } }", Map.of("id", String.valueOf(id)));
    }

    JsonObject paymentsByBookingIds(long... bookingIds) {
        var ids = Json.createArrayBuilder();
        for (long id : bookingIds) {
            ids.add(String.valueOf(id));
        }
        return graphql.post("query($ids: [String!]!) { paymentsByBookingIds(bookingIds: $ids) { " + PAYMENT_FIELDS + " } }",
                Map.of("ids", ids.build()));
    }

    JsonObject paymentByKey(String key, Long userId) {
        return graphql.post("query($key: String!, $user: ID) { paymentByIdempotencyKey(idempotencyKey: $key, userId: $user)"
                + " { " + PAYMENT_FIELDS + " } }", userId == null ? Map.of("key", key) : Map.of("key", key, "user", String.valueOf(userId)));
    }

    JsonObject myPayments() {
        return graphql.post("{ myPayments { " + PAYMENT_FIELDS + " } }");
    }

    JsonObject myPayments(int page) {
        return graphql.post("query($p: Int) { myPayments(page: $p) { " + PAYMENT_FIELDS + " } }", Map.of("p", page));
    }

    /** The payment an operation returned (data.<operation>), or null. */
    static JsonObject paymentOf(JsonObject response, String operation) {
        if (!response.containsKey("data") || response.isNull("data")) {
            return null;
        }
        JsonObject data = response.getJsonObject("data");
        return data.isNull(operation) ? null : data.getJsonObject(operation);
    }

    /** {@code extensions} of the first error, or an empty object. */
    static JsonObject errorExtensions(JsonObject response) {
        if (!response.containsKey("errors") || response.isNull("errors")) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
    }

    static long id(JsonObject payment) {
        return Long.parseLong(payment.getString("id"));
    }
}
