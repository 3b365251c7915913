package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.GRAPHQL;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.held;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.user;
import static com.cinema.booking.it.StubCheckoutServices.GOOD_CARD;
import static com.cinema.booking.it.StubUpstream.seatId;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorField;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking service's staff reports on the test server's real database (H2, or MariaDB with -Pmysql): sales
 * made today are compared as deltas (other tests sell today too, one class at a time), occupancy on a fresh day
 * that only this test schedules, so it is exact.
 */
@MicroShedTest
class SalesReportIT {

    private static final String SUMMARY = "query($from: Date, $to: Date) { salesSummary(from: $from, to: $to) { from to "
            + "ticketsSold bookingsConfirmed seatsSold capacity occupancyPercent topMovies { movieId ticketsSold } "
            + "bookingsPerDay { date bookings ticketsSold } occupancyByCinema { cinemaId showtimes seatsSold capacity "
            + "occupancyPercent } ticketsByType { ticketType ticketsSold } } }";
    private static final String OCCUPANCY = "query($from: Date, $to: Date, $page: Int, $size: Int) { showtimeOccupancy("
            + "from: $from, to: $to, page: $page, size: $size) { total page size items { showtimeId movieId cinemaId "
            + "auditoriumId startsAt seatsSold capacity occupancyPercent } } }";

    private static JsonObject summary(GraphQlHttp as, LocalDate from, LocalDate to) {
        return dataWithoutErrors(as.post(SUMMARY, Map.of("from", from.toString(), "to", to.toString())))
                .getJsonObject("salesSummary");
    }

    /** Holds these seats of auditorium 811 row D for a new customer and pays; answers the booking id. */
    private static String sold(String showtimeId, int... numbers) {
        return sold(showtimeId, null, numbers);
    }

