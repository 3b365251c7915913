package com.cinema.booking.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;

import static com.cinema.booking.it.BookingIt.createShowtime;
import static com.cinema.booking.it.BookingIt.eventually;
import static com.cinema.booking.it.BookingIt.freshDay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circuit breakers count only failures of the downstream service (issue #17: six bad inputs opened a breaker
 * for everyone): a dozen answers that are the caller's own mistake (VALIDATION from the movie service) leave
 * the movie client's breaker closed; a dozen failures of the movie service (INTERNAL) open it, and it closes
 * again once the service answers.
 */
@MicroShedTest
class DownstreamBreakerIT {

    private static final int CALLS = 12;

    @Test
    void callerMistakesNeverOpenTheBreakerWhileDownstreamFailuresDo() {
        for (int i = 0; i < CALLS; i++) {
            JsonObject refused = createShowtime("977", "811", freshDay(), 1000);
            assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("VALIDATION");
        }
        assertThat(createShowtime("901", "811", freshDay(), 1000).containsKey("errors"))
                .as("breaker still closed after the caller's mistakes").isFalse();

        for (int i = 0; i < CALLS; i++) {
            JsonObject failed = createShowtime("978", "811", freshDay(), 1000);
            assertThat(GraphQlHttp.firstErrorCode(failed)).as(failed.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
        }
        int movieCalls = StubUpstream.calls("movie").size();
        JsonObject shortCircuited = createShowtime("901", "811", freshDay(), 1000);
        assertThat(GraphQlHttp.firstErrorCode(shortCircuited)).as(shortCircuited.toString())
                .isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(StubUpstream.calls("movie")).as("an open breaker does not call the movie service").hasSize(movieCalls);

        // Closes again (half-open after its delay, then two successes): later tests find it working.
        assertThat(eventually(Duration.ofSeconds(30),
                () -> !createShowtime("901", "811", freshDay(), 1000).containsKey("errors"))).isTrue();
    }
}
