package com.cinema.booking.notification;

import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender's claim, retry and failure rules against an in-memory outbox that plays the conditional UPDATEs. */
class NotificationSenderTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2031-01-01T10:00:00Z"));
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final List<MailMessage> delivered = new ArrayList<>();
    private final Set<Long> smtpRefuses = new java.util.HashSet<>();
    private final NotificationSettings settings = new NotificationSettings();
    private final NotificationSender sender;

    NotificationSenderTest() {
        settings.batchSize = 10;
        settings.claimDuration = Duration.ofMinutes(2);
        settings.backoffBase = Duration.ofSeconds(30);
        settings.backoffCap = Duration.ofMinutes(5);
        settings.maxAttempts = 3;
        sender = new NotificationSender(outbox, new DirectTransactions(), settings, clock,
                notice -> {
                    if (notice.bookingId() == 666) {
                        throw new StackOverflowError("a notice that breaks its composer");
                    }
                    return new MailMessage(NoticeText.messageId(notice.bookingId(), notice.kind()), notice.recipient(),
                            "s", "b");
                },
                message -> {
                    if (smtpRefuses.contains(Long.parseLong(message.messageId().replaceAll("\\D", "")))) {
                        throw new jakarta.mail.MessagingException("421 try later");
                    }
                    delivered.add(message);
                });
    }

    @Test
    void aDueNoticeIsDeliveredOnceAndMarkedSent() {
        long id = outbox.add(1, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).hasSize(1);
        assertThat(outbox.rows.get(id).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(id).attempts).isEqualTo(1);
    }

    @Test
    void aFailureWaitsAGrowingBackoffThenSucceeds() {
        long id = outbox.add(2, clock.instant());
        smtpRefuses.add(2L);

        sender.sendDue();
        Row row = outbox.rows.get(id);
        assertThat(row.status).isEqualTo("PENDING");
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(row.lastError).contains("421 try later");

        clock.move(Duration.ofSeconds(29));
        sender.sendDue();
        assertThat(row.attempts).as("not due yet").isEqualTo(1);

        clock.move(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(60));

        smtpRefuses.clear();
        clock.move(Duration.ofSeconds(60));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row.status).isEqualTo("SENT");
        assertThat(delivered).hasSize(1);
    }

    @Test
    void afterMaxAttemptsTheNoticeIsFailedAndNeverTriedAgain() {
        long id = outbox.add(3, clock.instant());
        smtpRefuses.add(3L);

        for (int i = 0; i < 10; i++) {
            sender.sendDue();
            clock.move(Duration.ofMinutes(10));
        }
        assertThat(outbox.rows.get(id).status).isEqualTo("FAILED");
        assertThat(outbox.rows.get(id).attempts).isEqualTo(3);
        assertThat(outbox.claims).isEqualTo(3);
    }

    @Test
    void oneBrokenNoticeNeverBlocksTheOthers() {
        long broken = outbox.add(666, clock.instant());
        long fine = outbox.add(4, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(outbox.rows.get(fine).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(broken).status).isEqualTo("PENDING");
        assertThat(outbox.rows.get(broken).lastError).startsWith("StackOverflowError");
    }

    @Test
    void aClaimedNoticeIsLeftAloneUntilItsClaimRunsOut() {
        long id = outbox.add(5, clock.instant());
        // Another replica claimed it and crashed before delivering.
        outbox.rows.get(id).claimedUntil = clock.instant().plus(Duration.ofMinutes(2));

        assertThat(sender.sendDue()).isZero();
        clock.move(Duration.ofMinutes(2).plusMillis(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aLostClaimIsNotMarkedByTheLoser() {
        long id = outbox.add(6, clock.instant());
        OutboxNotice mine = outbox.claimDue(clock.instant(), clock.instant().plusSeconds(1), 10).get(0);
        clock.move(Duration.ofSeconds(2));
        OutboxNotice theirs = outbox.claimDue(clock.instant(), clock.instant().plusSeconds(60), 10).get(0);

        assertThat(outbox.markSent(mine, clock.instant())).isFalse();
        assertThat(outbox.markSent(theirs, clock.instant())).isTrue();
        assertThat(outbox.rows.get(id).status).isEqualTo("SENT");
    }

    static final class Row {
        long bookingId;
        String status = "PENDING";
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        String lastError;
    }

    /** The SQL of persistence.NotificationOutbox, row by row. */
    static final class MemoryOutbox implements NoticeOutbox {
        final Map<Long, Row> rows = new LinkedHashMap<>();
        int claims;

        long add(long bookingId, Instant due) {
            Row row = new Row();
            row.bookingId = bookingId;
            row.nextAttemptAt = due;
            long id = rows.size() + 1L;
            rows.put(id, row);
            return id;
        }

        @Override
        public List<OutboxNotice> claimDue(Instant now, Instant claimUntil, int limit) {
            List<OutboxNotice> won = new ArrayList<>();
            rows.forEach((id, row) -> {
                if (won.size() < limit && row.status.equals("PENDING") && !row.nextAttemptAt.isAfter(now)
                        && (row.claimedUntil == null || row.claimedUntil.isBefore(now))) {
                    row.claimedUntil = claimUntil;
                    claims++;
                    won.add(new OutboxNotice(id, row.bookingId, Kind.BOOKING_CONFIRMED, "c@example.org",
                            row.attempts, claimUntil));
                }
            });
            return won;
        }

        private Row ours(OutboxNotice notice) {
            Row row = rows.get(notice.id());
            return row.status.equals("PENDING") && notice.claimedUntil().equals(row.claimedUntil) ? row : null;
        }

        @Override
        public boolean markSent(OutboxNotice notice, Instant at) {
            Row row = ours(notice);
            if (row != null) {
                row.status = "SENT";
                row.attempts++;
                row.claimedUntil = null;
            }
            return row != null;
        }

        @Override
        public boolean retryLater(OutboxNotice notice, int attempts, Instant nextAttemptAt, String error) {
            Row row = ours(notice);
            if (row != null) {
                row.attempts = attempts;
                row.nextAttemptAt = nextAttemptAt;
                row.lastError = error;
                row.claimedUntil = null;
            }
            return row != null;
        }

        @Override
        public boolean markFailed(OutboxNotice notice, int attempts, String error) {
            Row row = ours(notice);
            if (row != null) {
                row.status = "FAILED";
                row.attempts = attempts;
                row.lastError = error;
                row.claimedUntil = null;
            }
            return row != null;
        }
    }

    static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inOne(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T retrying(Supplier<T> work) {
            return work.get();
        }
    }

    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