    /** As {@link #sold(String, int...)}, the first seat sold as {@code firstSeatType} when given (ADR 0022). */
    private static String sold(String showtimeId, String firstSeatType, int... numbers) {
        GraphQlHttp customer = user(newUserId());
        String bookingId = held(customer, showtimeId, seats(numbers)).getString("id");
        if (firstSeatType != null) {
            dataWithoutErrors(customer.post("mutation($b: ID!, $t: [TicketTypeChoice!]!) { chooseTicketTypes("
                    + "bookingId: $b, tickets: $t) { id } }", Map.of("b", bookingId, "t", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("seatId", String.valueOf(seats(numbers).get(0)))
                            .add("type", firstSeatType)).build())));
        }
        JsonObject payment = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", GOOD_CARD)
                .add("expMonth", 12).add("expYear", 2031).add("cvc", "123").add("cardholderName", "Report Test").build();
        JsonObject paid = dataWithoutErrors(customer.post("mutation($b: ID!, $p: PaymentInput!, $k: String!) { "
                + "checkout(bookingId: $b, payment: $p, idempotencyKey: $k) { status } }",
                Map.of("b", bookingId, "p", payment, "k", UUID.randomUUID().toString()))).getJsonObject("checkout");
        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        return bookingId;
    }

    private static List<Long> seats(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> seatId(811, 'D', n)).toList();
    }

    private static int movieTickets(JsonObject summary, String movieId) {
        return summary.getJsonArray("topMovies").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("movieId").equals(movieId)).mapToInt(m -> m.getInt("ticketsSold")).sum();
    }

    private static int typeTickets(JsonObject summary, String ticketType) {
        return summary.getJsonArray("ticketsByType").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("ticketType").equals(ticketType)).mapToInt(t -> t.getInt("ticketsSold")).sum();
    }

    private static JsonObject day(JsonObject summary, LocalDate date) {
        return summary.getJsonArray("bookingsPerDay").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date.toString())).findFirst().orElseThrow();
    }

    @Test
    void confirmedBookingsCountAndHeldOrRefundedOnesDoNot() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant startsAt = freshDay();
        LocalDate showDay = LocalDate.ofInstant(startsAt, ZoneOffset.UTC);
        JsonObject showtime = scheduled("901", "811", startsAt, 1000);
        String showtimeId = showtime.getString("id");
        int capacity = showtime.getInt("availableSeats");
        JsonObject before = summary(ADMIN, today, today);

        sold(showtimeId, "SENIOR", 1, 2);
        sold(showtimeId, 3);
        held(user(newUserId()), showtimeId, seats(4));
        String refunded = sold(showtimeId, "STUDENT", 5);
        assertThat(dataWithoutErrors(ADMIN.post("mutation($b: ID!) { refundBooking(bookingId: $b, reason: \"Report "
                + "test\") { status } }", Map.of("b", refunded))).getJsonObject("refundBooking").getString("status"))
                .isEqualTo("REFUNDED");

        JsonObject after = summary(ADMIN, today, today);
        assertThat(after.getString("from")).isEqualTo(today.toString());
        assertThat(after.getInt("bookingsConfirmed") - before.getInt("bookingsConfirmed")).isEqualTo(2);
        assertThat(after.getInt("ticketsSold") - before.getInt("ticketsSold")).isEqualTo(3);
        assertThat(day(after, today).getInt("bookings") - day(before, today).getInt("bookings")).isEqualTo(2);
        assertThat(day(after, today).getInt("ticketsSold") - day(before, today).getInt("ticketsSold")).isEqualTo(3);
        assertThat(movieTickets(after, "901") - movieTickets(before, "901")).isEqualTo(3);
        // the concession mix: one Senior and two Adult tickets; the refunded Student ticket is no sale
        assertThat(typeTickets(after, "SENIOR") - typeTickets(before, "SENIOR")).isEqualTo(1);
        assertThat(typeTickets(after, "ADULT") - typeTickets(before, "ADULT")).isEqualTo(2);
        assertThat(typeTickets(after, "STUDENT") - typeTickets(before, "STUDENT")).isZero();
        assertThat(after.getJsonArray("ticketsByType").getValuesAs(JsonObject.class).stream()
                .mapToInt(t -> t.getInt("ticketsSold")).sum()).isEqualTo(after.getInt("ticketsSold"));

        // The show day: only this test schedules on it, so occupancy is exactly its three sold seats.
        JsonObject onShowDay = summary(ADMIN, showDay, showDay);
        assertThat(onShowDay.getJsonArray("occupancyByCinema")).singleElement().satisfies(cinema -> {
            JsonObject c = cinema.asJsonObject();
            assertThat(c.getString("cinemaId")).isEqualTo("801");
            assertThat(c.getInt("showtimes")).isEqualTo(1);
            assertThat(c.getInt("seatsSold")).isEqualTo(3);
            assertThat(c.getInt("capacity")).isEqualTo(capacity);
        });
        assertThat(onShowDay.getInt("seatsSold")).isEqualTo(3);
        assertThat(onShowDay.getJsonNumber("occupancyPercent").doubleValue())
                .isEqualTo(Math.round(3 * 1000.0 / capacity) / 10.0);
        // Nobody booked on the show day itself (years ahead): a whole day of zeros, not a missing day.
        assertThat(onShowDay.getJsonArray("bookingsPerDay")).hasSize(1);
        assertThat(day(onShowDay, showDay).getInt("bookings")).isZero();

        JsonObject page = dataWithoutErrors(ADMIN.post(OCCUPANCY, Map.of("from", showDay.toString(),
                "to", showDay.toString()))).getJsonObject("showtimeOccupancy");
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items")).singleElement().satisfies(row -> {
            JsonObject r = row.asJsonObject();
            assertThat(r.getString("showtimeId")).isEqualTo(showtimeId);
            assertThat(r.getString("movieId")).isEqualTo("901");
            assertThat(r.getString("auditoriumId")).isEqualTo("811");
            assertThat(Instant.parse(r.getString("startsAt"))).isEqualTo(startsAt);
            assertThat(r.getInt("seatsSold")).isEqualTo(3);
            assertThat(r.getInt("capacity")).isEqualTo(capacity);
        });
    }

    @Test
    void noDatesMeanTheLastThirtyDays() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject summary = dataWithoutErrors(ADMIN.post("{ salesSummary { from to bookingsPerDay { date } } }"))
                .getJsonObject("salesSummary");
        assertThat(summary.getString("to")).isEqualTo(today.toString());
        assertThat(summary.getString("from")).isEqualTo(today.minusDays(29).toString());
        assertThat(summary.getJsonArray("bookingsPerDay")).hasSize(30);
    }

    @Test
    void reportsAreForStaffAndServicesAndRefuseABackwardsRange() {
        assertThat(firstErrorCode(user(newUserId()).post("{ salesSummary { ticketsSold } }"))).isEqualTo("FORBIDDEN");
        assertThat(firstErrorCode(GRAPHQL.post("{ showtimeOccupancy { total } }"))).isEqualTo("UNAUTHENTICATED");
        GraphQlHttp service = GRAPHQL.withBearer(BookingIt.TOKENS.signed(com.cinema.testing.TestTokens.claims(
                "gateway", "gateway@service.cinema", List.of("SERVICE")).build()));
        assertThat(service.post("{ salesSummary { ticketsSold } }").containsKey("errors")).isFalse();

        JsonObject backwards = ADMIN.post(SUMMARY, Map.of("from", "2031-05-02", "to", "2031-05-01"));
        assertThat(firstErrorCode(backwards)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(backwards)).isEqualTo("to");
    }
}
