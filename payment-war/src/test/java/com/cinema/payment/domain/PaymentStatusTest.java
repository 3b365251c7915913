package com.cinema.payment.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static com.cinema.payment.domain.PaymentStatus.FAILED;
import static com.cinema.payment.domain.PaymentStatus.PARTIALLY_REFUNDED;
import static com.cinema.payment.domain.PaymentStatus.PENDING;
import static com.cinema.payment.domain.PaymentStatus.REFUNDED;
import static com.cinema.payment.domain.PaymentStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The only ways a payment moves, which the conditional UPDATEs take their "from" states from. */
class PaymentStatusTest {

    @Test
    void theTransitionTableIsExactlyThis() {
        assertThat(PENDING.next()).containsExactlyInAnyOrder(SUCCEEDED, FAILED);
        assertThat(SUCCEEDED.next()).containsExactlyInAnyOrder(PARTIALLY_REFUNDED, REFUNDED);
        assertThat(PARTIALLY_REFUNDED.next()).containsExactlyInAnyOrder(PARTIALLY_REFUNDED, REFUNDED);
        assertThat(FAILED.next()).isEmpty();
        assertThat(REFUNDED.next()).isEmpty();
    }

    @Test
    void noWayBackToPendingOrFromFailure() {
        for (PaymentStatus status : PaymentStatus.values()) {
            assertThat(status.canMoveTo(PENDING)).as(status + " -> PENDING").isFalse();
            assertThat(FAILED.canMoveTo(status)).as("FAILED -> " + status).isFalse();
            assertThat(REFUNDED.canMoveTo(status)).as("REFUNDED -> " + status).isFalse();
        }
        assertThat(SUCCEEDED.canMoveTo(FAILED)).isFalse();
        assertThat(PARTIALLY_REFUNDED.canMoveTo(SUCCEEDED)).isFalse();
    }

    @Test
    void fromGivesTheStatesAnUpdateMayStartIn() {
        assertThat(PaymentStatus.from(SUCCEEDED)).isEqualTo(EnumSet.of(PENDING));
        assertThat(PaymentStatus.from(FAILED)).isEqualTo(EnumSet.of(PENDING));
        assertThat(PaymentStatus.from(REFUNDED)).isEqualTo(EnumSet.of(SUCCEEDED, PARTIALLY_REFUNDED));
        assertThat(PaymentStatus.from(PENDING)).isEmpty();
    }

    @Test
    void onlyCapturedPaymentsAreRefundable() {
        assertThat(SUCCEEDED.isRefundable()).isTrue();
        assertThat(PARTIALLY_REFUNDED.isRefundable()).isTrue();
        assertThat(PENDING.isRefundable()).isFalse();
        assertThat(FAILED.isRefundable()).isFalse();
        assertThat(REFUNDED.isRefundable()).isFalse();
    }

    @Test
    void refundsMakeAPaymentPartiallyOrFullyRefunded() {
        assertThat(PaymentStatus.afterRefunds(1000, 1)).isEqualTo(PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.afterRefunds(1000, 999)).isEqualTo(PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.afterRefunds(1000, 1000)).isEqualTo(REFUNDED);
        assertThatThrownBy(() -> PaymentStatus.afterRefunds(1000, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentStatus.afterRefunds(1000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyProcessingFailuresAreRetryable() {
        for (DeclineReason reason : DeclineReason.values()) {
            boolean processing = reason == DeclineReason.PROCESSING_ERROR || reason == DeclineReason.PROCESSING_INTERRUPTED;
            assertThat(reason.retryable()).as(reason.name()).isEqualTo(processing);
        }
    }
}
