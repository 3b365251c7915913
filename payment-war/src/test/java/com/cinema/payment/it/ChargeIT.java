package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.errorExtensions;
import static com.cinema.payment.it.PaymentCalls.giftCard;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static com.cinema.payment.it.PaymentCalls.wallet;
import static org.assertj.core.api.Assertions.assertThat;

/** Charges against the payment-it server: test cards, input errors, wallets, gift cards, idempotency under load. */
@MicroShedTest
class ChargeIT {

    private static final String BASE = BaseUrl.get();

    private final PaymentCalls customer = Customers.customer(BASE);

    @Test
    void theApprovingTestCardSucceedsWithAReceiptAndOnlyBrandAndLastFourStored() {
        double before = Metrics.charges(BASE, "CARD", "SUCCEEDED");
        long booking = newBookingId();

        JsonObject payment = paymentOf(customer.charge(card("4242 4242 4242 4242", booking, 1250, "gbp", newKey())), "charge");

        assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.getString("bookingId")).isEqualTo(String.valueOf(booking));
        assertThat(payment.getInt("amountCents")).isEqualTo(1250);
        assertThat(payment.getString("currency")).isEqualTo("GBP");
        assertThat(payment.getString("method")).isEqualTo("CARD");
        assertThat(payment.getString("cardBrand")).isEqualTo("VISA");
        assertThat(payment.getString("cardLast4")).isEqualTo("4242");
        assertThat(payment.getString("receiptNumber")).matches("RC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(payment.getInt("refundedCents")).isZero();
        assertThat(payment.isNull("failureReason")).isTrue();
        assertThat(Metrics.charges(BASE, "CARD", "SUCCEEDED")).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @CsvSource({"4000000000000002,CARD_DECLINED,false", "4000000000009995,INSUFFICIENT_FUNDS,false",
            "4000000000000119,PROCESSING_ERROR,true"})
    void decliningTestCardsLeaveAFailedPaymentAndSayWhy(String number, String reason, boolean retryable) {
        double declinedBefore = Metrics.charges(BASE, "CARD", "DECLINED");
        String key = newKey();

        JsonObject response = customer.charge(card(number, newBookingId(), 900, "GBP", key));

        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("PAYMENT_DECLINED");
        JsonObject extensions = errorExtensions(response);
        assertThat(extensions.getString("reason")).isEqualTo(reason);
        assertThat(extensions.getBoolean("retryable")).isEqualTo(retryable);
        assertThat(response.toString()).doesNotContain(number);
        JsonObject failed = paymentOf(customer.paymentByKey(key, null), "paymentByIdempotencyKey");
        assertThat(failed.getString("id")).isEqualTo(extensions.getString("paymentId"));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).isNotBlank();
        assertThat(failed.isNull("receiptNumber")).isTrue();
        assertThat(Metrics.charges(BASE, "CARD", "DECLINED")).isEqualTo(declinedBefore + 1);
    }

    @Test
    void otherValidCardsOfEveryBrandAreApproved() {
        assertThat(paymentOf(customer.charge(card("5555555555554444", newBookingId(), 500, "EUR", newKey())), "charge")
                .getString("cardBrand")).isEqualTo("MASTERCARD");
        JsonObject amex = paymentOf(customer.charge(card("378282246310005", newBookingId(), 500, "GBP", newKey())), "charge");
        assertThat(amex.getString("cardBrand")).isEqualTo("AMEX");
        assertThat(amex.getString("cardLast4")).isEqualTo("0005");
        assertThat(amex.getString("status")).isEqualTo("SUCCEEDED");
    }

    @ParameterizedTest
    @CsvSource({
            "cardNumber,4242424242424241,12,0,123",
            "cardNumber,6011111111111117,12,0,123",
            "expYear,4242424242424242,12,-2,123",
            "expMonth,4242424242424242,13,0,123",
            "cvc,4242424242424242,12,0,12",
            "cvc,378282246310005,12,0,123"})
    void badCardDetailsNameTheFieldAndWriteNoRow(String field, String number, int month, int yearsFromNow, String cvc) {
        String key = newKey();
        var input = card(number, newBookingId(), 700, "GBP", key).add("expMonth", month)
                .add("expYear", PaymentCalls.NEXT_YEAR - 1 + yearsFromNow).add("cvc", cvc);

        JsonObject response = customer.charge(input);

        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(errorExtensions(response).getString("field")).isEqualTo("input." + field);
        assertThat(response.toString()).doesNotContain(number).doesNotContain("at com.");
        assertThat(paymentOf(customer.paymentByKey(key, null), "paymentByIdempotencyKey")).isNull();
    }

