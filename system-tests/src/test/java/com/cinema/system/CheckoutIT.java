package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MailParts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying tickets through the gateway, against the real booking, payment and coupon services: the saga's happy path,
 * declines, idempotency under concurrency, cancellations and refunds, and the coupon and payment reads around it.
 */
@ExtendWith(PlatformExtension.class)
@Order(34)
class CheckoutIT {

    static final String BOOKING_FIELDS = "id code status holdExpiresAt subtotalCents discountCents totalCents currency"
            + " couponCode tickets { id seatId seatLabel priceCents } payment { id status amountCents currency"
            + " receiptNumber refundedCents cardBrand cardLast4 }";
    static final String CHECKOUT = "mutation($b: ID!, $p: PaymentInput!, $k: String!) { checkout(bookingId: $b,"
            + " payment: $p, idempotencyKey: $k) { " + BOOKING_FIELDS + " } }";
    static final String APPLY = "mutation($b: ID!, $c: String!) { applyCoupon(bookingId: $b, code: $c) { "
            + BOOKING_FIELDS + " } }";
    static final String QUOTE = "query($b: ID!, $c: String!) { quoteCoupon(bookingId: $b, code: $c) { code valid"
            + " discountCents reason } }";
    static final String BOOKING = "query($b: ID!) { booking(id: $b) { " + BOOKING_FIELDS + " } }";
    static final String CANCEL = "mutation($b: ID!) { cancelBooking(bookingId: $b) { " + BOOKING_FIELDS + " } }";
    static final String REFUND = "mutation($b: ID!, $r: String!) { refundBooking(bookingId: $b, reason: $r) { "
            + BOOKING_FIELDS + " } }";
    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";

    private static Fixtures fixtures;
    private static String showtimeId;
    private static List<String> seatIds;

    @BeforeAll
    static void freshShowtime() {
        fixtures = new Fixtures();
        showtimeId = fixtures.freshShowtime(5, 10).getString("id");
        seatIds = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
        assertThat(seatIds).hasSize(50);
    }

    static JsonObject card(String number) {
        return Json.createObjectBuilder().add("method", "CARD").add("cardNumber", number).add("expMonth", 12)
                .add("expYear", OffsetDateTime.now().getYear() + 3).add("cvc", "123").add("cardholderName", "Ada Lovelace")
                .build();
    }

    static JsonObject hold(GraphQlHttp customer, String showtime, List<String> seats) {
        return Fixtures.data(customer.post(SeatHoldIT.HOLD, Map.of("s", showtime, "ids", Fixtures.list(seats))),
                "holdSeats");
    }

    static JsonObject checkout(GraphQlHttp customer, String bookingId, JsonObject payment, String key) {
        return customer.post(CHECKOUT, Map.of("b", bookingId, "p", payment, "k", key));
    }

    private static Map<String, String> statusBySeat() {
        Map<String, String> statuses = new java.util.HashMap<>();
        fixtures.seats(showtimeId).forEach(s -> statuses.put(s.getString("seatId"), s.getString("status")));
        return statuses;
    }

