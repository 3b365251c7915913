package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.List;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.errorExtensions;
import static com.cinema.payment.it.PaymentCalls.giftCard;
import static com.cinema.payment.it.PaymentCalls.id;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds: who may, how much, how often, and what a gift card gets back. */
@MicroShedTest
class RefundIT {

    private static final String BASE = BaseUrl.get();

    private final PaymentCalls customer = Customers.customer(BASE);
    private final PaymentCalls service = Customers.bookingService(BASE);
    private final PaymentCalls admin = Customers.admin(BASE);

    private long paid(int amountCents) {
        return id(paymentOf(customer.charge(card("4242424242424242", newBookingId(), amountCents, "GBP", newKey())), "charge"));
    }

    @Test
    void partialThenFullRefundMovesTheStatusAndNeverBeyondTheAmount() {
        long payment = paid(1000);

        JsonObject partial = paymentOf(service.refund(payment, 300, newKey()), "refund");
        assertThat(partial.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(partial.getInt("refundedCents")).isEqualTo(300);

        JsonObject tooMuch = admin.refund(payment, 701, newKey());
        assertThat(GraphQlHttp.firstErrorCode(tooMuch)).isEqualTo("CONFLICT");

        JsonObject rest = paymentOf(admin.refund(payment, null, newKey()), "refund");
        assertThat(rest.getString("status")).isEqualTo("REFUNDED");
        assertThat(rest.getInt("refundedCents")).isEqualTo(1000);

        assertThat(GraphQlHttp.firstErrorCode(service.refund(payment, 1, newKey()))).isEqualTo("CONFLICT");
    }

    @Test
    void theSameRefundKeyRefundsOnceAndAnotherAmountWithItIsAConflict() {
        long payment = paid(1000);
        String key = newKey();

        paymentOf(service.refund(payment, 250, key), "refund");
        JsonObject again = paymentOf(service.refund(payment, 250, key), "refund");

        assertThat(again.getInt("refundedCents")).isEqualTo(250);
        assertThat(GraphQlHttp.firstErrorCode(service.refund(payment, 300, key))).isEqualTo("CONFLICT");
        assertThat(paymentOf(admin.payment(payment), "payment").getInt("refundedCents")).isEqualTo(250);
    }

    @Test
    void tenConcurrentPartialRefundsNeverExceedTheCapturedAmount() throws Exception {
        long payment = paid(1000);

        List<JsonObject> responses = ChargeIT.race(10, () -> service.refund(payment, 300, newKey()));

        long refunded = responses.stream().filter(r -> paymentOf(r, "refund") != null).count();
        long refused = responses.stream().filter(r -> "CONFLICT".equals(GraphQlHttp.firstErrorCode(r))).count();
        assertThat(refunded).isEqualTo(3);
        assertThat(refused).isEqualTo(7);
        JsonObject after = paymentOf(admin.payment(payment), "payment");
        assertThat(after.getInt("refundedCents")).isEqualTo(900);
        assertThat(after.getString("status")).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void aFailedPaymentCannotBeRefunded() {
        String key = newKey();
        JsonObject declined = customer.charge(card("4000000000000002", newBookingId(), 500, "GBP", key));
        long payment = Long.parseLong(errorExtensions(declined).getString("paymentId"));

        JsonObject response = service.refund(payment, null, newKey());

        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("CONFLICT");
        assertThat(paymentOf(admin.payment(payment), "payment").getString("status")).isEqualTo("FAILED");
    }

    @Test
    void aCustomerMayNotRefundEvenTheirOwnPayment() {
        long payment = paid(500);

        JsonObject response = customer.refund(payment, null, newKey());

        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("FORBIDDEN");
        assertThat(paymentOf(admin.payment(payment), "payment").getInt("refundedCents")).isZero();
    }

    @Test
    void anUnknownPaymentIsNotFound() {
        assertThat(GraphQlHttp.firstErrorCode(service.refund(Long.MAX_VALUE, null, newKey()))).isEqualTo("NOT_FOUND");
    }

    @Test
    void aGiftCardRefundGoesBackOnTheCard() {
        // GIFT-GBP-1000 starts every run with 10.00 and is used by this test only.
        long payment = id(paymentOf(customer.charge(giftCard("GIFT-GBP-1000", newBookingId(), 1000, "GBP", newKey())), "charge"));
        assertThat(errorExtensions(customer.charge(giftCard("GIFT-GBP-1000", newBookingId(), 1, "GBP", newKey())))
                .getString("reason")).isEqualTo("INSUFFICIENT_FUNDS");

        paymentOf(service.refund(payment, 400, newKey()), "refund");

        assertThat(errorExtensions(customer.charge(giftCard("GIFT-GBP-1000", newBookingId(), 401, "GBP", newKey())))
                .getString("reason")).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(paymentOf(customer.charge(giftCard("GIFT-GBP-1000", newBookingId(), 400, "GBP", newKey())), "charge")
                .getString("status")).isEqualTo("SUCCEEDED");
    }
}
