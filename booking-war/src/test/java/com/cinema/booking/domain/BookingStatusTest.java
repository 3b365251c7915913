package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.cinema.booking.domain.BookingStatus.CANCELLED;
import static com.cinema.booking.domain.BookingStatus.CONFIRMED;
import static com.cinema.booking.domain.BookingStatus.EXPIRED;
import static com.cinema.booking.domain.BookingStatus.FAILED;
import static com.cinema.booking.domain.BookingStatus.HELD;
import static com.cinema.booking.domain.BookingStatus.PAYMENT_PENDING;
import static com.cinema.booking.domain.BookingStatus.REFUNDED;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingStatusTest {

    @Test
    void parsesNamesIgnoringCaseAndBlanks() {
        assertThat(BookingStatus.parse("status", " confirmed ")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(BookingStatus.parse("status", "PAYMENT_PENDING")).isEqualTo(BookingStatus.PAYMENT_PENDING);
    }

    @Test
    void unknownOrMissingStatusIsAValidationErrorOfTheGivenField() {
        assertThatThrownBy(() -> BookingStatus.parse("filter.status", "PAID"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("filter.status"))
                .hasMessageStartingWith("filter.status: must be one of HELD, PAYMENT_PENDING, CONFIRMED");
        assertThatThrownBy(() -> BookingStatus.parse("filter.status", null))
                .isInstanceOf(ValidationException.class);
    }

    /** The saga's whole table, written out once more by hand: every pair not listed here must be refused. */
    private static final Map<BookingStatus, Set<BookingStatus>> ALLOWED = Map.of(
            HELD, EnumSet.of(PAYMENT_PENDING, EXPIRED, CANCELLED),
            PAYMENT_PENDING, EnumSet.of(CONFIRMED, HELD, FAILED),
            CONFIRMED, EnumSet.of(CANCELLED, REFUNDED),
            CANCELLED, EnumSet.noneOf(BookingStatus.class),
            EXPIRED, EnumSet.noneOf(BookingStatus.class),
            REFUNDED, EnumSet.noneOf(BookingStatus.class),
            FAILED, EnumSet.noneOf(BookingStatus.class));

    @Test
    void transitionTableAllowsExactlyTheSagasMoves() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(BookingStatus.values());
        for (BookingStatus from : BookingStatus.values()) {
            for (BookingStatus to : BookingStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to)).as(from + " -> " + to)
                            .isInstanceOfSatisfying(BookingTransitionException.class, e -> {
                                assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                                assertThat(e.from()).isEqualTo(from);
                                assertThat(e.to()).isEqualTo(to);
                            })
                            .hasMessage("A booking that is " + from + " cannot become " + to);
                }
            }
        }
    }

    @Test
    void endsAreFinalAndNothingMovesToItself() {
        assertThat(EnumSet.allOf(BookingStatus.class)).filteredOn(BookingStatus::isFinal)
                .containsExactlyInAnyOrder(CANCELLED, EXPIRED, REFUNDED, FAILED);
        for (BookingStatus status : BookingStatus.values()) {
            assertThat(status.canBecome(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void paymentUnderWayOrDoneKeepsSeatsAndOnlyPaidSeatsAreSold() {
        assertThat(EnumSet.allOf(BookingStatus.class)).filteredOn(BookingStatus::keepsSeatsPastHoldTime)
                .containsExactlyInAnyOrder(PAYMENT_PENDING, CONFIRMED);
        assertThat(CONFIRMED.seatStatus()).isEqualTo(SeatStatus.SOLD);
        assertThat(HELD.seatStatus()).isEqualTo(SeatStatus.HELD);
        assertThat(PAYMENT_PENDING.seatStatus()).isEqualTo(SeatStatus.HELD);
        assertThat(PAYMENT_PENDING.canBecome(EXPIRED)).as("the sweeper never expires a payment under way").isFalse();
    }
}
