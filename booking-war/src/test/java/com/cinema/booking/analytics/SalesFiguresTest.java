package com.cinema.booking.analytics;

import com.cinema.booking.analytics.SalesFigures.CinemaOccupancy;
import com.cinema.booking.analytics.SalesFigures.DaySales;
import com.cinema.booking.analytics.SalesFigures.Summary;
import com.cinema.common.reporting.ReportPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SalesFiguresTest {

    @Test
    void everyDayOfThePeriodIsInTheSeriesDaysWithoutSalesAsZero() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 3));
        List<DaySales> days = SalesReport.everyDay(period, List.of(new DaySales(LocalDate.of(2031, 5, 2), 2, 5)));

        assertThat(days).containsExactly(new DaySales(LocalDate.of(2031, 5, 1), 0, 0),
                new DaySales(LocalDate.of(2031, 5, 2), 2, 5), new DaySales(LocalDate.of(2031, 5, 3), 0, 0));
    }

    @Test
    void totalsAddTheDaysAndOccupancyIsSeatsOverCapacityNotAnAverageOfPercentages() {
        Summary summary = new Summary(
                List.of(new DaySales(LocalDate.of(2031, 5, 1), 1, 2), new DaySales(LocalDate.of(2031, 5, 2), 3, 4)),
                List.of(),
                List.of(new CinemaOccupancy(1, 1, 1, 10), new CinemaOccupancy(2, 2, 2, 200)), List.of());

        assertThat(summary.bookings()).isEqualTo(4);
        assertThat(summary.tickets()).isEqualTo(6);
        // 3 of 210 seats = 1.4 %, where the mean of 10 % and 1 % would claim 5.5 %.
        assertThat(summary.occupancyPercent()).isEqualTo(1.4);
        assertThat(new CinemaOccupancy(3, 0, 0, 0).percent()).isZero();
        assertThat(SalesFigures.percent(2, 3)).isEqualTo(66.7);
    }
}
