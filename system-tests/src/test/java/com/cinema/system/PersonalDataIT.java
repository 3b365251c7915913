package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a customer reads of their own data through the gateway (docs/api.md, "Your data"): the reviews they wrote,
 * with the film, and the messages sent to them about their bookings, on each channel, with the address an e-mail
 * went to and never the internal form of an SMS recipient; another customer's never; their bookings page by page.
 */
@ExtendWith(PlatformExtension.class)
class PersonalDataIT {

    private static final String PASSWORD = "my-own-data-2026";
    private static final String REGISTER = "mutation($in: RegisterInput!) { register(input: $in) { accessToken user { id email } } }";
    private static final String OPT_IN = "mutation($in: ProfileInput!) { updateProfile(input: $in) { smsOptIn } }";
    private static final String REVIEW = "mutation($m: ID!, $r: Int!) { addReview(movieId: $m, rating: $r, comment: \"Seen twice\") { id } }";
    private static final String MY_REVIEWS = "{ myReviews { id movieId movie { title } userId rating comment authorName createdAt } }";
    private static final String MY_NOTICES = "{ myNotices { id kind channel recipient status bookingId waitlistEntryId createdAt sentAt } }";
    private static final String MY_BOOKINGS = "query($p: Int) { myBookings(page: $p) { id } }";

    private final Fixtures fixtures = new Fixtures();

    private record Account(String email, String userId, GraphQlHttp api) {
    }

    private Account register(String name, boolean sms) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        JsonObject auth = Fixtures.data(fixtures.gateway.post(REGISTER, Map.of("in", Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).add("fullName", "Pat " + name)
                .add("phone", "+447700900123").build())), "register");
        GraphQlHttp api = fixtures.gateway.withBearer(auth.getString("accessToken"));
        if (sms) {
            Fixtures.data(api.post(OPT_IN, Map.of("in", Json.createObjectBuilder().add("fullName", "Pat " + name)
                    .add("phone", "+447700900123").add("smsOptIn", true).build())), "updateProfile");
        }
        return new Account(email, auth.getJsonObject("user").getString("id"), api);
    }

    private static String buy(Account account, String showtimeId, List<String> seats) {
        String bookingId = CheckoutIT.hold(account.api(), showtimeId, seats).getString("id");
        JsonObject paid = CheckoutIT.checkout(account.api(), bookingId, CheckoutIT.card(CheckoutIT.GOOD_CARD),
                UUID.randomUUID().toString());
        assertThat(GraphQlHttp.dataWithoutErrors(paid).getJsonObject("checkout").getString("status")).isEqualTo("CONFIRMED");
        return bookingId;
    }

    private static List<JsonObject> list(GraphQlHttp api, String query, String field) {
        return GraphQlHttp.dataWithoutErrors(api.post(query)).getJsonArray(field).getValuesAs(JsonObject.class);
    }

    @Test
    void aCustomerReadsTheirReviewsAndTheMessagesSentToThemAndNothingOfAnotherCustomers() {
        Account ada = register("ada", true);
        Account bo = register("bo", false);
        JsonObject movie = fixtures.demoMovie();
        String showtimeId = fixtures.freshShowtime(1, 4).getString("id");
        List<String> seats = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
        String adaBooking = buy(ada, showtimeId, seats.subList(0, 2));
        String boBooking = buy(bo, showtimeId, seats.subList(2, 4));
        Fixtures.data(ada.api().post(REVIEW, Map.of("m", movie.getString("id"), "r", 4)), "addReview");
        Fixtures.data(bo.api().post(REVIEW, Map.of("m", movie.getString("id"), "r", 2)), "addReview");

        assertThat(list(ada.api(), MY_REVIEWS, "myReviews")).singleElement().satisfies(review -> {
            assertThat(review.getString("movieId")).isEqualTo(movie.getString("id"));
            assertThat(review.getJsonObject("movie").getString("title")).isEqualTo(movie.getString("title"));
            assertThat(review.getString("userId")).isEqualTo(ada.userId());
            assertThat(review.getInt("rating")).isEqualTo(4);
            assertThat(review.getString("authorName")).isEqualTo("Pat ada");
        });

        // The confirmation is queued with the booking: on both channels for Ada, who opted in to SMS.
        List<JsonObject> adas = list(ada.api(), MY_NOTICES, "myNotices");
        assertThat(adas).as(adas.toString()).anySatisfy(notice -> {
            assertThat(notice.getString("kind")).isEqualTo("BOOKING_CONFIRMED");
            assertThat(notice.getString("channel")).isEqualTo("EMAIL");
            assertThat(notice.getString("recipient")).isEqualTo(ada.email());
            assertThat(notice.getString("bookingId")).isEqualTo(adaBooking);
            assertThat(notice.isNull("waitlistEntryId")).isTrue();
        });
        assertThat(adas).anySatisfy(notice -> {
            assertThat(notice.getString("kind")).isEqualTo("BOOKING_CONFIRMED");
            assertThat(notice.getString("channel")).isEqualTo("SMS");
            assertThat(notice.isNull("recipient")).as("the number is looked up when sent, never stored here").isTrue();
        });
        assertThat(adas).extracting(n -> n.getString("bookingId")).containsOnly(adaBooking);
        List<JsonObject> bos = list(bo.api(), MY_NOTICES, "myNotices");
        assertThat(bos).isNotEmpty().extracting(n -> n.getString("bookingId")).containsOnly(boBooking);
        assertThat(bos.toString()).doesNotContain(ada.email());

        // Bookings come a page (100) at a time; the page after the last is empty.
        assertThat(GraphQlHttp.dataWithoutErrors(ada.api().post(MY_BOOKINGS, Map.of("p", 0))).getJsonArray("myBookings")
                .getValuesAs(JsonObject.class)).extracting(b -> b.getString("id")).containsExactly(adaBooking);
        assertThat(GraphQlHttp.dataWithoutErrors(ada.api().post(MY_BOOKINGS, Map.of("p", 1))).getJsonArray("myBookings"))
                .isEmpty();

        for (String anonymous : List.of(MY_REVIEWS, MY_NOTICES)) {
            assertThat(GraphQlHttp.firstErrorCode(fixtures.gateway.post(anonymous))).as(anonymous).isEqualTo("UNAUTHENTICATED");
        }
    }
}
