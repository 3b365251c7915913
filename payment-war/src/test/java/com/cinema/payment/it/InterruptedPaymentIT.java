package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.Duration;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.errorExtensions;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static com.cinema.payment.it.PaymentCalls.wallet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charge whose processor answer is lost stays PENDING (its key known to the booking service), and the
 * sweeper fails it once the test server's 3-second pending timeout has passed; a repeat then learns that.
 */
@MicroShedTest
class InterruptedPaymentIT {

    private static final String BASE = BaseUrl.get();
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("it.pending.timeout.seconds", 3));

    @Test
    void aPaymentNeverCapturedIsFailedBySweeperAndNothingIsTaken() throws Exception {
        PaymentCalls customer = Customers.customer(BASE);
        String key = newKey();
        long booking = newBookingId();

        JsonObject lost = customer.charge(wallet("WALLET-DEMO-LOST", booking, 1200, key));
        assertThat(GraphQlHttp.firstErrorCode(lost)).isEqualTo("UPSTREAM_UNAVAILABLE");
        JsonObject pending = paymentOf(customer.paymentByKey(key, null), "paymentByIdempotencyKey");
        assertThat(pending.getString("status")).isEqualTo("PENDING");

        JsonObject failed = pending;
        long deadline = System.nanoTime() + TIMEOUT.plusSeconds(10).toNanos();
        while (failed.getString("status").equals("PENDING") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            failed = paymentOf(customer.paymentByKey(key, null), "paymentByIdempotencyKey");
        }
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).isEqualTo("processing interrupted");
        assertThat(failed.isNull("receiptNumber")).isTrue();

        JsonObject repeat = customer.charge(wallet("WALLET-DEMO-LOST", booking, 1200, key));
        assertThat(GraphQlHttp.firstErrorCode(repeat)).isEqualTo("PAYMENT_DECLINED");
        assertThat(errorExtensions(repeat).getString("reason")).isEqualTo("PROCESSING_INTERRUPTED");
        assertThat(errorExtensions(repeat).getBoolean("retryable")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(Customers.bookingService(BASE).refund(
                PaymentCalls.id(failed), null, newKey()))).isEqualTo("CONFLICT");
    }
}
