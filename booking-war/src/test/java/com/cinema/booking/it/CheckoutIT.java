package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.MetricsScrape;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.BOOKING_FIELDS;
import static com.cinema.booking.it.BookingIt.createShowtime;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.seatEvents;
import static com.cinema.booking.it.BookingIt.seatStatuses;
import static com.cinema.booking.it.StubCheckoutServices.DECLINING_CARD;
import static com.cinema.booking.it.StubCheckoutServices.GOOD_CARD;
import static com.cinema.booking.it.StubCheckoutServices.OTHER_GOOD_CARD;
import static com.cinema.booking.it.StubCheckoutServices.PLAYED;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstError;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checkout saga on the test server, with payment, coupon and user played by {@link StubCheckoutServices}
 * and the confirmation mail received by GreenMail: confirm, decline, ten concurrent calls with one key, cancel
 * before and after the cut-off, staff refund, the reconciler settling a lost answer, a cancelled showtime.
 */
@MicroShedTest
class CheckoutIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 15925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PAID_FIELDS = BOOKING_FIELDS + " paymentId";

    private record Customer(String id, String email, String authorization, GraphQlHttp http) {
    }

    private static Customer customer() {
        String id = newUserId();
        String email = "u" + id + "@cinema.test";
        String token = BookingIt.TOKENS.user(id, email);
        return new Customer(id, email, "Bearer " + token, BookingIt.GRAPHQL.withBearer(token));
    }

    private static JsonObject checkout(Customer who, String bookingId, String key, String card) {
        JsonObject payment = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", card)
                .add("expMonth", 12).add("expYear", 2031).add("cvc", "123").add("cardholderName", "Test Customer").build();
        return who.http().post("mutation($b: ID!, $p: PaymentInput!, $k: String!) { checkout(bookingId: $b, payment: $p, "
                + "idempotencyKey: $k) { " + PAID_FIELDS + " } }", Map.of("b", bookingId, "p", payment, "k", key));
    }

    private static JsonObject confirmed(Customer who, String bookingId) {
        JsonObject booking = dataWithoutErrors(checkout(who, bookingId, UUID.randomUUID().toString(), GOOD_CARD))
                .getJsonObject("checkout");
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        return booking;
    }

    private static JsonObject booking(GraphQlHttp as, String id) {
        return dataWithoutErrors(as.post("query($id: ID!) { booking(id: $id) { " + PAID_FIELDS + " } }",
                Map.of("id", id))).getJsonObject("booking");
    }

    private static String hold(Customer who, String showtimeId, char row, int... numbers) {
        List<Long> seats = new ArrayList<>();
        for (int n : numbers) {
            seats.add(seatId(811, row, n));
        }
        return held(who.http(), showtimeId, seats).getString("id");
    }

    @Test
    void checkoutWithACouponConfirmsSellsTheSeatsAndMailsTheCustomerOnce() throws Exception {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer alice = customer();
        String bookingId = hold(alice, showtime, 'C', 1, 2);

        JsonObject withCoupon = dataWithoutErrors(alice.http().post("mutation($b: ID!) { applyCoupon(bookingId: $b, "
                + "code: \"welcome10\") { " + BOOKING_FIELDS + " } }", Map.of("b", bookingId))).getJsonObject("applyCoupon");
        assertThat(withCoupon.getString("couponCode")).isEqualTo("WELCOME10");
        assertThat(withCoupon.getInt("discountCents")).isEqualTo(200);
        assertThat(withCoupon.getInt("totalCents")).isEqualTo(1800);

        double confirmedBefore = checkouts("confirmed");
        JsonObject paid = dataWithoutErrors(checkout(alice, bookingId, UUID.randomUUID().toString(), GOOD_CARD))
                .getJsonObject("checkout");

        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(checkouts("confirmed") - confirmedBefore).isEqualTo(1.0);
        assertThat(paid.getInt("totalCents")).isEqualTo(1800);
        assertThat(paid.getJsonArray("tickets")).hasSize(2);
        assertThat(paid.getString("paymentId")).isNotBlank();
        List<GraphQlStub.Call> charges = PLAYED.calls("charge", bookingId);
        assertThat(charges).singleElement().satisfies(call -> {
            assertThat(call.variables().getJsonObject("input").getInt("amountCents")).isEqualTo(1800);
            assertThat(call.header("Authorization")).isEqualTo(alice.authorization());
        });
        assertThat(PLAYED.calls("reserveCoupon", bookingId)).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo(alice.authorization()));
        // Redeemed at once, or by the reconciler if the service token could not be had yet.
        assertThat(eventually(Duration.ofSeconds(20), () -> "REDEEMED".equals(PLAYED.couponsByBooking.get(bookingId))))
                .isTrue();
        assertThat(PLAYED.calls("redeemCoupon", bookingId)).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).startsWith("Bearer ")
                        .isNotEqualTo(alice.authorization()));
        assertThat(seatStatuses(showtime)).containsEntry("C1", "SOLD").containsEntry("C2", "SOLD");

        assertThat(eventually(Duration.ofSeconds(20), () -> mailsTo(alice.email()) >= 1)).isTrue();
        Thread.sleep(1500); // a second delivery would have happened by now
        assertThat(mailsTo(alice.email())).isEqualTo(1);
    }

    private static double checkouts(String outcome) {
        return MetricsScrape.of(BookingIt.BASE).value("booking_checkouts_total", l -> l.contains("outcome=\"" + outcome + "\""));
    }

    private static double refunds(String kind) {
        return MetricsScrape.of(BookingIt.BASE).value("booking_refunds_total", l -> l.contains("kind=\"" + kind + "\""));
    }

    /**
     * Whether the payment is refunded exactly once: at once, or by the reconciler when the refund failed at first
     * (e.g. the user service's circuit breaker still open from before the stub started).
     */
    private static boolean refundedOnce(long paymentId) {
        boolean refunded = eventually(Duration.ofSeconds(20), () -> PLAYED.refundsOf(paymentId) >= 1);
        return refunded && PLAYED.refundsOf(paymentId) == 1;
    }

    private static long mailsTo(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    @Test
    void declineKeepsTheHoldReleasesTheCouponAndPassesTheReasonOn() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer bob = customer();
        String bookingId = hold(bob, showtime, 'C', 3);
        dataWithoutErrors(bob.http().post("mutation($b: ID!) { applyCoupon(bookingId: $b, code: \"WELCOME10\") { id } }",
                Map.of("b", bookingId)));

        double declinedBefore = checkouts("declined");
        JsonObject refused = checkout(bob, bookingId, UUID.randomUUID().toString(), DECLINING_CARD);

        assertThat(firstErrorCode(refused)).isEqualTo("PAYMENT_DECLINED");
        assertThat(checkouts("declined") - declinedBefore).isEqualTo(1.0);
        JsonObject extensions = firstError(refused).getJsonObject("extensions");
        assertThat(extensions.getString("reason")).isEqualTo("CARD_DECLINED");
        assertThat(extensions.getBoolean("retryable")).isFalse();
        assertThat(extensions.getString("paymentId")).isNotBlank();
        JsonObject after = booking(bob.http(), bookingId);
        assertThat(after.getString("status")).isEqualTo("HELD");
        assertThat(after.getString("couponCode")).isEqualTo("WELCOME10");
        assertThat(PLAYED.couponsByBooking).containsEntry(bookingId, "RELEASED");
        assertThat(seatStatuses(showtime)).containsEntry("C3", "HELD");

        assertThat(confirmed(bob, bookingId).getInt("totalCents")).isEqualTo(900);
    }

    @Test
    void tenConcurrentCheckoutsWithOneKeyConfirmOnceAndAnotherCardIsConflict() throws Exception {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer carol = customer();
        String bookingId = hold(carol, showtime, 'D', 1, 2, 3);
        String key = UUID.randomUUID().toString();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonObject>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<JsonObject> call = () -> {
                start.await();
                return checkout(carol, bookingId, key, GOOD_CARD);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<String> paymentIds = new ArrayList<>();
        for (Future<JsonObject> answer : answers) {
            JsonObject response = answer.get(60, TimeUnit.SECONDS);
            if (response.containsKey("errors")) {
                assertThat(firstErrorCode(response)).as(response.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
            } else {
                JsonObject booking = response.getJsonObject("data").getJsonObject("checkout");
                assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
                paymentIds.add(booking.getString("paymentId"));
            }
        }
        pool.shutdown();

        assertThat(paymentIds).isNotEmpty();
        String charged = String.valueOf(PLAYED.paymentsByKey.get(StubCheckoutServices.ownedKey(carol.id(), key)).id());
        assertThat(paymentIds).containsOnly(charged);
        assertThat(PLAYED.paymentsByKey.values().stream().filter(p -> p.bookingId().equals(bookingId))).hasSize(1);
        assertThat(PLAYED.calls("charge", bookingId)).hasSizeBetween(1, 10);
        // One confirmation: each seat became SOLD exactly once (events show once settled).
        assertThat(eventually(Duration.ofSeconds(5), () -> soldEvents(showtime) >= 3)).isTrue();
        assertThat(soldEvents(showtime)).isEqualTo(3);
        assertThat(booking(carol.http(), bookingId).getString("status")).isEqualTo("CONFIRMED");

        JsonObject otherCard = checkout(carol, bookingId, key, OTHER_GOOD_CARD);
        assertThat(firstErrorCode(otherCard)).isEqualTo("CONFLICT");
        assertThat(booking(carol.http(), bookingId).getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void aKeyIsTheCustomersOwnAnotherCustomerMayUseItButTheSameCustomerNotTwice() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer dora = customer();
        Customer emil = customer();
        String key = "order-" + UUID.randomUUID();
        String dorasBooking = hold(dora, showtime, 'E', 1);
        String emilsBooking = hold(emil, showtime, 'E', 2);

        JsonObject first = dataWithoutErrors(checkout(dora, dorasBooking, key, GOOD_CARD)).getJsonObject("checkout");
        JsonObject second = dataWithoutErrors(checkout(emil, emilsBooking, key, GOOD_CARD)).getJsonObject("checkout");

        assertThat(first.getString("status")).isEqualTo("CONFIRMED");
        assertThat(second.getString("status")).isEqualTo("CONFIRMED");
        assertThat(first.getString("paymentId")).isNotEqualTo(second.getString("paymentId"));
        assertThat(PLAYED.calls("charge", emilsBooking)).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo(emil.authorization()));

        // Dora's own key on another of her bookings is still refused, before any money moves.
        String dorasSecond = hold(dora, showtime, 'E', 3);
        JsonObject reused = checkout(dora, dorasSecond, key, GOOD_CARD);
        assertThat(firstErrorCode(reused)).as(reused.toString()).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(reused)).contains("idempotencyKey");
        assertThat(PLAYED.calls("charge", dorasSecond)).isEmpty();
        assertThat(booking(dora.http(), dorasSecond).getString("status")).isEqualTo("HELD");
    }

    private static long soldEvents(String showtime) {
        return seatEvents(showtime, 0).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("status").equals("SOLD")).count();
    }

    @Test
    void ownerCancelsBeforeTheCutOffWithAFullRefundAndTheSeatsFreeAtOnce() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer dan = customer();
        String bookingId = hold(dan, showtime, 'B', 4, 5);
        JsonObject paid = confirmed(dan, bookingId);

        JsonObject cancelled = dataWithoutErrors(dan.http().post("mutation($b: ID!) { cancelBooking(bookingId: $b) { "
                + PAID_FIELDS + " } }", Map.of("b", bookingId))).getJsonObject("cancelBooking");

        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(seatStatuses(showtime)).containsEntry("B4", "AVAILABLE").containsEntry("B5", "AVAILABLE");
        long paymentId = Long.parseLong(paid.getString("paymentId"));
        assertThat(refundedOnce(paymentId)).isTrue();
        assertThat(PLAYED.calls("refund").stream()
                .filter(c -> c.variables().getJsonObject("input").getString("paymentId").equals(String.valueOf(paymentId))))
                .allSatisfy(c -> assertThat(c.header("Authorization")).isNotEqualTo(dan.authorization()));

        // Someone else may hold the freed seats at once.
        held(customer().http(), showtime, List.of(seatId(811, 'B', 4)));
    }

    @Test
    void afterTheCutOffCancellingIsConflictNamingTheCutOff() {
        String showtime = showtimeStartingWithinTheCutOff();
        Customer erin = customer();
        List<Long> seats = List.of(seatId(Long.parseLong(showtimeAuditorium), 'A', 1));
        String bookingId = held(erin.http(), showtime, seats).getString("id");
        confirmed(erin, bookingId);

        JsonObject refused = erin.http().post("mutation($b: ID!) { cancelBooking(bookingId: $b) { id status } }",
                Map.of("b", bookingId));

        assertThat(firstErrorCode(refused)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(refused)).contains("closed at");
        assertThat(booking(erin.http(), bookingId).getString("status")).isEqualTo("CONFIRMED");
    }

    private static String showtimeAuditorium;

    @Test
    void aConfirmedBookingIsRemindedOnceBeforeItsShowingAndARefundedOneIsNot() throws Exception {
        // Within the reminder window of this test server (cinema.booking.reminder.before=PT3M, after-booking=PT5S).
        String showtime = showtimeStartingIn(Duration.ofSeconds(150));
        Customer gil = customer();
        Customer hal = customer();
        String kept = held(gil.http(), showtime, List.of(seatId(Long.parseLong(showtimeAuditorium), 'A', 1))).getString("id");
        confirmed(gil, kept);
        String refunded = held(hal.http(), showtime, List.of(seatId(Long.parseLong(showtimeAuditorium), 'A', 2))).getString("id");
        confirmed(hal, refunded);
        dataWithoutErrors(ADMIN.post("mutation($b: ID!) { refundBooking(bookingId: $b, reason: \"test\") { id } }",
                Map.of("b", refunded)));

        String reminderId = "<booking-" + kept + ".booking_reminder@cinema.booking>";
        assertThat(eventually(Duration.ofSeconds(30), () -> !mailsWithId(reminderId).isEmpty()))
                .as("the reminder of booking " + kept).isTrue();
        MimeMessage reminder = mailsWithId(reminderId).get(0);
        assertThat(reminder.getAllRecipients()).extracting(Object::toString).containsExactly(gil.email());
        assertThat(reminder.getSubject()).startsWith("Reminder: Short One at ").endsWith(" - booking "
                + booking(gil.http(), kept).getString("code"));
        assertThat(ReceivedMails.text(reminder)).contains("See you soon: your film starts at").contains("A1 (Standard)")
                .contains("Your ticket is the QR code attached to this e-mail");
        // the reminder carries the ticket too, so the e-mail alone gets the customer in
        assertThat(ReceivedMails.ticket(reminder).pass()).isEqualTo(dataWithoutErrors(gil.http().post(
                "query($b: ID!) { ticketPass(bookingId: $b) }", Map.of("b", kept))).getString("ticketPass"));
        Thread.sleep(2500); // more sweeps and sends would have happened by now
        assertThat(mailsWithId(reminderId)).hasSize(1);
        assertThat(mailsWithId("<booking-" + refunded + ".booking_reminder@cinema.booking>")).isEmpty();
    }

    @Test
    void aCustomerWhoTurnedRemindersOffGetsNoReminderOnAnyChannelWhileAnotherCustomerDoes() throws Exception {
        String showtime = showtimeStartingIn(Duration.ofSeconds(150));
        Customer ivy = customer();
        Customer joe = customer();
        // Turned off at the user service after booking would count the same: it is asked when the reminder is sent.
        PLAYED.remindersOff.add(joe.id());
        String wanted = held(ivy.http(), showtime, List.of(seatId(Long.parseLong(showtimeAuditorium), 'A', 3))).getString("id");
        confirmed(ivy, wanted);
        String unwanted = held(joe.http(), showtime, List.of(seatId(Long.parseLong(showtimeAuditorium), 'A', 4))).getString("id");
        confirmed(joe, unwanted);

        String ivysReminder = "<booking-" + wanted + ".booking_reminder@cinema.booking>";
        assertThat(eventually(Duration.ofSeconds(30), () -> !mailsWithId(ivysReminder).isEmpty()))
                .as("the reminder of booking " + wanted).isTrue();
        assertThat(mailsWithId(ivysReminder).get(0).getAllRecipients()).extracting(Object::toString)
                .containsExactly(ivy.email());
        // Queued like any (one sweep queued both), then skipped on e-mail and SMS when their turn came.
        assertThat(eventually(Duration.ofSeconds(30), () -> reminderStatuses(joe).equals(List.of("SKIPPED", "SKIPPED"))))
                .as("joe's reminder rows: " + reminderStatuses(joe)).isTrue();
        try (BookingDatabase db = BookingDatabase.now()) {
            assertThat(db.rows("SELECT channel, status, last_error FROM notification_outbox WHERE booking_id = ? "
                    + "AND kind = 'BOOKING_REMINDER'", Long.parseLong(unwanted)))
                    .extracting(r -> r.get("channel"), r -> r.get("status"), r -> r.get("last_error"))
                    .containsExactlyInAnyOrder(tuple("EMAIL", "SKIPPED", "the customer turned reminders off"),
                            tuple("SMS", "SKIPPED", "the customer turned reminders off"));
        }
        assertThat(PLAYED.calls("contactPreferences")).as("asked about joe at send time")
                .anySatisfy(c -> assertThat(c.variable("userId")).isEqualTo(joe.id()));
        Thread.sleep(2500); // more sends would have happened by now
        assertThat(mailsWithId("<booking-" + unwanted + ".booking_reminder@cinema.booking>")).isEmpty();
        assertThat(mailsWithId(ivysReminder)).hasSize(1);
        // His confirmation, a service message he cannot turn off, was sent all the same.
        assertThat(mailsWithId("<booking-" + unwanted + ".booking_confirmed@cinema.booking>")).hasSize(1);
    }

    /** The statuses of the customer's reminder rows (myNotices), e-mail first. */
    private static List<String> reminderStatuses(Customer who) {
        return dataWithoutErrors(who.http().post("{ myNotices { kind channel status } }")).getJsonArray("myNotices")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("kind").equals("BOOKING_REMINDER"))
                .sorted(java.util.Comparator.comparing(n -> n.getString("channel")))
                .map(n -> n.getString("status")).toList();
    }

    /** The received e-mails with this Message-ID. */
    private static List<MimeMessage> mailsWithId(String messageId) {
        return ReceivedMails.withId(MAIL, messageId);
    }

    /** A showtime of movie 903 starting after {@code lead} ({@link BookingIt#showtimeStartingIn}). */
    private static String showtimeStartingIn(Duration lead) {
        BookingIt.NearShowtime near = BookingIt.showtimeStartingIn("903", lead, 800);
        showtimeAuditorium = near.auditoriumId();
        return near.id();
    }

    /** A showtime starting in 30 to 110 minutes in a free auditorium (earlier runs' showtimes may be in the way). */
    private static String showtimeStartingWithinTheCutOff() {
        Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int minutes = 30; minutes <= 110; minutes += 10) {
            for (String auditorium : List.of("812", "821", "831")) {
                JsonObject response = createShowtime("903", auditorium, base.plus(Duration.ofMinutes(minutes)), 800);
                if (!response.containsKey("errors")) {
                    showtimeAuditorium = auditorium;
                    return response.getJsonObject("data").getJsonObject("createShowtime").getString("id");
                }
            }
        }
        throw new AssertionError("no free auditorium for a showtime within the next two hours");
    }

    @Test
    void staffRefundAConfirmedBookingWithAReason() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer fay = customer();
        String bookingId = hold(fay, showtime, 'B', 7);
        JsonObject paid = confirmed(fay, bookingId);

        JsonObject forbidden = fay.http().post("mutation($b: ID!) { refundBooking(bookingId: $b, reason: \"mine\") { id } }",
                Map.of("b", bookingId));
        assertThat(firstErrorCode(forbidden)).isEqualTo("FORBIDDEN");

        double staffRefundsBefore = refunds("staff");
        JsonObject refunded = dataWithoutErrors(ADMIN.post("mutation($b: ID!) { refundBooking(bookingId: $b, "
                + "reason: \"Projector failure\") { " + PAID_FIELDS + " } }", Map.of("b", bookingId)))
                .getJsonObject("refundBooking");

        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refundedOnce(Long.parseLong(paid.getString("paymentId")))).isTrue();
        assertThat(refunds("staff") - staffRefundsBefore).isEqualTo(1.0);
        assertThat(PLAYED.calls("refund").stream().map(c -> c.variables().getJsonObject("input").getString("reason")))
                .contains("Projector failure");
        assertThat(seatStatuses(showtime)).containsEntry("B7", "AVAILABLE");
    }

    @Test
    void reconcilerConfirmsABookingWhoseChargeSucceededButWhoseAnswerWasLost() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer gil = customer();
        String bookingId = hold(gil, showtime, 'B', 9);
        PLAYED.loseChargeAnswer.add(bookingId);
        PLAYED.lookupDown.add(bookingId);
        String key = UUID.randomUUID().toString();

        JsonObject unknown = checkout(gil, bookingId, key, GOOD_CARD);

        assertThat(firstErrorCode(unknown)).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(booking(gil.http(), bookingId).getString("status")).isEqualTo("PAYMENT_PENDING");
        PLAYED.lookupDown.remove(bookingId);

        assertThat(eventually(Duration.ofSeconds(20),
                () -> booking(gil.http(), bookingId).getString("status").equals("CONFIRMED"))).isTrue();
        assertThat(booking(gil.http(), bookingId).getString("paymentId"))
                .isEqualTo(String.valueOf(PLAYED.paymentsByKey.get(StubCheckoutServices.ownedKey(gil.id(), key)).id()));
        assertThat(PLAYED.calls("charge", bookingId)).hasSize(1);
        assertThat(seatStatuses(showtime)).containsEntry("B9", "SOLD");
    }

    @Test
    void seatsBeingPaidForKeepCountingTowardsTheHoldQuota() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer ida = customer();
        String bookingId = hold(ida, showtime, 'C', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        PLAYED.loseChargeAnswer.add(bookingId);
        PLAYED.lookupDown.add(bookingId);
        assertThat(firstErrorCode(checkout(ida, bookingId, UUID.randomUUID().toString(), GOOD_CARD)))
                .isEqualTo("UPSTREAM_UNAVAILABLE");
        JsonObject pending = booking(ida.http(), bookingId);
        assertThat(pending.getString("status")).isEqualTo("PAYMENT_PENDING");
        // Past the hold's time (seconds here): a payment under way keeps its seats however long it takes.
        Instant holdEnds = Instant.parse(pending.getString("holdExpiresAt"));
        assertThat(eventually(Duration.ofSeconds(20), () -> Instant.now().isAfter(holdEnds.plusMillis(200)))).isTrue();

        // Ten seats being paid for: an eleventh is over the quota.
        JsonObject eleventh = BookingIt.hold(ida.http(), showtime, List.of(seatId(811, 'D', 1)));
        assertThat(firstErrorCode(eleventh)).as(eleventh.toString()).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(eleventh)).startsWith("You may hold at most 10 seats of one showtime");

        PLAYED.lookupDown.remove(bookingId);
        assertThat(eventually(Duration.ofSeconds(20),
                () -> booking(ida.http(), bookingId).getString("status").equals("CONFIRMED"))).isTrue();
    }

    @Test
    void cancellingTheShowtimeRefundsEveryConfirmedBooking() {
        String showtime = scheduled("901", "811", freshDay(), 1000).getString("id");
        Customer hal = customer();
        Customer ida = customer();
        JsonObject first = confirmed(hal, hold(hal, showtime, 'C', 5));
        JsonObject second = confirmed(ida, hold(ida, showtime, 'C', 6, 7));

        dataWithoutErrors(ADMIN.post("mutation($id: ID!) { cancelShowtime(id: $id) { id status } }",
                Map.of("id", showtime)));

        for (JsonObject paid : List.of(first, second)) {
            assertThat(booking(ADMIN, paid.getString("id")).getString("status")).isEqualTo("REFUNDED");
            assertThat(refundedOnce(Long.parseLong(paid.getString("paymentId")))).isTrue();
        }
    }
}
