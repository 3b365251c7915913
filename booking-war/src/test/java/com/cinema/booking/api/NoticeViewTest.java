package com.cinema.booking.api;

import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.CustomerNotice;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeViewTest {

    @Test
    void showsIdsAsStringsAndTimesInUtc() {
        NoticeView view = NoticeView.of(new CustomerNotice(42, Kind.WAITLIST_CLOSED, "EMAIL", "ann@example.org", "SENT",
                null, 7L, Instant.parse("2031-07-04T18:30:00Z"), Instant.parse("2031-07-04T18:30:02Z")));

        assertThat(view.id).isEqualTo("42");
        assertThat(view.kind).isEqualTo("WAITLIST_CLOSED");
        assertThat(view.channel).isEqualTo("EMAIL");
        assertThat(view.recipient).isEqualTo("ann@example.org");
        assertThat(view.status).isEqualTo("SENT");
        assertThat(view.bookingId).isNull();
        assertThat(view.waitlistEntryId).isEqualTo("7");
        assertThat(view.createdAt.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(view.createdAt).hasToString("2031-07-04T18:30Z");
        assertThat(view.sentAt).hasToString("2031-07-04T18:30:02Z");
    }

    @Test
    void aNoticeNotYetSentHasNoSentAt() {
        NoticeView view = NoticeView.of(new CustomerNotice(43, Kind.BOOKING_CONFIRMED, "SMS", null, "PENDING", 9L, null,
                Instant.parse("2031-07-04T18:30:00Z"), null));

        assertThat(view.bookingId).isEqualTo("9");
        assertThat(view.waitlistEntryId).isNull();
        assertThat(view.recipient).isNull();
        assertThat(view.sentAt).isNull();
    }
}
