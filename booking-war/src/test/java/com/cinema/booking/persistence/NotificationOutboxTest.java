package com.cinema.booking.persistence;

import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.CustomerNotice;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's outbox rows as they are shown to them ({@link NotificationOutbox#customerNotice}). */
class NotificationOutboxTest {

    private static final Instant QUEUED = Instant.parse("2031-07-04T18:30:00.125Z");
    private static final Instant SENT = Instant.parse("2031-07-04T18:30:02Z");

    /** id, kind, channel, recipient, status, booking_id, waitlist_entry_id, created_at, sent_at: a row as read. */
    private static Object[] row(String channel, String recipient, String status, Long bookingId, Long entryId,
                                Instant sentAt) {
        return new Object[] {42L, "BOOKING_CONFIRMED", channel, recipient, status, bookingId, entryId,
                Timestamp.from(QUEUED), sentAt == null ? null : Timestamp.from(sentAt)};
    }

    @Test
    void aSentEmailShowsItsAddressAndWhenItWasSent() {
        CustomerNotice notice = NotificationOutbox.customerNotice(
                row("EMAIL", "ann@example.org", "SENT", 7L, null, SENT));

        assertThat(notice).isEqualTo(new CustomerNotice(42, Kind.BOOKING_CONFIRMED, "EMAIL", "ann@example.org", "SENT",
                7L, null, QUEUED, SENT));
    }

    @Test
    void anSmsNeverShowsHowItsRowNamesTheCustomer() {
        CustomerNotice notice = NotificationOutbox.customerNotice(row("SMS", "user:9", "PENDING", null, 3L, null));

        assertThat(notice.channel()).isEqualTo("SMS");
        assertThat(notice.emailAddress()).isNull();
        assertThat(notice.bookingId()).isNull();
        assertThat(notice.waitlistEntryId()).isEqualTo(3L);
        assertThat(notice.sentAt()).isNull();
    }

    @Test
    void aSkippedNoticeWasNeverSentThoughItsRowKeepsWhenItWasGivenUp() {
        CustomerNotice notice = NotificationOutbox.customerNotice(row("EMAIL", "erased", "SKIPPED", 7L, null, SENT));

        assertThat(notice.status()).isEqualTo("SKIPPED");
        assertThat(notice.emailAddress()).as("an erased recipient").isNull();
        assertThat(notice.sentAt()).isNull();
    }

    @Test
    void readsTheTimesOfEitherDriver() {
        // A native query may give a TIMESTAMP column as LocalDateTime (UTC: the servers run in UTC), an id as Integer.
        Object[] row = {42, "WAITLIST_CLOSED", "EMAIL", "ann@example.org", "SENT", null, 5,
                LocalDateTime.parse("2031-07-04T18:30:00.125"), LocalDateTime.parse("2031-07-04T18:30:02")};

        CustomerNotice notice = NotificationOutbox.customerNotice(row);

        assertThat(notice.kind()).isEqualTo(Kind.WAITLIST_CLOSED);
        assertThat(notice.waitlistEntryId()).isEqualTo(5L);
        assertThat(notice.createdAt()).isEqualTo(QUEUED);
        assertThat(notice.sentAt()).isEqualTo(SENT);
    }
}
