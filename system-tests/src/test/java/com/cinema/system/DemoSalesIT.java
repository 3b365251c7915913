package com.cinema.system;

import com.cinema.demo.DemoSales;
import com.cinema.demo.DemoSales.Report;
import com.cinema.demo.DemoSales.Sale;
import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo sales a full ./cinema start makes (the platform of the system tests starts without them): the demo
 * customers' bookings are made through the public API and are what the admin dashboard then counts, each paid
 * (coupons applied, one cancelled and refunded), and a second run adds nothing. Late in the run, after the tests
 * that sign in as the demo customer.
 */
@ExtendWith(PlatformExtension.class)
@Order(90)
class DemoSalesIT {

    private static final String DASHBOARD = "query($from: Date, $to: Date) { dashboard(from: $from, to: $to) {"
            + " revenue { currency amountCents } refunded { currency amountCents } ticketsSold bookingsConfirmed } }";
    private static final String BOOKING = "query($id: ID!) { booking(id: $id) { code status totalCents discountCents"
            + " couponCode currency tickets { id ticketType } payment { status amountCents refundedCents } customer { email } } }";

    private final Fixtures fixtures = new Fixtures();
    private final DemoSales demo = new DemoSales(URI.create(PlatformExtension.platform().gatewayUrl()),
            "Customer-Demo-2026", "Demo-Buyer-2026", Clock.systemUTC());

    /** Yesterday to tomorrow (UTC days): a run that crosses midnight still finds today's sales in the period. */
    private JsonObject dashboard() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Fixtures.data(fixtures.admin.post(DASHBOARD, Map.of("from", today.minusDays(1).toString(),
                "to", today.plusDays(1).toString())), "dashboard");
    }

    private static long money(JsonObject dashboard, String list, String currency) {
        return dashboard.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("currency").equals(currency))
                .mapToLong(m -> m.getJsonNumber("amountCents").longValue()).sum();
    }

    @Test
    void theDemoCustomersBuyThroughThePublicApiOnceAndTheDashboardCountsIt() {
        JsonObject before = dashboard();

        Report report = demo.run();

        assertThat(report.problems()).isEmpty();
        // Casey, the README's demo customer, may have bookings from the browser tests: then Casey is left alone
        assertThat(report.sales()).extracting(Sale::buyer).noneMatch(report.customersSkipped()::contains);
        assertThat(report.sales()).extracting(Sale::buyer).contains("priya.shah@cinema.test", "tom.okafor@cinema.test",
                "mei.lin@cinema.test", "lucas.moreau@cinema.test", "siobhan.byrne@cinema.test");
        assertThat(report.sales().size() + 2L * report.customersSkipped().size()).isEqualTo(12);
        assertThat(report.sales()).filteredOn(Sale::cancelled).hasSize(1);
        assertThat(report.sales()).filteredOn(s -> s.discountCents() > 0).hasSize(3);
        assertThat(report.sales()).extracting(Sale::currency).contains("GBP", "EUR");

        List<String> concessions = new java.util.ArrayList<>();
        for (Sale sale : report.sales()) {
            JsonObject booking = Fixtures.data(fixtures.admin.post(BOOKING, Map.of("id", sale.bookingId())), "booking");
            booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream().map(t -> t.getString("ticketType"))
                    .filter(type -> !type.equals("ADULT")).forEach(concessions::add);
            assertThat(booking.getString("code")).isEqualTo(sale.code());
            assertThat(booking.getJsonObject("customer").getString("email")).isEqualTo(sale.buyer());
            assertThat(booking.getJsonArray("tickets")).hasSize(sale.tickets());
            JsonObject payment = booking.getJsonObject("payment");
            assertThat(payment.getInt("amountCents")).isEqualTo(booking.getInt("totalCents")).isEqualTo(sale.totalCents());
            if (sale.cancelled()) {
                assertThat(booking.getString("status")).isEqualTo("CANCELLED");
                assertThat(payment.getString("status")).isEqualTo("REFUNDED");
                assertThat(payment.getInt("refundedCents")).isEqualTo(sale.totalCents());
            } else {
                assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
                assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
            }
            if (sale.discountCents() > 0) {
                assertThat(booking.getString("couponCode")).isNotBlank();
                assertThat(booking.getInt("discountCents")).isEqualTo(sale.discountCents());
            }
        }

        // Priya's family and Tom's second booking each have one concession ticket (ADR 0022)
        assertThat(concessions).containsExactlyInAnyOrder("SENIOR", "STUDENT");

        // the dashboard counts exactly these sales: nothing else buys meanwhile
        JsonObject after = dashboard();
        assertThat(after.getInt("bookingsConfirmed") - before.getInt("bookingsConfirmed")).isEqualTo(report.confirmedBookings());
        assertThat(after.getInt("ticketsSold") - before.getInt("ticketsSold")).isEqualTo(report.confirmedTickets());
        for (String currency : List.of("GBP", "EUR")) {
            long kept = report.sales().stream().filter(s -> !s.cancelled() && s.currency().equals(currency))
                    .mapToLong(Sale::totalCents).sum();
            long refunded = report.sales().stream().filter(s -> s.cancelled() && s.currency().equals(currency))
                    .mapToLong(Sale::totalCents).sum();
            assertThat(money(after, "revenue", currency) - money(before, "revenue", currency)).as(currency).isEqualTo(kept);
            assertThat(money(after, "refunded", currency) - money(before, "refunded", currency)).as(currency).isEqualTo(refunded);
        }

        // a second run (a restart on the same data) finds every demo customer with bookings and buys nothing
        Report again = demo.run();
        assertThat(again.sales()).isEmpty();
        assertThat(again.problems()).isEmpty();
        assertThat(again.customersSkipped()).hasSize(6);
        assertThat(GraphQlHttp.dataWithoutErrors(fixtures.admin.post(DASHBOARD, Map.of())).getJsonObject("dashboard")
                .getInt("bookingsConfirmed")).isPositive();
        assertThat(dashboard().getInt("ticketsSold")).isEqualTo(after.getInt("ticketsSold"));
    }
}