    @Test
    void aMissingCardholderNameOrWalletTokenIsNamed() {
        JsonObject noName = customer.charge(card("4242424242424242", newBookingId(), 700, "GBP", newKey())
                .add("cardholderName", " "));
        assertThat(errorExtensions(noName).getString("field")).isEqualTo("input.cardholderName");
        JsonObject noToken = customer.charge(wallet(" ", newBookingId(), 700, newKey()));
        assertThat(errorExtensions(noToken).getString("field")).isEqualTo("input.walletToken");
        JsonObject badAmount = customer.charge(card("4242424242424242", newBookingId(), 0, "GBP", newKey()));
        assertThat(errorExtensions(badAmount).getString("code")).isEqualTo("VALIDATION");
        assertThat(errorExtensions(badAmount).getString("field")).isEqualTo("input.amountCents");
    }

    @Test
    void demoWalletTokensApproveAndDecline() {
        JsonObject approved = paymentOf(customer.charge(wallet("WALLET-DEMO-APPROVE", newBookingId(), 800, newKey())), "charge");
        assertThat(approved.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(approved.getString("method")).isEqualTo("WALLET");
        assertThat(approved.isNull("cardLast4")).isTrue();

        JsonObject declined = customer.charge(wallet("WALLET-DEMO-DECLINE", newBookingId(), 800, newKey()));
        assertThat(GraphQlHttp.firstErrorCode(declined)).isEqualTo("PAYMENT_DECLINED");
        assertThat(errorExtensions(declined).getString("reason")).isEqualTo("WALLET_DECLINED");
        assertThat(errorExtensions(declined).getBoolean("retryable")).isFalse();
    }

    @Test
    void giftCardsPayWithinTheirBalanceAndCurrencyOnly() {
        JsonObject paid = paymentOf(customer.charge(giftCard("gift-gbp-5000", newBookingId(), 1500, "GBP", newKey())), "charge");
        assertThat(paid.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(paid.getString("method")).isEqualTo("GIFT_CARD");

        JsonObject tooMuch = customer.charge(giftCard("GIFT-GBP-5000", newBookingId(), 3501, "GBP", newKey()));
        assertThat(errorExtensions(tooMuch).getString("reason")).isEqualTo("INSUFFICIENT_FUNDS");
        JsonObject otherCurrency = customer.charge(giftCard("GIFT-GBP-5000", newBookingId(), 100, "EUR", newKey()));
        assertThat(errorExtensions(otherCurrency).getString("reason")).isEqualTo("GIFT_CARD_CURRENCY");
        JsonObject unknown = customer.charge(giftCard("GIFT-NOPE", newBookingId(), 100, "GBP", newKey()));
        assertThat(errorExtensions(unknown).getString("reason")).isEqualTo("GIFT_CARD_UNKNOWN");
        assertThat(paymentOf(customer.charge(giftCard("GIFT-EUR-5000", newBookingId(), 4999, "EUR", newKey())), "charge")
                .getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void tenConcurrentChargesNeverTakeAGiftCardBelowZero() throws Exception {
        // GIFT-GBP-2000 starts every run with 20.00 and is used by this test only.
        List<JsonObject> responses = race(10, () -> Customers.customer(BASE)
                .charge(giftCard("GIFT-GBP-2000", newBookingId(), 600, "GBP", newKey())));

        long succeeded = responses.stream().filter(r -> paymentOf(r, "charge") != null).count();
        long insufficient = responses.stream()
                .filter(r -> "INSUFFICIENT_FUNDS".equals(errorExtensions(r).getString("reason", null))).count();
        assertThat(succeeded).isEqualTo(3);
        assertThat(insufficient).isEqualTo(7);
        // 2.00 is left: exactly that can still be taken, and not a cent more.
        assertThat(errorExtensions(customer.charge(giftCard("GIFT-GBP-2000", newBookingId(), 201, "GBP", newKey())))
                .getString("reason")).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(paymentOf(customer.charge(giftCard("GIFT-GBP-2000", newBookingId(), 200, "GBP", newKey())), "charge")
                .getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void twentyConcurrentIdenticalChargesChargeOnce() throws Exception {
        long booking = newBookingId();
        String key = newKey();
        double before = Metrics.charges(BASE, "CARD", "SUCCEEDED");

        List<JsonObject> responses = race(20, () -> customer.charge(card("4242424242424242", booking, 4321, "GBP", key)));

        List<JsonObject> payments = responses.stream().map(r -> paymentOf(r, "charge")).toList();
        assertThat(payments).doesNotContainNull();
        assertThat(payments.stream().map(p -> p.getString("id")).distinct()).hasSize(1);
        assertThat(payments.stream().map(p -> p.getString("status")).distinct()).containsExactly("SUCCEEDED");
        assertThat(payments.stream().map(p -> p.getString("receiptNumber")).distinct()).hasSize(1);
        JsonObject rows = Customers.admin(BASE).paymentsByBookingIds(booking);
        assertThat(rows.getJsonObject("data").getJsonArray("paymentsByBookingIds")).hasSize(1);
        assertThat(Metrics.charges(BASE, "CARD", "SUCCEEDED")).isEqualTo(before + 1);
    }

    @Test
    void aRepeatedDeclineGivesTheSameDeclineWithoutChargingAgain() {
        String key = newKey();
        long booking = newBookingId();
        JsonObject first = customer.charge(card("4000000000000002", booking, 900, "GBP", key));
        double declinedBefore = Metrics.charges(BASE, "CARD", "DECLINED");

        JsonObject again = customer.charge(card("4000000000000002", booking, 900, "GBP", key));

        assertThat(GraphQlHttp.firstErrorCode(again)).isEqualTo("PAYMENT_DECLINED");
        assertThat(errorExtensions(again).getString("paymentId")).isEqualTo(errorExtensions(first).getString("paymentId"));
        assertThat(errorExtensions(again).getString("reason")).isEqualTo("CARD_DECLINED");
        assertThat(Metrics.charges(BASE, "CARD", "DECLINED")).isEqualTo(declinedBefore);
    }

    @Test
    void theSameKeyWithAnotherAmountIsAConflict() {
        String key = newKey();
        long booking = newBookingId();
        JsonObject first = paymentOf(customer.charge(card("4242424242424242", booking, 1000, "GBP", key)), "charge");

        JsonObject other = customer.charge(card("4242424242424242", booking, 1001, "GBP", key));
        assertThat(GraphQlHttp.firstErrorCode(other)).isEqualTo("CONFLICT");
        JsonObject otherCard = customer.charge(card("5555555555554444", booking, 1000, "GBP", key));
        assertThat(GraphQlHttp.firstErrorCode(otherCard)).isEqualTo("CONFLICT");

        JsonObject stored = paymentOf(customer.paymentByKey(key, null), "paymentByIdempotencyKey");
        assertThat(stored.getString("id")).isEqualTo(first.getString("id"));
        assertThat(stored.getInt("amountCents")).isEqualTo(1000);
    }

    @Test
    void anotherCustomersSameKeyIsASeparatePayment() {
        String key = newKey();
        long booking = newBookingId();
        PaymentCalls other = Customers.customer(BASE);

        JsonObject mine = paymentOf(customer.charge(card("4242424242424242", booking, 1000, "GBP", key)), "charge");
        JsonObject theirs = paymentOf(other.charge(card("4242424242424242", booking, 1000, "GBP", key)), "charge");

        assertThat(theirs.getString("id")).isNotEqualTo(mine.getString("id"));
        assertThat(theirs.getString("receiptNumber")).isNotEqualTo(mine.getString("receiptNumber"));
        // The booking service asks by (customer, key) and finds each customer's own payment.
        PaymentCalls service = Customers.bookingService(BASE);
        assertThat(paymentOf(service.paymentByKey(key, customer.userId), "paymentByIdempotencyKey").getString("id"))
                .isEqualTo(mine.getString("id"));
        assertThat(paymentOf(service.paymentByKey(key, other.userId), "paymentByIdempotencyKey").getString("id"))
                .isEqualTo(theirs.getString("id"));
    }

    @Test
    void aServiceTokenCannotChargeForNobody() {
        JsonObject response = Customers.bookingService(BASE).charge(card("4242424242424242", newBookingId(), 100, "GBP", newKey()));
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("FORBIDDEN");
    }

    @Test
    void chargeMetricsAreDescribedAndCarryNoCardData() {
        String text = HttpProbe.get(BASE + "/metrics?scope=application").body();
        assertThat(text).contains("# HELP payment_charges_total").contains("# HELP payment_charge_duration_seconds")
                .contains("# HELP payment_refunds_total").contains("# HELP payment_declines_total");
        assertThat(text).doesNotContain("4242424242424242").doesNotContain("key-");
    }

    /** Runs the calls at once from as many threads, released together. */
    static List<JsonObject> race(int callers, Callable<JsonObject> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<JsonObject> results = new ArrayList<>();
            for (Future<JsonObject> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
