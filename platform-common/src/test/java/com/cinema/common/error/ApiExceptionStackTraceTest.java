package com.cinema.common.error;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only faults carry a stack trace: answers to the caller are thrown on every lost race and nobody reads theirs. */
class ApiExceptionStackTraceTest {

    @Test
    void anAnswerToTheCallerHasNoStackTrace() {
        assertThat(new SeatUnavailableException("Seat A1 is taken").getStackTrace()).isEmpty();
        assertThat(new NotFoundException("No such showtime").getStackTrace()).isEmpty();
        assertThat(new ConflictException("Already on the waitlist").getStackTrace()).isEmpty();
    }

    @Test
    void aFaultKeepsItsStackTraceAndACauseKeepsItsOwn() {
        TimeoutException cause = new TimeoutException("booking did not answer");
        UpstreamUnavailableException upstream = new UpstreamUnavailableException("booking", cause);

        assertThat(upstream.getStackTrace()).isNotEmpty();
        assertThat(upstream.getStackTrace()[0].getMethodName()).isEqualTo("aFaultKeepsItsStackTraceAndACauseKeepsItsOwn");
        assertThat(upstream.getCause().getStackTrace()).isNotEmpty();
        assertThat(upstream.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void theCodeOfAClassIsStillFoundFromItsOwnOrAnInheritedAnnotation() {
        class Unannotated extends SeatUnavailableException {
            Unannotated() {
                super("inherits SEAT_UNAVAILABLE");
            }
        }
        assertThat(ApiException.codeOf(Unannotated.class)).contains(ErrorCode.SEAT_UNAVAILABLE);
        assertThat(new Unannotated().getStackTrace()).isEmpty();
        assertThat(ApiException.codeOf(String.class)).isEmpty();
    }
}
