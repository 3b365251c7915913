package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.errorExtensions;
import static com.cinema.payment.it.PaymentCalls.id;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static com.cinema.payment.it.PaymentCalls.wallet;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff find payments by status, method, booking, customer, receipt number (as customers read it out) and time. */
@MicroShedTest
class PaymentSearchIT {

    private static final String BASE = BaseUrl.get();

    private final PaymentCalls customer = Customers.customer(BASE);
    private final PaymentCalls admin = Customers.admin(BASE);

    @Test
    void staffNarrowACustomersPaymentsByEachCriterionAndTheTotalFollows() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        long paidBooking = newBookingId();
        JsonObject paid = paymentOf(customer.charge(card("4242424242424242", paidBooking, 1800, "GBP", newKey())), "charge");
        JsonObject declined = customer.charge(card("4000000000000002", newBookingId(), 900, "GBP", newKey()));
        assertThat(errorExtensions(declined).getString("code")).as(declined.toString()).isEqualTo("PAYMENT_DECLINED");
        long declinedPayment = Long.parseLong(errorExtensions(declined).getString("paymentId"));
        long walletPayment = id(paymentOf(customer.charge(wallet("WALLET-DEMO-APPROVE", newBookingId(), 1200, newKey())), "charge"));
        String own = String.valueOf(customer.userId);

        assertThat(search(Map.of("userId", own))).containsExactly(walletPayment, declinedPayment, id(paid));
        assertThat(total(Map.of("userId", own))).isEqualTo(3);
        assertThat(search(Map.of("userId", own, "status", "failed"))).containsExactly(declinedPayment);
        assertThat(total(Map.of("userId", own, "status", "FAILED"))).isEqualTo(1);
        assertThat(search(Map.of("userId", own, "method", "WALLET"))).containsExactly(walletPayment);
        assertThat(search(Map.of("bookingId", String.valueOf(paidBooking)))).containsExactly(id(paid));

        // Read out over the phone: lower case, spaces, no "RC-"; one payment in the whole ledger has it.
        String receipt = paid.getString("receiptNumber");
        String spoken = receipt.substring(3).replace('-', ' ').toLowerCase(Locale.ROOT);
        assertThat(search(Map.of("receiptNumber", spoken))).containsExactly(id(paid));
        assertThat(total(Map.of("receiptNumber", spoken))).isEqualTo(1);

        OffsetDateTime after = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
        assertThat(search(Map.of("userId", own, "from", before.toString(), "to", after.toString()))).hasSize(3);
        assertThat(search(Map.of("userId", own, "from", after.toString()))).isEmpty();
    }

    @Test
    void aBadCriterionIsRefusedOnItsFieldAndCustomersCannotSearch() {
        assertRefused(Map.of("status", "PAID"), "filter.status");
        assertRefused(Map.of("method", "CASH"), "filter.method");
        assertRefused(Map.of("receiptNumber", "RC-0000-1111"), "filter.receiptNumber");
        assertRefused(Map.of("bookingId", "one"), "filter.bookingId");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertRefused(Map.of("from", now.toString(), "to", now.minusDays(1).toString()), "filter.from");

        JsonObject refused = customer.graphql.post("query($filter: PaymentFilter) { payments(filter: $filter) { total } }",
                Map.of("filter", filter(Map.of("userId", String.valueOf(customer.userId)))));
        assertThat(GraphQlHttp.firstErrorCode(refused)).isEqualTo("FORBIDDEN");
    }

    private void assertRefused(Map<String, String> criteria, String field) {
        JsonObject response = query(criteria);
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(errorExtensions(response).getString("field")).isEqualTo(field);
    }

    private List<Long> search(Map<String, String> criteria) {
        JsonObject response = query(criteria);
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject("payments").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(PaymentCalls::id).toList();
    }

    private int total(Map<String, String> criteria) {
        return query(criteria).getJsonObject("data").getJsonObject("payments").getInt("total");
    }

    private JsonObject query(Map<String, String> criteria) {
        return admin.graphql.post("query($filter: PaymentFilter) { payments(filter: $filter, size: 50) { total items { id } } }",
                Map.of("filter", filter(criteria)));
    }

    private static JsonObject filter(Map<String, String> criteria) {
        JsonObjectBuilder filter = Json.createObjectBuilder();
        criteria.forEach(filter::add);
        return filter.build();
    }
}
