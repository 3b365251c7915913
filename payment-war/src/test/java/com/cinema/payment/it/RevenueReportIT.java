package com.cinema.payment.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static com.cinema.payment.it.Customers.newBookingId;
import static com.cinema.payment.it.Customers.newKey;
import static com.cinema.payment.it.PaymentCalls.card;
import static com.cinema.payment.it.PaymentCalls.id;
import static com.cinema.payment.it.PaymentCalls.paymentOf;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revenue net of refunds, per currency and per day, on the test server's real database (H2, or MariaDB with
 * -Pmysql). Compared as deltas of today's figures: the database outlives runs and other classes pay today too.
 */
@MicroShedTest
class RevenueReportIT {

    private static final String BASE = BaseUrl.get();
    private static final String SUMMARY = "query($from: Date, $to: Date) { revenueSummary(from: $from, to: $to) { "
            + "from to payments revenue { currency amountCents } refunded { currency amountCents } "
            + "revenuePerDay { date currency amountCents } } }";

    private final PaymentCalls customer = Customers.customer(BASE);
    private final PaymentCalls admin = Customers.admin(BASE);

    private JsonObject today() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return dataWithoutErrors(admin.graphql.post(SUMMARY, Map.of("from", today, "to", today)))
                .getJsonObject("revenueSummary");
    }

    private static long total(JsonObject summary, String list, String currency) {
        return summary.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("currency").equals(currency))
                .mapToLong(t -> t.getJsonNumber("amountCents").longValue()).sum();
    }

    private static long day(JsonObject summary, String currency) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return summary.getJsonArray("revenuePerDay").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(today) && d.getString("currency").equals(currency))
                .mapToLong(d -> d.getJsonNumber("amountCents").longValue()).sum();
    }

    private long paid(int amountCents, String currency) {
        return id(paymentOf(customer.charge(card("4242424242424242", newBookingId(), amountCents, currency, newKey())),
                "charge"));
    }

    @Test
    void revenueIsNetOfRefundsAndNeverAddsCurrencies() {
        JsonObject before = today();

        long refundedLater = paid(1500, "SEK");
        paid(700, "SEK");
        paid(2000, "EUR");
        JsonObject declined = customer.charge(card("4000000000000002", newBookingId(), 900, "SEK", newKey()));
        assertThat(GraphQlHttp.firstErrorCode(declined)).isEqualTo("PAYMENT_DECLINED");
        assertThat(paymentOf(admin.refund(refundedLater, 500, newKey()), "refund").getInt("refundedCents"))
                .isEqualTo(500);

        JsonObject after = today();
        assertThat(total(after, "revenue", "SEK") - total(before, "revenue", "SEK")).isEqualTo(1700);
        assertThat(total(after, "refunded", "SEK") - total(before, "refunded", "SEK")).isEqualTo(500);
        assertThat(total(after, "revenue", "EUR") - total(before, "revenue", "EUR")).isEqualTo(2000);
        assertThat(after.getInt("payments") - before.getInt("payments")).isEqualTo(3);
        assertThat(day(after, "SEK") - day(before, "SEK")).isEqualTo(1700);
        // One total per currency: EUR and SEK are separate entries, never one sum.
        assertThat(after.getJsonArray("revenue").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("currency")).doesNotHaveDuplicates().contains("SEK", "EUR");
    }

    @Test
    void revenueIsForStaffAndAnEmptyPeriodIsEmpty() {
        assertThat(GraphQlHttp.firstErrorCode(customer.graphql.post("{ revenueSummary { payments } }")))
                .isEqualTo("FORBIDDEN");
        JsonObject future = dataWithoutErrors(admin.graphql.post(SUMMARY, Map.of("from", "2037-01-01", "to", "2037-01-31")))
                .getJsonObject("revenueSummary");
        assertThat(future.getInt("payments")).isZero();
        assertThat(future.getJsonArray("revenue")).isEmpty();
        JsonObject tooLong = admin.graphql.post(SUMMARY, Map.of("from", "2030-01-01", "to", "2031-06-01"));
        assertThat(GraphQlHttp.firstErrorCode(tooLong)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(tooLong)).isEqualTo("to");
    }
}
