package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.cinema.system.CheckoutIT.CANCEL;
import static com.cinema.system.CheckoutIT.card;
import static com.cinema.system.CheckoutIT.checkout;
import static com.cinema.system.CheckoutIT.hold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21, SMS through a pluggable provider, end to end: the whole platform runs with the HTTP SMS provider pointed
 * at {@link #GATEWAY_PORT} ({@link Platform}'s environment), where this test runs a fake SMS gateway (JDK HttpServer)
 * that answers every message's first request 503 and later ones 200. Customers really registered through the
 * gateway: one opted in to SMS in their profile gets the confirmation, the cancellation and the showtime
 * cancellation by SMS, each exactly once after one retry, with one idempotency key per message; one who did not opt
 * in gets e-mails only and no SMS ever reaches the gateway for them.
 */
@ExtendWith(PlatformExtension.class)
@Order(65)
class SmsNotificationsIT {

    /** The port Platform gives the booking servers as CINEMA_SMS_HTTP_URL (the SMS gateway "in the cloud"). */
    static final int GATEWAY_PORT = 3095;
    static final String GATEWAY_PATH = "/sms";

    private static final String PASSWORD = "Popcorn-And-Films-1";
    private static final String REGISTER = "mutation($in: RegisterInput!) { register(input: $in) { accessToken "
            + "user { id smsOptIn } } }";
    private static final String UPDATE = "mutation($in: ProfileInput!) { updateProfile(input: $in) { id phone "
            + "smsOptIn } }";

    /** One request the fake gateway received, and what it answered. */
    record Received(String idempotencyKey, String authorization, String to, String text, String reference,
                    int answered) {
    }

    private static HttpServer smsGateway;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> attemptsByKey = new ConcurrentHashMap<>();
    private static Fixtures fixtures;
    private static String showtimeId;
    private static List<String> seatIds;

    @BeforeAll
    static void startTheFakeSmsGateway() throws IOException {
        smsGateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), GATEWAY_PORT), 0);
        smsGateway.createContext(GATEWAY_PATH, exchange -> {
            try (exchange) {
                JsonObject body = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8))).readObject();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                // The first request of each message finds the gateway overloaded; the retry gets through.
                int attempt = attemptsByKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
                int status = attempt == 1 ? 503 : 200;
                received.add(new Received(key, exchange.getRequestHeaders().getFirst("Authorization"),
                        body.getString("to", null), body.getString("text", null), body.getString("reference", null),
                        status));
                byte[] answer = (status == 200 ? "{\"id\":\"sms-" + attempt + "\"}" : "{\"error\":\"busy\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        smsGateway.start();
        fixtures = new Fixtures();
        showtimeId = fixtures.freshShowtime(2, 5).getString("id");
        seatIds = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
    }

    @AfterAll
    static void stopTheFakeSmsGateway() {
        if (smsGateway != null) {
            smsGateway.stop(0);
        }
    }

    @Test
    void anOptedInCustomerGetsEachMessageBySmsOnceAfterARetryAndOthersGetNone() throws Exception {
        String phone = "+4477009" + String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
        GraphQlHttp texted = registered("texted", phone, true);
        String quietPhone = "+4477008" + String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
        GraphQlHttp quiet = registered("quiet", quietPhone, false);

        Purchase first = buy(texted, seatIds.subList(0, 2));
        Purchase second = buy(texted, seatIds.subList(2, 3));
        Purchase quietOne = buy(quiet, seatIds.subList(3, 4));

        // Confirmation: one failed attempt (503), one delivered (200), the same key; nothing afterwards.
        List<Received> confirmation = awaitDelivered(first, "booking_confirmed");
        assertThat(confirmation.get(0).to()).isEqualTo(phone);
        assertThat(confirmation.get(1).text()).contains(first.code()).contains("confirmed");
        awaitDelivered(second, "booking_confirmed");

        // Cancellation by the customer, and the cinema cancelling the showing of the other booking.
        JsonObject cancelled = Fixtures.data(texted.post(CANCEL, Map.of("b", first.bookingId())), "cancelBooking");
        assertThat(cancelled.getString("status")).isIn("CANCELLED", "REFUNDED");
        List<Received> cancellation = awaitDelivered(first, "booking_cancelled");
        assertThat(cancellation.get(1).text()).contains(first.code()).contains("cancelled").contains("Refund");
        JsonObject showing = Fixtures.data(fixtures.admin.post("mutation($id: ID!) { cancelShowtime(id: $id) { id "
                + "status } }", Map.of("id", showtimeId)), "cancelShowtime");
        assertThat(showing.getString("status")).isEqualTo("CANCELLED");
        List<Received> showtimeCancelled = awaitDelivered(second, "showtime_cancelled");
        assertThat(showtimeCancelled.get(1).text()).contains(second.code()).contains("cinema cancelled");

        // Several more sending rounds (every second, retries after 1-2 s; Platform): a second delivery of anything
        // would have come by now.
        Thread.sleep(6_000);
        for (Purchase purchase : List.of(first, second)) {
            for (String kind : List.of("booking_confirmed", "booking_cancelled", "showtime_cancelled")) {
                List<Received> requests = requestsFor(purchase, kind);
                if (!requests.isEmpty()) {
                    assertThat(requests).as(kind + " of " + purchase.code()).extracting(Received::answered)
                            .containsExactly(503, 200);
                }
            }
        }
        assertThat(requestsFor(second, "booking_cancelled")).as("the showing was cancelled, not the booking").isEmpty();
        assertThat(received).as("every request is one of the opted-in customer's three messages and their retries")
                .allSatisfy(r -> assertThat(r.to()).isEqualTo(phone));
        assertThat(received.stream().filter(r -> r.answered() == 200).map(Received::idempotencyKey).distinct().count())
                .isEqualTo(received.stream().filter(r -> r.answered() == 200).count());

        // The customer who did not opt in: never texted, but their e-mails still go out.
        assertThat(received).noneMatch(r -> quietPhone.equals(r.to()) || r.text().contains(quietOne.code()));
        assertThat(requestsFor(quietOne, "booking_confirmed")).isEmpty();
        assertThat(Polling.eventually(Duration.ofSeconds(30),
                () -> PlatformExtension.platform().mailFilesMentioning(quietOne.code()) >= 1))
                .as("the e-mail channel is not held up by the skipped SMS").isTrue();
    }

    /** A customer registered through the gateway with a phone, opted in to SMS or not through the profile. */
    private static GraphQlHttp registered(String name, String phone, boolean smsOptIn) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        JsonObject auth = Fixtures.data(fixtures.gateway.post(REGISTER, Map.of("in", Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("fullName", "Sam " + name).add("phone", phone)
                .build())), "register");
        assertThat(auth.getJsonObject("user").getBoolean("smsOptIn")).as("nobody is texted without asking").isFalse();
        GraphQlHttp customer = fixtures.gateway.withBearer(auth.getString("accessToken"));
        JsonObject profile = Fixtures.data(customer.post(UPDATE, Map.of("in", Json.createObjectBuilder()
                .add("fullName", "Sam " + name).add("phone", phone).add("smsOptIn", smsOptIn).build())),
                "updateProfile");
        assertThat(profile.getBoolean("smsOptIn")).isEqualTo(smsOptIn);
        return customer;
    }

    record Purchase(String bookingId, String code) {
    }

    private static Purchase buy(GraphQlHttp customer, List<String> seats) {
        String bookingId = hold(customer, showtimeId, seats).getString("id");
        JsonObject confirmed = Fixtures.data(checkout(customer, bookingId, card(CheckoutIT.GOOD_CARD),
                UUID.randomUUID().toString()), "checkout");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        return new Purchase(bookingId, confirmed.getString("code"));
    }

    /** The requests for one message: key booking-{id}.{kind}.sms. */
    private static List<Received> requestsFor(Purchase purchase, String kind) {
        String key = "booking-" + purchase.bookingId() + "." + kind + ".sms";
        return received.stream().filter(r -> key.equals(r.idempotencyKey())).toList();
    }

    /** Waits for the message's delivery (its 200) and returns its requests: 503 then 200, one key, one reference. */
    private static List<Received> awaitDelivered(Purchase purchase, String kind) throws InterruptedException {
        assertThat(Polling.eventually(Duration.ofSeconds(60), () -> requestsFor(purchase, kind).stream()
                .anyMatch(r -> r.answered() == 200)))
                .as(kind + " SMS of booking " + purchase.bookingId() + " delivered; received: " + received).isTrue();
        List<Received> requests = requestsFor(purchase, kind);
        assertThat(requests).extracting(Received::answered).containsExactly(503, 200);
        assertThat(requests).extracting(Received::reference).containsOnly(requests.get(0).idempotencyKey());
        assertThat(requests).extracting(Received::authorization).containsOnly("Bearer system-test-sms-token");
        return requests;
    }


}
