package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;
import java.time.Instant;

import static com.cinema.booking.it.BookingIt.ADMIN;
import static com.cinema.booking.it.BookingIt.GRAPHQL;
import static com.cinema.booking.it.BookingIt.createShowtime;
import static com.cinema.booking.it.BookingIt.freshDay;
import static com.cinema.booking.it.BookingIt.newUserId;
import static com.cinema.booking.it.BookingIt.scheduled;
import static com.cinema.booking.it.BookingIt.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleaning gap the service reports is the one it enforces: a showtime one minute inside the reported gap after
 * another is CONFLICT, one starting exactly when the gap ends is scheduled. The admin scheduler previews with it.
 */
@MicroShedTest
class SchedulingRulesIT {

    private static final String RULES = "{ schedulingRules { cleaningGapMinutes } }";

    @Test
    void theReportedCleaningGapIsTheOneCreateShowtimeEnforces() {
        JsonObject response = ADMIN.post(RULES);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        int gap = response.getJsonObject("data").getJsonObject("schedulingRules").getInt("cleaningGapMinutes");
        assertThat(gap).isPositive();

        Instant start = freshDay();
        JsonObject first = scheduled("901", "811", start, 1100); // the stub movie 901 runs 120 minutes
        Instant end = Instant.parse(first.getString("endsAt"));

        JsonObject inside = createShowtime("903", "811", end.plus(Duration.ofMinutes(gap - 1L)), 1100);
        assertThat(GraphQlHttp.firstErrorCode(inside)).as(inside.toString()).isEqualTo("CONFLICT");
        // and before it: ending one minute inside the gap before the first one starts
        JsonObject before = createShowtime("903", "811", start.minus(Duration.ofMinutes(60L + gap - 1L)), 1100);
        assertThat(GraphQlHttp.firstErrorCode(before)).as(before.toString()).isEqualTo("CONFLICT");

        JsonObject next = scheduled("903", "811", end.plus(Duration.ofMinutes(gap)), 1100);
        assertThat(Instant.parse(next.getString("startsAt"))).isEqualTo(end.plus(Duration.ofMinutes(gap)));
    }

    @Test
    void onlyStaffReadTheRules() {
        assertThat(GraphQlHttp.firstErrorCode(user(newUserId()).post(RULES))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(GRAPHQL.post(RULES))).isEqualTo("UNAUTHENTICATED");
    }
}
