package com.cinema.booking.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The booking service on its own Liberty server (started by the build); it has no demo showtimes or bookings. */
@MicroShedTest
class BookingServiceIT extends DomainServiceContract {

    @Test
    void emptyScheduleListsNoShowtimesWithOrWithoutFilters() {
        // Other ITs schedule showtimes years ahead; nothing is ever scheduled in 2001.
        JsonObject all = graphql.post("{ showtimes(from: \"2001-01-01T00:00:00Z\", to: \"2001-12-31T00:00:00Z\") "
                + "{ id movieId cinemaId auditoriumId startsAt endsAt basePriceCents currency availableSeats status } }");
        assertThat(all.containsKey("errors")).as(all.toString()).isFalse();
        assertThat(all.getJsonObject("data").getJsonArray("showtimes")).isEmpty();

        JsonObject filtered = graphql.post(
                "query($m: ID, $c: ID, $from: DateTime, $to: DateTime) { "
                        + "showtimes(movieId: $m, cinemaId: $c, from: $from, to: $to) { id } }",
                Map.of("m", "1", "c", "2", "from", "2026-12-04T00:00:00Z", "to", "2026-12-05T00:00:00+01:00"));
        assertThat(filtered.containsKey("errors")).as(filtered.toString()).isFalse();
        assertThat(filtered.getJsonObject("data").getJsonArray("showtimes")).isEmpty();
    }

    @Test
    void showtimeTimesAreDateTimes() {
        JsonObject type = graphql.post("{ __type(name: \"Showtime\") { fields { name type { ofType { name } } } } }")
                .getJsonObject("data").getJsonObject("__type");
        assertThat(type.getJsonArray("fields").getValuesAs(JsonObject.class))
                .filteredOn(f -> f.getString("name").endsWith("sAt"))
                .extracting(f -> f.getJsonObject("type").getJsonObject("ofType").getString("name"))
                .containsExactly("DateTime", "DateTime");
    }

    @Test
    void windowEndingBeforeItStartsIsAValidationErrorNamingTo() {
        JsonObject response = graphql.post(
                "{ showtimes(from: \"2026-12-05T00:00:00Z\", to: \"2026-12-04T00:00:00Z\") { id } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("VALIDATION");
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("to");
        assertThat(error.getString("message")).isEqualTo("to: must not be before from");
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    @Test
    void malformedIdIsAValidationErrorNamingTheArgument() {
        JsonObject response = graphql.post("{ showtimes(movieId: \"the-matrix\") { id } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("field"))
                .isEqualTo("movieId");
    }

    private static final String BOOKINGS = "query($filter: BookingFilter, $page: Int, $size: Int) { "
            + "bookings(filter: $filter, page: $page, size: $size) { total page size items { id code userId "
            + "showtimeId tickets { id seatId seatLabel seatType priceCents } status holdExpiresAt subtotalCents "
            + "discountCents totalCents currency couponCode createdAt } } }";

    private final TestTokens tokens = TestTokens.forPlatform();

    @Test
    void adminSeesAnEmptyFirstPageOfBookingsWithDefaultSize() {
        // Other ITs make bookings; no user 987654321 ever books.
        JsonObject response = graphql.withBearer(tokens.admin("1", "admin@cinema.test")).post(BOOKINGS,
                Map.of("filter", Json.createObjectBuilder().add("userId", "987654321").build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        JsonObject page = response.getJsonObject("data").getJsonObject("bookings");
        assertThat(page.getInt("total")).isZero();
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
        assertThat(page.getJsonArray("items")).isEmpty();
    }

    @Test
    void bookingPageSizeIsCappedAtOneHundredAndFiltersApply() {
        JsonObject response = graphql.withBearer(tokens.admin("1", "admin@cinema.test")).post(BOOKINGS,
                Map.of("page", 3, "size", 500, "filter", Json.createObjectBuilder()
                        .add("status", "CONFIRMED").add("userId", "2").add("showtimeId", "3")
                        .add("from", "2026-12-04T00:00:00Z").add("to", "2026-12-05T00:00:00+01:00").build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        JsonObject page = response.getJsonObject("data").getJsonObject("bookings");
        assertThat(page.getInt("size")).isEqualTo(100);
        assertThat(page.getInt("page")).isEqualTo(3);
        assertThat(page.getInt("total")).isZero();
    }

    @Test
    void customerMayNotListBookings() {
        JsonObject response = graphql.withBearer(tokens.user("2", "c@x.org")).post("{ bookings { total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void listingBookingsNeedsASignIn() {
        JsonObject response = graphql.post("{ bookings { total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void unknownBookingStatusIsAValidationErrorNamingFilterStatus() {
        JsonObject response = graphql.withBearer(tokens.admin("1", "admin@cinema.test"))
                .post("{ bookings(filter: { status: \"PAID\" }) { total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("field"))
                .isEqualTo("filter.status");
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    @Test
    void bookingWindowStartingAfterItEndsIsAValidationErrorNamingFilterFrom() {
        JsonObject response = graphql.withBearer(tokens.admin("1", "admin@cinema.test")).post(
                "{ bookings(filter: { from: \"2026-12-05T00:00:00Z\", to: \"2026-12-04T00:00:00Z\" }) { total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("field"))
                .isEqualTo("filter.from");
    }
}
