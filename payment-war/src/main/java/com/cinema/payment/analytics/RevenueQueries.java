package com.cinema.payment.analytics;

import com.cinema.common.reporting.ReportPeriod;
import com.cinema.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Money taken per currency and UTC day, grouped in the database (plain SQL for H2 in MySQL mode and MySQL 8 /
 * MariaDB; the servers and their timestamps are UTC). Currencies are never added together.
 */
@ApplicationScoped
public class RevenueQueries {

    /** Captured payments (refunded since or not) made in [?, ?). */
    private static final String CAPTURED = " FROM payment WHERE status IN (?, ?, ?) AND created_at >= ? AND created_at < ?";

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** Charged and refunded amounts of one day and currency (a day without payments has no row). */
    public record DayTakings(LocalDate day, String currency, int payments, long chargedCents, long refundedCents) {
        public long netCents() {
            return chargedCents - refundedCents;
        }
    }

    public List<DayTakings> takingsPerDay(ReportPeriod period) {
        Query query = em.createNativeQuery("SELECT CAST(created_at AS DATE), currency, COUNT(*), SUM(amount_cents), "
                + "SUM(refunded_cents)" + CAPTURED + " GROUP BY CAST(created_at AS DATE), currency ORDER BY 1, 2");
        query.setParameter(1, PaymentStatus.SUCCEEDED.name());
        query.setParameter(2, PaymentStatus.PARTIALLY_REFUNDED.name());
        query.setParameter(3, PaymentStatus.REFUNDED.name());
        query.setParameter(4, Timestamp.from(period.startInclusive()));
        query.setParameter(5, Timestamp.from(period.endExclusive()));
        List<DayTakings> days = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            days.add(new DayTakings(day(cells[0]), ((String) cells[1]).trim(), (int) number(cells[2]),
                    number(cells[3]), number(cells[4])));
        }
        return days;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
