package com.cinema.booking.it;

import com.cinema.testing.GraphQlStub;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the payment, coupon and user services for the checkout ITs, on the booking ITs' {@link GraphQlStub}.
 *
 * <p>Payment: one payment per (customer, idempotency key), as the real service scopes keys (the same key with another card is CONFLICT, as the real service
 * answers); card {@value #DECLINING_CARD} is PAYMENT_DECLINED with reason, retryable and paymentId; for bookings
 * in {@link #loseChargeAnswer} the charge is taken but its answer lost (INTERNAL), and for those in
 * {@link #lookupDown} the lookup by key fails too. Coupon: WELCOME10 takes 10 % (at most 500); FLAT5 takes 500 off
 * an order of 2000 or more (MIN_ORDER below, as the demo coupon); anything else is invalid (UNKNOWN). User: {@code serviceToken} answers a SERVICE token signed with the platform's test key, and
 * {@code contactPreferences} answers every customer as {@code u<id>@cinema.test} (or their {@link #changedEmail})
 * without a phone (so no SMS: not opted in), wanting reminders unless their id is in {@link #remindersOff}; a customer
 * in {@link #closedAccounts} is unknown (null), as the real service answers for a closed account.
 */
final class StubCheckoutServices {

    static final StubCheckoutServices PLAYED = new StubCheckoutServices();
    static final String GOOD_CARD = "4242424242424242";
    static final String OTHER_GOOD_CARD = "5555555555554444";
    static final String DECLINING_CARD = "4000000000000002";

    /** A payment as the stub keeps it. */
    record Payment(long id, String bookingId, int amountCents, String currency, String card, String status) {
    }

    /** Payments by {@link #ownedKey}: a key is its customer's own, as at the real payment service. */
    final Map<String, Payment> paymentsByKey = new ConcurrentHashMap<>();
    final Map<String, String> refundsByKey = new ConcurrentHashMap<>();
    final Map<String, String> couponsByBooking = new ConcurrentHashMap<>();
    final Set<String> loseChargeAnswer = ConcurrentHashMap.newKeySet();
    final Set<String> lookupDown = ConcurrentHashMap.newKeySet();
    /** Customers (user ids) who turned off the reminders before each showing. */
    final Set<String> remindersOff = ConcurrentHashMap.newKeySet();
    /** Customers (user ids) whose account e-mail address changed since they booked: the new address. */
    final Map<String, String> changedEmail = new ConcurrentHashMap<>();
    /** Customers (user ids) whose account is closed. */
    final Set<String> closedAccounts = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong(70_000 + System.nanoTime() % 10_000 * 100);
    private final TestTokens tokens = TestTokens.forPlatform();
    private GraphQlStub stub;

    private StubCheckoutServices() {
    }

    void playOn(GraphQlStub target) {
        stub = target;
        target.on("charge", this::charge)
                .on("paymentByIdempotencyKey", this::paymentByKey)
                .on("refund", this::refund)
                .on("quoteCoupon", call -> quote(call.variables().getJsonObject("input")))
                .on("reserveCoupon", this::reserve)
                .on("redeemCoupon", call -> couponStatus(call, "REDEEMED"))
                .on("releaseCoupon", call -> couponStatus(call, "RELEASED"))
                .on("contactPreferences", this::contactPreferences)
                .on("serviceToken", call -> Json.createObjectBuilder()
                        .add("accessToken", tokens.signed(TestTokens.claims("booking", "booking@service.cinema",
                                List.of("SERVICE")).build()))
                        .add("expiresIn", 900).build());
    }

    /** The calls of one operation that concern this booking (by its bookingId variable or input). */
    List<GraphQlStub.Call> calls(String operation, String bookingId) {
        return stub.calls(operation).stream().filter(c -> bookingId.equals(bookingIdOf(c))).toList();
    }

    List<GraphQlStub.Call> calls(String operation) {
        return stub.calls(operation);
    }

    private static String bookingIdOf(GraphQlStub.Call call) {
        JsonObject variables = call.variables();
        if (variables.containsKey("input") && variables.getJsonObject("input").containsKey("bookingId")) {
            return variables.getJsonObject("input").getString("bookingId");
        }
        return call.variable("bookingId");
    }

    private JsonValue charge(GraphQlStub.Call call) {
        JsonObject input = call.variables().getJsonObject("input");
        String key = input.getString("idempotencyKey");
        String bookingId = input.getString("bookingId");
        String card = input.getString("cardNumber", "");
        pause(50); // a processor takes a moment, so concurrent repeats really overlap
        Payment candidate = new Payment(ids.incrementAndGet(), bookingId, input.getInt("amountCents"),
                input.getString("currency"), card, DECLINING_CARD.equals(card) ? "FAILED" : "SUCCEEDED");
        Payment payment = paymentsByKey.computeIfAbsent(ownedKey(subjectOf(call), key), k -> candidate);
        if (!payment.card().equals(card) || payment.amountCents() != candidate.amountCents()) {
            throw new GraphQlStub.ErrorAnswer("CONFLICT", "idempotencyKey: this key was already used for a different charge");
        }
        if (loseChargeAnswer.contains(bookingId)) {
            throw new GraphQlStub.ErrorAnswer("INTERNAL", "the answer was lost");
        }
        if ("FAILED".equals(payment.status())) {
            throw new GraphQlStub.ErrorAnswer("PAYMENT_DECLINED", "Your card was declined", Json.createObjectBuilder()
                    .add("reason", "CARD_DECLINED").add("retryable", false)
                    .add("paymentId", String.valueOf(payment.id())).build());
        }
        return view(payment);
    }

    private JsonValue contactPreferences(GraphQlStub.Call call) {
        String userId = call.variable("userId");
        if (closedAccounts.contains(userId)) {
            return JsonValue.NULL;
        }
        return Json.createObjectBuilder().add("userId", userId)
                .add("email", changedEmail.getOrDefault(userId, "u" + userId + "@cinema.test"))
                .addNull("phone").add("smsOptIn", false).add("reminders", !remindersOff.contains(userId)).build();
    }

    private JsonValue paymentByKey(GraphQlStub.Call call) {
        Payment payment = paymentsByKey.get(ownedKey(call.variable("userId"), call.variable("idempotencyKey")));
        if (payment != null && lookupDown.contains(payment.bookingId())) {
            throw new GraphQlStub.ErrorAnswer("INTERNAL", "lookups are down");
        }
        return payment == null ? JsonValue.NULL : view(payment);
    }

    private JsonValue refund(GraphQlStub.Call call) {
        JsonObject input = call.variables().getJsonObject("input");
        String paymentId = input.getString("paymentId");
        refundsByKey.putIfAbsent(input.getString("idempotencyKey"), paymentId);
        // Payments of earlier runs (the test server keeps its database, the stub does not) are refunded too.
        Payment payment = paymentsByKey.values().stream().filter(p -> String.valueOf(p.id()).equals(paymentId))
                .findFirst().orElseGet(() -> new Payment(Long.parseLong(paymentId), "0", 1, "GBP", "", "SUCCEEDED"));
        return Json.createObjectBuilder(view(payment)).add("status", "REFUNDED").build();
    }

    /** The stub's key of a customer's payment: the customer's id and their idempotency key. */
    static String ownedKey(String userId, String idempotencyKey) {
        return userId + "/" + idempotencyKey;
    }

    /** The customer a charge is for: the subject of the bearer token the booking service passed on. */
    private static String subjectOf(GraphQlStub.Call call) {
        String token = call.header("Authorization").substring("Bearer ".length());
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(claims))) {
            return reader.readObject().getString("sub");
        }
    }

    /** How many distinct refunds (by key) the payment had. */
    long refundsOf(long paymentId) {
        return refundsByKey.values().stream().filter(id -> id.equals(String.valueOf(paymentId))).count();
    }

    private static JsonObject view(Payment payment) {
        JsonObjectBuilder view = Json.createObjectBuilder().add("id", String.valueOf(payment.id()))
                .add("bookingId", payment.bookingId()).add("amountCents", payment.amountCents())
                .add("currency", payment.currency()).add("status", payment.status());
        if ("FAILED".equals(payment.status())) {
            view.add("failureReason", "CARD_DECLINED");
        }
        return view.build();
    }

    private static JsonObject quote(JsonObject input) {
        String code = input.getString("code");
        if ("WELCOME10".equals(code)) {
            return Json.createObjectBuilder().add("code", code).add("valid", true)
                    .add("discountCents", Math.min(500, input.getInt("subtotalCents") / 10)).build();
        }
        if ("FLAT5".equals(code) && input.getInt("subtotalCents") >= 2000) {
            return Json.createObjectBuilder().add("code", code).add("valid", true).add("discountCents", 500).build();
        }
        if ("FLAT5".equals(code)) {
            return Json.createObjectBuilder().add("code", code).add("valid", false).add("discountCents", 0)
                    .add("reason", "MIN_ORDER").build();
        }
        return Json.createObjectBuilder().add("code", code).add("valid", false).add("discountCents", 0)
                .add("reason", "UNKNOWN").build();
    }

    private JsonValue reserve(GraphQlStub.Call call) {
        JsonObject input = call.variables().getJsonObject("input");
        JsonObject quote = quote(input);
        if (!quote.getBoolean("valid")) {
            throw new GraphQlStub.ErrorAnswer("COUPON_INVALID", "Coupon is not valid",
                    Json.createObjectBuilder().add("reason", quote.getString("reason")).build());
        }
        couponsByBooking.put(input.getString("bookingId"), "RESERVED");
        return reservation(input.getString("bookingId"), input.getString("code"), quote.getInt("discountCents"),
                "RESERVED");
    }

    private JsonValue couponStatus(GraphQlStub.Call call, String status) {
        String bookingId = call.variable("bookingId");
        if (couponsByBooking.computeIfPresent(bookingId, (id, before) -> status) == null) {
            return JsonValue.NULL;
        }
        return reservation(bookingId, "WELCOME10", 0, status);
    }

    private static JsonObject reservation(String bookingId, String code, int discount, String status) {
        return Json.createObjectBuilder().add("id", bookingId).add("bookingId", bookingId).add("code", code)
                .add("discountCents", discount).add("status", status).build();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
