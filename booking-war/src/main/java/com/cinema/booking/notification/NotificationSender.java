package com.cinema.booking.notification;

import com.cinema.booking.domain.Transactions;
import com.cinema.common.task.FailureText;
import com.cinema.common.task.PeriodicTask;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code cinema.notifications.send-interval}: claims the due rows of the outbox (one per notice and channel;
 * safe on every replica: a claim is a conditional UPDATE that runs out, so a crashed replica's rows are taken up
 * again), hands each to its {@link NoticeChannel}, and marks it SENT, or SKIPPED when the channel has nothing to
 * send (a customer not opted in to SMS) or the notice should no longer go out ({@link NoticeRelevance}: a reminder
 * of a showing that has started, or to a customer who turned reminders off). A failure (of the channel, or of the
 * relevance check when the user service cannot say whether a reminder is wanted) counts an attempt and waits the
 * channel's exponential backoff; after its {@code max-attempts}, or at once when the provider refused the message for
 * good ({@link Undeliverable}), the row is FAILED. One bad row never stops the others, an SMS outage never delays an
 * e-mail, and nothing thrown stops the task. A crash between delivery and SENT delivers again with the same message
 * key (Message-ID, Idempotency-Key).
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    /** Why a row whose recipient was erased (the customer closed their account) is skipped. */
    static final String RECIPIENT_ERASED = "account closed: the recipient was erased";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NoticeOutbox outbox;

    @Inject
    Transactions transactions;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @Inject
    Instance<NoticeChannel> channelBeans;

    @Inject
    NoticeRelevance relevance;

    @Inject
    ContactDirectory contacts;

    private final Map<Channel, NoticeChannel> channels = new EnumMap<>(Channel.class);
    private volatile PeriodicTask task;

    NotificationSender() {
        // for CDI
    }

    NotificationSender(NoticeOutbox outbox, Transactions transactions, NotificationSettings settings, Clock clock,
                       NoticeRelevance relevance, ContactDirectory contacts, List<NoticeChannel> channels) {
        this.outbox = outbox;
        this.relevance = relevance;
        this.contacts = contacts;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        channels.forEach(c -> this.channels.put(c.channel(), c));
    }

    @PostConstruct
    void collectChannels() {
        channelBeans.forEach(c -> channels.put(c.channel(), c));
    }

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(settings.sendInterval(), executor, LOG, "Sending queued notices", this::sendDue);
        LOG.info(() -> "Sending queued notices every " + settings.sendInterval() + " on " + channels.keySet());
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /** One round: returns how many rows were delivered (not counting skipped ones). */
    public int sendDue() {
        // Millisecond precision, as the column stores it: later updates match the claim by its exact value.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant claimUntil = now.plus(settings.claimDuration());
        List<OutboxNotice> claimed = transactions.inOne(() -> outbox.claimDue(now, claimUntil, settings.batchSize()));
        // A reminder asks the user service whether it is still wanted, its SMS the customer's number: one answer
        // per customer serves the whole round.
        ContactDirectory thisRound = ContactDirectory.askingOnceEach(contacts);
        int delivered = 0;
        for (OutboxNotice notice : claimed) {
            if (deliver(notice, thisRound)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(OutboxNotice notice, ContactDirectory contacts) {
        NoticeChannel.Outcome outcome;
        try {
            NoticeChannel channel = channels.get(notice.channel());
            if (channel == null) {
                throw new Undeliverable("no " + notice.channel() + " channel on this server");
            }
            if (notice.recipientErased()) {
                // Only a row the erasure did not see as PENDING gets here (none should): skipped for good, not retried.
                outcome = new NoticeChannel.Skipped(RECIPIENT_ERASED);
            } else {
                Optional<String> outdated = relevance.outdated(notice, clock.instant(), contacts);
                outcome = outdated.isPresent() ? new NoticeChannel.Skipped(outdated.get())
                        : channel.deliver(notice, contacts);
            }
        } catch (Throwable e) {
            failed(notice, e);
            return false;
        }
        try {
            Instant at = clock.instant();
            boolean marked = outcome instanceof NoticeChannel.Skipped skipped
                    ? transactions.inOne(() -> outbox.markSkipped(notice, at, skipped.reason()))
                    : transactions.inOne(() -> outbox.markSent(notice, at));
            if (!marked) {
                LOG.warning(() -> "Notice " + notice.id() + " was handled after its claim ran out");
            }
        } catch (Throwable e) {
            // Delivered but not marked: the claim runs out and it goes again with the same message key.
            LOG.log(Level.WARNING, "Notice " + notice.id() + " delivered but not marked SENT: " + e, e);
        }
        return outcome instanceof NoticeChannel.Delivered;
    }

    private void failed(OutboxNotice notice, Throwable cause) {
        int attempts = notice.attempts() + 1;
        String error = FailureText.of(cause);
        try {
            if (cause instanceof Undeliverable || attempts >= settings.maxAttempts(notice.channel())) {
                transactions.inOne(() -> outbox.markFailed(notice, attempts, error));
                LOG.warning(() -> "Notice " + notice.id() + " (" + notice.kind() + " of " + notice.subject()
                        + " by " + notice.channel() + ") FAILED after " + attempts + " attempts: " + error);
            } else {
                Instant next = clock.instant().plus(settings.backoff(notice.channel()).after(attempts));
                transactions.inOne(() -> outbox.retryLater(notice, attempts, next, error));
                LOG.info(() -> "Notice " + notice.id() + " (" + notice.channel() + ") attempt " + attempts
                        + " failed (" + error
                        + "); next attempt at " + next);
            }
        } catch (Throwable e) {
            // Not even recorded: the claim runs out and the notice is tried again, attempt not counted.
            LOG.log(Level.WARNING, "Could not record the failure of notice " + notice.id() + ": " + e, e);
        }
    }
}