    @Test
    void holdCouponAndCardGiveAConfirmedBookingWithTicketsAReceiptAndAQrCodeThatChecksInOnce() throws Exception {
        GraphQlHttp customer = fixtures.customer();
        JsonObject held = hold(customer, showtimeId, seatIds.subList(0, 2));
        String bookingId = held.getString("id");

        JsonObject withCoupon = Fixtures.data(customer.post(APPLY, Map.of("b", bookingId, "c", "welcome10")), "applyCoupon");
        assertThat(withCoupon.getString("couponCode")).isEqualToIgnoringCase("WELCOME10");
        assertThat(withCoupon.getInt("discountCents")).isEqualTo(230);
        assertThat(withCoupon.getInt("totalCents")).isEqualTo(2 * 1150 - 230);

        JsonObject confirmed = Fixtures.data(checkout(customer, bookingId, card(GOOD_CARD), UUID.randomUUID().toString()),
                "checkout");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getJsonArray("tickets")).hasSize(2);
        JsonObject payment = confirmed.getJsonObject("payment");
        assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.getInt("amountCents")).isEqualTo(2070);
        assertThat(payment.getString("cardLast4")).isEqualTo("4242");
        assertThat(payment.getString("receiptNumber")).isNotBlank();
        assertThat(statusBySeat()).containsEntry(seatIds.get(0), "SOLD").containsEntry(seatIds.get(1), "SOLD");

        // The customer's payments and staff's list both show the charge the booking service made.
        JsonObject mine = GraphQlHttp.dataWithoutErrors(customer.post("{ myPayments { id bookingId status amountCents } }"));
        assertThat(mine.getJsonArray("myPayments").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("id")).isEqualTo(payment.getString("id")));
        JsonObject all = Fixtures.data(fixtures.admin.post("{ payments(page: 0, size: 100) { total items { id bookingId } } }"),
                "payments");
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("bookingId")).isEqualTo(bookingId));

        // Staff find it by the receipt number as the customer reads it out, with the booking it paid for.
        String spoken = payment.getString("receiptNumber").toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        JsonObject found = Fixtures.data(fixtures.admin.post("query($r: String) { payments(filter: { receiptNumber: $r })"
                + " { total items { id booking { id code showtime { movie { title } } } } } }", Map.of("r", spoken)), "payments");
        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject paidFor = found.getJsonArray("items").getJsonObject(0).getJsonObject("booking");
        assertThat(paidFor.getString("code")).isEqualTo(confirmed.getString("code"));
        assertThat(paidFor.getJsonObject("showtime").getJsonObject("movie").getString("title")).isNotBlank();
        // A customer's own payments show their booking too.
        JsonObject ownBooking = GraphQlHttp.dataWithoutErrors(customer.post("{ myPayments { id booking { code } } }"))
                .getJsonArray("myPayments").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(payment.getString("id"))).findFirst().orElseThrow()
                .getJsonObject("booking");
        assertThat(ownBooking.getString("code")).isEqualTo(confirmed.getString("code"));

        // The QR code decodes to a signed pass. Its showtime is days ahead: the door is not open yet, nobody is let in.
        String pass = TicketQr.payload(customer, bookingId);
        String checkIn = "mutation($p: String!) { checkInTicket(payload: $p) { id seatLabel } }";
        JsonObject early = fixtures.admin.post(checkIn, Map.of("p", pass));
        assertThat(GraphQlHttp.firstErrorCode(early)).as(early.toString()).isEqualTo("CONFLICT");
        JsonObject why = GraphQlHttp.firstError(early).getJsonObject("extensions");
        assertThat(why.getString("reason")).isEqualTo("TOO_EARLY");
        JsonObject showtime = Fixtures.data(fixtures.gateway.post("query($s: ID!) { showtime(id: $s) { startsAt } }",
                Map.of("s", showtimeId)), "showtime");
        assertThat(OffsetDateTime.parse(why.getString("showtimeStartsAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(showtime.getString("startsAt")).toInstant());
        JsonObject forged = fixtures.admin.post(checkIn, Map.of("p", pass.substring(0, pass.length() - 3) + "AAA"));
        assertThat(GraphQlHttp.firstErrorCode(forged)).as(forged.toString()).isEqualTo("VALIDATION");

        // A showtime starting in 20 minutes has its door open: staff accept its pass once, a second scan says when.
        String soon = fixtures.freshShowtime(1, 4, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(20)
                .truncatedTo(ChronoUnit.SECONDS)).getString("id");
        String soonBooking = hold(customer, soon, List.of(fixtures.seats(soon).get(0).getString("seatId"))).getString("id");
        assertThat(Fixtures.data(checkout(customer, soonBooking, card(GOOD_CARD), UUID.randomUUID().toString()),
                "checkout").getString("status")).isEqualTo("CONFIRMED");
        String soonPass = TicketQr.payload(customer, soonBooking);
        JsonObject first = fixtures.admin.post(checkIn, Map.of("p", soonPass));
        assertThat(first.containsKey("errors")).as(first.toString()).isFalse();
        // the customer's booking says the ticket was used, the other booking's not
        String usedQuery = "query($b: ID!) { booking(id: $b) { tickets { checkedInAt } } }";
        assertThat(Fixtures.data(customer.post(usedQuery, Map.of("b", soonBooking)), "booking").getJsonArray("tickets")
                .getValuesAs(JsonObject.class)).singleElement().satisfies(t -> assertThat(t.isNull("checkedInAt")).isFalse());
        assertThat(Fixtures.data(customer.post(usedQuery, Map.of("b", bookingId)), "booking").getJsonArray("tickets")
                .getValuesAs(JsonObject.class)).isNotEmpty().allSatisfy(t -> assertThat(t.isNull("checkedInAt")).isTrue());
        JsonObject second = fixtures.admin.post(checkIn, Map.of("p", soonPass));
        assertThat(GraphQlHttp.firstErrorCode(second)).as(second.toString()).isEqualTo("CONFLICT");
        assertThat(java.time.Duration.between(
                OffsetDateTime.parse(GraphQlHttp.firstError(second).getJsonObject("extensions").getString("checkedInAt")),
                OffsetDateTime.now()).abs()).isLessThan(java.time.Duration.ofMinutes(1));

        // The confirmation is written once as an e-mail file (no SMTP host in the local run), and carries the ticket:
        // the QR code attached is the pass the portal shows and the door scans.
        String code = confirmed.getString("code");
        awaitMailMentioning(code, 1);
        TicketQr.Attached ticket = TicketQr.attachedTo(PlatformExtension.mailDir()
                .resolve("booking-" + bookingId + ".booking_confirmed@cinema.booking.eml"));
        assertThat(ticket.fileName()).isEqualTo("ticket-" + code + ".png");
        assertThat(ticket.payload()).isEqualTo(pass);

        // It carries the showing as a calendar event too, the same one the booking page downloads: at the cinema's
        // address as the cinema service has it, in UTC.
        ShowingCalendarFile attached = ShowingCalendarFile.attachedTo(PlatformExtension.mailDir()
                .resolve("booking-" + bookingId + ".booking_confirmed@cinema.booking.eml"));
        assertThat(attached.fileName()).isEqualTo("showing-" + code + ".ics");
        HttpResponse<String> download = ShowingCalendarFile.download(customer, bookingId);
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"showing-" + code + ".ics\"");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        JsonObject where = Fixtures.data(fixtures.gateway.post("query($s: ID!) { showtime(id: $s) { startsAt endsAt "
                + "movie { title } cinema { name address city } } }", Map.of("s", showtimeId)), "showtime");
        JsonObject cinema = where.getJsonObject("cinema");
        Map<String, String> event = new ShowingCalendarFile(null, download.body()).event();
        assertThat(event).containsEntry("UID", "booking-" + bookingId + "@cinema.booking")
                .containsEntry("DTSTART", ShowingCalendarFile.utc(OffsetDateTime.parse(where.getString("startsAt"))))
                .containsEntry("DTEND", ShowingCalendarFile.utc(OffsetDateTime.parse(where.getString("endsAt"))))
                .containsEntry("SUMMARY", where.getJsonObject("movie").getString("title") + " at "
                        + cinema.getString("name"))
                .containsEntry("LOCATION", cinema.getString("name") + ", " + cinema.getString("address") + ", "
                        + cinema.getString("city"))
                .containsEntry("STATUS", "CONFIRMED");
        assertThat(event.get("DESCRIPTION")).contains("Booking " + code);
        Map<String, String> inTheMail = new java.util.HashMap<>(attached.event());
        inTheMail.remove("DTSTAMP");
        assertThat(event).containsAllEntriesOf(inTheMail);

        // An HTML mail client shows the ticket in the message itself (its HTML names the QR code's part by its
        // Content-ID), with the film and the cinema's address as their services have them; a text-only one has words.
        MimeMessage confirmation = MailParts.readEml(PlatformExtension.mailDir()
                .resolve("booking-" + bookingId + ".booking_confirmed@cinema.booking.eml"));
        Document html = Jsoup.parse(MailParts.html(confirmation));
        String contentId = MailParts.file(confirmation, "image/png").getHeader("Content-ID")[0];
        assertThat(html.select("img").eachAttr("src"))
                .containsExactly("cid:" + contentId.substring(1, contentId.length() - 1));
        assertThat(html.text()).contains(where.getJsonObject("movie").getString("title"))
                .contains(cinema.getString("address")).contains(code);
        assertThat(MailParts.text(confirmation)).contains("Your ticket is the QR code attached to this e-mail (ticket-"
                + code + ".png)");
        assertThat(ShowingCalendarFile.download(fixtures.customer(), bookingId).statusCode())
                .as("another customer's booking").isEqualTo(404);
        assertThat(ShowingCalendarFile.download(null, bookingId).statusCode()).as("signed out").isEqualTo(401);
    }

    @Test
    void aDeclinedCardKeepsTheHoldAndANewAttemptWithAGoodCardSucceeds() {
        GraphQlHttp customer = fixtures.customer();
        String bookingId = hold(customer, showtimeId, seatIds.subList(4, 5)).getString("id");

        JsonObject declined = checkout(customer, bookingId, card(DECLINED_CARD), UUID.randomUUID().toString());
        assertThat(GraphQlHttp.firstErrorCode(declined)).as(declined.toString()).isEqualTo("PAYMENT_DECLINED");
        assertThat(Fixtures.data(customer.post(BOOKING, Map.of("b", bookingId)), "booking").getString("status"))
                .isEqualTo("HELD");
        assertThat(statusBySeat()).containsEntry(seatIds.get(4), "HELD");

        JsonObject confirmed = Fixtures.data(checkout(customer, bookingId, card(GOOD_CARD), UUID.randomUUID().toString()),
                "checkout");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void tenConcurrentCheckoutsWithOneKeyChargeOnceAndTheKeyWithAnotherCardIsAConflict() throws Exception {
        GraphQlHttp customer = fixtures.customer();
        String bookingId = hold(customer, showtimeId, seatIds.subList(6, 8)).getString("id");
        String key = UUID.randomUUID().toString();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<JsonObject>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> checkout(customer, bookingId, card(GOOD_CARD), key)));
        }
        int confirmed = 0;
        for (Future<JsonObject> answer : answers) {
            JsonObject response = answer.get();
            if (!response.containsKey("errors")) {
                assertThat(response.getJsonObject("data").getJsonObject("checkout").getString("status")).isEqualTo("CONFIRMED");
                confirmed++;
            } else {
                // A repeat that finds the first attempt still in flight may be told to try again, never refused.
                assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString())
                        .isIn("UPSTREAM_UNAVAILABLE", "CONFLICT");
            }
        }
        pool.shutdown();
        assertThat(confirmed).isGreaterThanOrEqualTo(1);

        JsonObject booking = Fixtures.data(customer.post(BOOKING, Map.of("b", bookingId)), "booking");
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        List<JsonObject> charges = GraphQlHttp.dataWithoutErrors(customer.post("{ myPayments { bookingId status } }"))
                .getJsonArray("myPayments").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("bookingId").equals(bookingId)).toList();
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).getString("status")).isEqualTo("SUCCEEDED");

        JsonObject otherCard = checkout(customer, bookingId, card("5555555555554444"), key);
        assertThat(GraphQlHttp.firstErrorCode(otherCard)).as(otherCard.toString()).isEqualTo("CONFLICT");
    }

    @Test
    void twoCustomersMayChooseTheSameKeyAndEachIsChargedOnceForTheirOwnBooking() {
        GraphQlHttp first = fixtures.customer();
        GraphQlHttp second = fixtures.customer();
        String key = "my-order-" + UUID.randomUUID();
        String firstBooking = hold(first, showtimeId, seatIds.subList(14, 15)).getString("id");
        String secondBooking = hold(second, showtimeId, seatIds.subList(15, 16)).getString("id");

        JsonObject firstPaid = Fixtures.data(checkout(first, firstBooking, card(GOOD_CARD), key), "checkout");
        JsonObject secondPaid = Fixtures.data(checkout(second, secondBooking, card(GOOD_CARD), key), "checkout");

        assertThat(firstPaid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(secondPaid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(secondPaid.getJsonObject("payment").getString("id"))
                .isNotEqualTo(firstPaid.getJsonObject("payment").getString("id"));
        // Staff's page of payments loads the bookings of both (and any others) with one call.
        Map<String, Double> loadsBefore = Fixtures.referenceLoads();
        List<String> codes = Fixtures.data(fixtures.admin.post("{ payments(size: 50) { items { booking { code } } } }"),
                "payments").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("booking").getString("code")).toList();
        assertThat(codes).contains(firstPaid.getString("code"), secondPaid.getString("code"));
        assertThat(Fixtures.referenceLoads().getOrDefault("booking", 0.0) - loadsBefore.getOrDefault("booking", 0.0))
                .isEqualTo(1.0);
        // The first customer's key on another booking of theirs is still CONFLICT, and takes no money.
        String again = hold(first, showtimeId, seatIds.subList(16, 17)).getString("id");
        JsonObject reused = checkout(first, again, card(GOOD_CARD), key);
        assertThat(GraphQlHttp.firstErrorCode(reused)).as(reused.toString()).isEqualTo("CONFLICT");
        assertThat(Fixtures.data(first.post(BOOKING, Map.of("b", again)), "booking").getString("status"))
                .isEqualTo("HELD");
    }

    @Test
    void aCustomerCancelsBeforeTheCutOffAndIsRefundedAndStaffRefundAnyConfirmedBooking() {
        GraphQlHttp customer = fixtures.customer();
        String bookingId = hold(customer, showtimeId, seatIds.subList(10, 12)).getString("id");
        Fixtures.data(checkout(customer, bookingId, card(GOOD_CARD), UUID.randomUUID().toString()), "checkout");

        JsonObject cancelled = Fixtures.data(customer.post(CANCEL, Map.of("b", bookingId)), "cancelBooking");
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(statusBySeat()).containsEntry(seatIds.get(10), "AVAILABLE").containsEntry(seatIds.get(11), "AVAILABLE");
        JsonObject refunded = Fixtures.data(customer.post(BOOKING, Map.of("b", bookingId)), "booking").getJsonObject("payment");
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getInt("refundedCents")).isEqualTo(refunded.getInt("amountCents"));

        GraphQlHttp other = fixtures.customer();
        String staffRefunded = hold(other, showtimeId, seatIds.subList(12, 13)).getString("id");
        Fixtures.data(checkout(other, staffRefunded, card(GOOD_CARD), UUID.randomUUID().toString()), "checkout");
        JsonObject notStaff = other.post(REFUND, Map.of("b", staffRefunded, "r", "asked nicely"));
        assertThat(GraphQlHttp.firstErrorCode(notStaff)).as(notStaff.toString()).isEqualTo("FORBIDDEN");
        JsonObject byStaff = Fixtures.data(fixtures.admin.post(REFUND, Map.of("b", staffRefunded, "r", "Projector broke")),
                "refundBooking");
        assertThat(byStaff.getString("status")).isEqualTo("REFUNDED");
        assertThat(statusBySeat()).containsEntry(seatIds.get(12), "AVAILABLE");
    }

    @Test
    void afterTheCutOffACancellationIsAConflictNamingIt() {
        JsonObject soon = fixtures.createShowtime(fixtures.demoMovie().getString("id"),
                fixtures.createAuditorium(fixtures.createCinema("Europe/London").getString("id"), "Screen 1", 2, 4)
                        .getString("id"),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES));
        String soonId = soon.getString("id");
        String seat = fixtures.seats(soonId).get(0).getString("seatId");
        GraphQlHttp customer = fixtures.customer();
        String bookingId = hold(customer, soonId, List.of(seat)).getString("id");
        Fixtures.data(checkout(customer, bookingId, card(GOOD_CARD), UUID.randomUUID().toString()), "checkout");

        JsonObject late = customer.post(CANCEL, Map.of("b", bookingId));
        assertThat(GraphQlHttp.firstErrorCode(late)).as(late.toString()).isEqualTo("CONFLICT");
        // The message names when cancellations closed: two hours before the start.
        OffsetDateTime startsAt = OffsetDateTime.parse(soon.getString("startsAt"));
        assertThat(GraphQlHttp.firstErrorMessage(late)).contains(startsAt.minusHours(2).toInstant().toString());
        JsonObject still = Fixtures.data(customer.post(BOOKING, Map.of("b", bookingId)), "booking");
        assertThat(still.getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void cancellingAShowtimeRefundsEveryConfirmedBooking() {
        JsonObject showtime = fixtures.freshShowtime(2, 4);
        String id = showtime.getString("id");
        List<String> seats = fixtures.seats(id).stream().map(s -> s.getString("seatId")).toList();
        List<String> bookings = new ArrayList<>();
        List<GraphQlHttp> customers = List.of(fixtures.customer(), fixtures.customer());
        for (int i = 0; i < customers.size(); i++) {
            String bookingId = hold(customers.get(i), id, List.of(seats.get(i))).getString("id");
            Fixtures.data(checkout(customers.get(i), bookingId, card(GOOD_CARD), UUID.randomUUID().toString()), "checkout");
            bookings.add(bookingId);
        }

        JsonObject cancelled = fixtures.admin.post("mutation($id: ID!) { cancelShowtime(id: $id) { id status } }",
                Map.of("id", id));
        assertThat(Fixtures.data(cancelled, "cancelShowtime").getString("status")).isEqualTo("CANCELLED");
        for (int i = 0; i < customers.size(); i++) {
            JsonObject booking = Fixtures.data(customers.get(i).post(BOOKING, Map.of("b", bookings.get(i))), "booking");
            assertThat(booking.getString("status")).isEqualTo("REFUNDED");
            assertThat(booking.getJsonObject("payment").getString("status")).isEqualTo("REFUNDED");
        }
    }

    @Test
    void aCouponStaffDeactivateIsQuotedInactiveFromThenOn() {
        String code = "ST" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        JsonObject input = Json.createObjectBuilder().add("code", code).add("description", "System test")
                .add("discountType", "FIXED").add("value", 300).add("currency", "GBP").build();
        JsonObject created = Fixtures.data(fixtures.admin.post("mutation($in: CouponInput!) { createCoupon(input: $in) {"
                + " id code active usedCount } }", Map.of("in", input)), "createCoupon");
        assertThat(created.getBoolean("active")).isTrue();

        GraphQlHttp customer = fixtures.customer();
        String bookingId = hold(customer, showtimeId, seatIds.subList(20, 22)).getString("id");
        JsonObject quote = Fixtures.data(customer.post(QUOTE, Map.of("b", bookingId, "c", code)), "quoteCoupon");
        assertThat(quote.getBoolean("valid")).isTrue();
        assertThat(quote.getInt("discountCents")).isEqualTo(300);

        JsonObject customerTries = customer.post("mutation($id: ID!) { deactivateCoupon(id: $id) { id } }",
                Map.of("id", created.getString("id")));
        assertThat(GraphQlHttp.firstErrorCode(customerTries)).as(customerTries.toString()).isEqualTo("FORBIDDEN");
        Fixtures.data(fixtures.admin.post("mutation($id: ID!) { deactivateCoupon(id: $id) { id active } }",
                Map.of("id", created.getString("id"))), "deactivateCoupon");

        JsonObject after = Fixtures.data(customer.post(QUOTE, Map.of("b", bookingId, "c", code)), "quoteCoupon");
        assertThat(after.getBoolean("valid")).isFalse();
        assertThat(after.getString("reason")).isEqualTo("INACTIVE");
        JsonObject applied = customer.post(APPLY, Map.of("b", bookingId, "c", code));
        assertThat(GraphQlHttp.firstErrorCode(applied)).as(applied.toString()).isEqualTo("COUPON_INVALID");
        JsonObject coupons = GraphQlHttp.dataWithoutErrors(fixtures.admin.post("{ coupons { code active } }"));
        assertThat(coupons.getJsonArray("coupons").getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getString("code")).isEqualTo(code);
                    assertThat(c.getBoolean("active")).isFalse();
                });
    }

    @Test
    void fiftyCustomersRacingForOverlappingSeatsNeverBuyTheSameSeatAndEveryChargeEndsConfirmedOrRefunded()
            throws Exception {
        JsonObject showtime = fixtures.freshShowtime(3, 6);
        String id = showtime.getString("id");
        List<String> seats = fixtures.seats(id).stream().map(s -> s.getString("seatId")).toList();
        int buyers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Future<Purchase>> purchases = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            int first = (i * 3) % (seats.size() - 1);
            List<String> wanted = List.of(seats.get(first), seats.get(first + 1));
            purchases.add(pool.submit(() -> buy(fixtures.customer(), id, wanted)));
        }
        List<Purchase> done = new ArrayList<>();
        for (Future<Purchase> purchase : purchases) {
            done.add(purchase.get());
        }
        pool.shutdown();

        List<String> sold = done.stream().filter(p -> "CONFIRMED".equals(p.status)).flatMap(p -> p.seats.stream()).toList();
        assertThat(sold).doesNotHaveDuplicates().isNotEmpty();
        assertThat(Set.copyOf(sold)).isEqualTo(Set.copyOf(fixtures.seats(id).stream()
                .filter(s -> s.getString("status").equals("SOLD")).map(s -> s.getString("seatId")).toList()));
        Map<String, String> bookingStatus = new java.util.HashMap<>();
        for (Purchase purchase : done) {
            if (purchase.bookingId != null) {
                bookingStatus.put(purchase.bookingId, Fixtures.data(purchase.customer.post(BOOKING,
                        Map.of("b", purchase.bookingId)), "booking").getString("status"));
            }
        }
        // Every charge the payment service took for these bookings (staff's list, the race's are the newest):
        // succeeded only for a CONFIRMED booking, otherwise refunded.
        List<JsonObject> charges = Fixtures.data(fixtures.admin.post("{ payments(page: 0, size: 100) { items {"
                + " id bookingId status } } }"), "payments").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> bookingStatus.containsKey(p.getString("bookingId"))).toList();
        assertThat(charges).isNotEmpty();
        for (JsonObject charge : charges) {
            if (charge.getString("status").equals("SUCCEEDED")) {
                assertThat(bookingStatus.get(charge.getString("bookingId")))
                        .as("a successful charge belongs to a confirmed booking: " + charge).isEqualTo("CONFIRMED");
            } else {
                assertThat(charge.getString("status")).as(charge.toString()).isIn("FAILED", "REFUNDED");
            }
        }
        assertThat(charges.stream().filter(c -> c.getString("status").equals("SUCCEEDED")).count())
                .isEqualTo(bookingStatus.values().stream().filter("CONFIRMED"::equals).count());
    }

    private record Purchase(GraphQlHttp customer, String bookingId, List<String> seats, String status) {
    }

    private static Purchase buy(GraphQlHttp customer, String showtime, List<String> seats) {
        JsonObject held = customer.post(SeatHoldIT.HOLD, Map.of("s", showtime, "ids", Fixtures.list(seats)));
        if (held.containsKey("errors")) {
            assertThat(GraphQlHttp.firstErrorCode(held)).as(held.toString()).isEqualTo("SEAT_UNAVAILABLE");
            return new Purchase(customer, null, seats, "UNAVAILABLE");
        }
        String bookingId = held.getJsonObject("data").getJsonObject("holdSeats").getString("id");
        JsonObject paid = checkout(customer, bookingId, card(GOOD_CARD), UUID.randomUUID().toString());
        String status = paid.containsKey("errors") ? GraphQlHttp.firstErrorCode(paid)
                : paid.getJsonObject("data").getJsonObject("checkout").getString("status");
        return new Purchase(customer, bookingId, seats, status);
    }

    /** Waits until exactly {@code count} .eml files in the platform's mail folder mention the text. */
    private static void awaitMailMentioning(String text, int count) throws Exception {
        Path mail = PlatformExtension.platform().dataDir().resolve("mail");
        long deadline = System.currentTimeMillis() + 30_000;
        List<Path> found = List.of();
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(mail)) {
                try (Stream<Path> files = Files.list(mail)) {
                    found = files.filter(f -> f.toString().endsWith(".eml")).filter(f -> mentions(f, text)).toList();
                }
                if (found.size() >= count) {
                    break;
                }
            }
            Thread.sleep(500);
        }
        assertThat(found).as("e-mails mentioning " + text + " in " + mail).hasSize(count);
    }

    private static boolean mentions(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
