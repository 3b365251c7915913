package com.cinema.movie.notice;

import com.cinema.mail.MailMessage;
import com.cinema.movie.domain.ReviewRemovalNotice.Status;
import com.cinema.movie.persistence.RemovalNoticeRepository;
import com.cinema.testing.MutableClock;
import org.eclipse.microprofile.metrics.Counter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The removal-notice sender's rules against an in-memory outbox that plays the claim and its conditional updates: who
 * gets the e-mail, what is skipped, and how failures are tried again and given up.
 */
class RemovalNoticeSenderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final List<MailMessage> sent = new ArrayList<>();
    private final Map<Long, String> addresses = new HashMap<>();
    private final List<Long> asked = new ArrayList<>();
    private boolean userServiceDown;
    private boolean mailServerDown;
    private long failures;
    private final RemovalNoticeSender sender = new RemovalNoticeSender();

    RemovalNoticeSenderTest() {
        sender.notices = outbox;
        sender.addresses = userId -> {
            asked.add(userId);
            if (userServiceDown) {
                throw new IllegalStateException("UPSTREAM_UNAVAILABLE: user");
            }
            return Optional.ofNullable(addresses.get(userId));
        };
        sender.mail = message -> {
            if (mailServerDown) {
                throw new jakarta.mail.MessagingException("421 try later");
            }
            sent.add(message);
        };
        sender.clock = clock;
        sender.givenUp = new Counter() {
            @Override
            public void inc() {
                failures++;
            }

            @Override
            public void inc(long n) {
                failures += n;
            }

            @Override
            public long getCount() {
                return failures;
            }
        };
        sender.portalUrl = "https://tickets.example.org";
        sender.batchSize = 10;
        sender.claimDuration = Duration.ofMinutes(2);
        sender.maxAttempts = 3;
        sender.backoffBase = Duration.ofMinutes(1);
        sender.backoffCap = Duration.ofMinutes(30);
    }

    @Test
    void theAuthorGetsTheEmailOnceAtTheAddressTheUserServiceGivesNow() {
        addresses.put(501L, "ann@example.org");
        outbox.queue(77, 501, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("nothing left").isZero();

        assertThat(sent).extracting(MailMessage::to).containsExactly("ann@example.org");
        assertThat(sent.get(0).messageId()).isEqualTo("<review-77.removed@cinema.movie>");
        assertThat(sent.get(0).body()).contains("https://tickets.example.org/#/profile");
        assertThat(outbox.rows.get(77L).status).isEqualTo(Status.SENT);
        assertThat(outbox.rows.get(77L).attempts).isEqualTo(1);
    }

    @Test
    void anAuthorWithoutAnAddressIsSkippedForGoodAndNeverAskedAgain() {
        outbox.queue(78, 502, clock.instant());

        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofHours(1));
        sender.sendDue();

        assertThat(sent).isEmpty();
        assertThat(outbox.rows.get(78L).status).isEqualTo(Status.SKIPPED);
        assertThat(outbox.rows.get(78L).lastError).isEqualTo(RemovalNoticeSender.NO_ADDRESS);
        assertThat(asked).containsExactly(502L);
    }

    @Test
    void aFailureWaitsAGrowingBackoffAndTheNoticeGoesOnceTheServicesAnswer() {
        addresses.put(503L, "cy@example.org");
        outbox.queue(79, 503, clock.instant());
        userServiceDown = true;

        sender.sendDue();
        Row row = outbox.rows.get(79L);
        assertThat(row.status).isEqualTo(Status.PENDING);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.lastError).contains("UPSTREAM_UNAVAILABLE");
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        sender.sendDue();
        assertThat(asked).as("not before its backoff").hasSize(1);

        // The user service answers again, the mail server does not: a second failure waits twice as long.
        userServiceDown = false;
        mailServerDown = true;
        clock.advance(Duration.ofSeconds(30));
        sender.sendDue();
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.lastError).contains("421 try later");
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        mailServerDown = false;
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row.status).isEqualTo(Status.SENT);
        assertThat(sent).extracting(MailMessage::to).containsExactly("cy@example.org");
        assertThat(failures).isZero();
    }

    @Test
    void afterItsLastAttemptANoticeIsFailedCountedAndNeverTriedAgain() {
        addresses.put(504L, "di@example.org");
        outbox.queue(80, 504, clock.instant());
        mailServerDown = true;

        for (int i = 0; i < 5; i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(30));
        }

        Row row = outbox.rows.get(80L);
        assertThat(row.status).isEqualTo(Status.FAILED);
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.lastError).contains("421 try later");
        assertThat(failures).isEqualTo(1);
        assertThat(asked).as("three attempts, then none").hasSize(3);
    }

    @Test
    void oneNoticeFailingNeverHoldsUpTheOthers() {
        addresses.put(505L, "eve@example.org");
        addresses.put(506L, "fay@example.org");
        outbox.queue(81, 505, clock.instant());
        outbox.queue(82, 506, clock.instant());
        outbox.brokenAuthors.add(505L);

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sent).extracting(MailMessage::to).containsExactly("fay@example.org");
        assertThat(outbox.rows.get(81L).status).isEqualTo(Status.PENDING);
        assertThat(outbox.rows.get(81L).attempts).isEqualTo(1);
    }

    @Test
    void aNoticeWhoseClaimRanOutIsLeftToItsNewClaimant() {
        addresses.put(507L, "gus@example.org");
        outbox.queue(83, 507, clock.instant());
        outbox.loseClaimsOnFinish = true;

        assertThat(sender.sendDue()).as("sent, but not ours to mark any more").isEqualTo(1);
        assertThat(outbox.rows.get(83L).status).isEqualTo(Status.PENDING);
    }

    /** One outbox row as the database holds it. */
    private static final class Row {
        final long reviewId;
        final long authorId;
        Status status = Status.PENDING;
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        String lastError;

        Row(long reviewId, long authorId, Instant due) {
            this.reviewId = reviewId;
            this.authorId = authorId;
            this.nextAttemptAt = due;
        }
    }

    /** The repository's claim and conditional updates, played in memory. */
    private static final class MemoryOutbox extends RemovalNoticeRepository {
        final Map<Long, Row> rows = new LinkedHashMap<>();
        /** Authors whose review the e-mail cannot even be composed for (a broken row). */
        final Set<Long> brokenAuthors = new HashSet<>();
        boolean loseClaimsOnFinish;

        void queue(long reviewId, long authorId, Instant at) {
            rows.put(reviewId, new Row(reviewId, authorId, at));
        }

        @Override
        public List<RemovalNotice> claimDue(Instant now, Instant claimUntil, int limit) {
            return rows.values().stream()
                    .filter(r -> r.status == Status.PENDING && !r.nextAttemptAt.isAfter(now)
                            && (r.claimedUntil == null || r.claimedUntil.isBefore(now)))
                    .limit(limit)
                    .map(r -> {
                        r.claimedUntil = claimUntil;
                        // A rating out of range breaks the e-mail's composition.
                        return new RemovalNotice(r.reviewId, r.authorId, "Author " + r.authorId, 9, "The Long Night",
                                brokenAuthors.contains(r.authorId) ? -1 : 4, "Loved it.", "Spam.", r.attempts,
                                claimUntil);
                    }).toList();
        }

        private Row ours(RemovalNotice notice) {
            Row row = rows.get(notice.reviewId());
            return row.status == Status.PENDING && notice.claimedUntil().equals(row.claimedUntil) ? row : null;
        }

        @Override
        public boolean finish(RemovalNotice notice, Status outcome, Instant at, String note) {
            Row row = ours(notice);
            if (row == null || loseClaimsOnFinish) {
                return false;
            }
            row.status = outcome;
            row.attempts++;
            row.claimedUntil = null;
            row.lastError = note;
            return true;
        }

        @Override
        public boolean retryLater(RemovalNotice notice, int attempts, Instant next, String error) {
            Row row = ours(notice);
            if (row == null) {
                return false;
            }
            row.attempts = attempts;
            row.nextAttemptAt = next;
            row.claimedUntil = null;
            row.lastError = error;
            return true;
        }

        @Override
        public boolean giveUp(RemovalNotice notice, int attempts, String error, Instant at) {
            Row row = ours(notice);
            if (row == null) {
                return false;
            }
            row.status = Status.FAILED;
            row.attempts = attempts;
            row.claimedUntil = null;
            row.lastError = error;
            return true;
        }
    }
}
