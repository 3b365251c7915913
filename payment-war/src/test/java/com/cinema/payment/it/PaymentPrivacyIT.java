package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.id;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A customer sees only their own payments (others' are simply not there); staff and services see all. */
@MicroShedTest
class PaymentPrivacyIT {

    private static final String BASE = BaseUrl.get();

    private final PaymentCalls owner = Customers.customer(BASE);
    private final PaymentCalls stranger = Customers.customer(BASE);
    private final long booking = newBookingId();
    private final String key = newKey();

    private long ownersPayment() {
        return id(paymentOf(owner.charge(card("4242424242424242", booking, 1500, "GBP", key)), "charge"));
    }

    @Test
    void anotherCustomerFindsNothingByIdBookingOrKey() {
        long payment = ownersPayment();

        JsonObject byId = stranger.payment(payment);
        assertThat(byId.containsKey("errors")).as(byId.toString()).isFalse();
        assertThat(paymentOf(byId, "payment")).isNull();
        assertThat(stranger.paymentsByBookingIds(booking).getJsonObject("data").getJsonArray("paymentsByBookingIds")).isEmpty();
        assertThat(paymentOf(stranger.paymentByKey(key, null), "paymentByIdempotencyKey")).isNull();
        // A customer cannot name someone else with userId either.
        assertThat(paymentOf(stranger.paymentByKey(key, owner.userId), "paymentByIdempotencyKey")).isNull();
        assertThat(stranger.myPayments().getJsonObject("data").getJsonArray("myPayments")).isEmpty();
    }

    @Test
    void theOwnerFindsTheirPaymentEveryWayNewestFirst() {
        long payment = ownersPayment();
        long later = id(paymentOf(owner.charge(card("4242424242424242", newBookingId(), 700, "GBP", newKey())), "charge"));

        assertThat(paymentOf(owner.payment(payment), "payment").getInt("amountCents")).isEqualTo(1500);
        assertThat(owner.paymentsByBookingIds(booking, newBookingId()).getJsonObject("data")
                .getJsonArray("paymentsByBookingIds")).hasSize(1);
        assertThat(id(paymentOf(owner.paymentByKey(key, null), "paymentByIdempotencyKey"))).isEqualTo(payment);
        assertThat(owner.myPayments().getJsonObject("data").getJsonArray("myPayments").getValuesAs(JsonObject.class)
                .stream().map(PaymentCalls::id).toList()).containsExactly(later, payment);
        // 100 to a page: both are on the first page, none on the second; a negative page is refused.
        assertThat(owner.myPayments(0).getJsonObject("data").getJsonArray("myPayments")).hasSize(2);
        assertThat(owner.myPayments(1).getJsonObject("data").getJsonArray("myPayments")).isEmpty();
        JsonObject negative = owner.myPayments(-1);
        assertThat(GraphQlHttp.firstErrorCode(negative)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(negative)).isEqualTo("page");
    }

    @Test
    void staffAndServicesSeeEveryPaymentAndNameTheCustomerByUserId() {
        long payment = ownersPayment();
        PaymentCalls service = Customers.bookingService(BASE);
        PaymentCalls admin = Customers.admin(BASE);

        assertThat(id(paymentOf(service.payment(payment), "payment"))).isEqualTo(payment);
        assertThat(admin.paymentsByBookingIds(booking).getJsonObject("data").getJsonArray("paymentsByBookingIds")).hasSize(1);
        assertThat(id(paymentOf(service.paymentByKey(key, owner.userId), "paymentByIdempotencyKey"))).isEqualTo(payment);
        assertThat(paymentOf(service.paymentByKey(key, stranger.userId), "paymentByIdempotencyKey")).isNull();
        JsonObject page = admin.graphql.post("{ payments(page: 0, size: 5) { items { id } total page size } }")
                .getJsonObject("data").getJsonObject("payments");
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("items").size()).isBetween(1, 5);
        assertThat(com.cinema.testing.GraphQlHttp.firstErrorCode(owner.graphql.post("{ payments { total } }")))
                .isEqualTo("FORBIDDEN");
    }
}
