package com.cinema.booking.notification;

import com.cinema.booking.domain.Transactions;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code cinema.notifications.send-interval}: claims the due notices of the outbox (safe on every replica:
 * a claim is a conditional UPDATE that runs out, so a crashed replica's notices are taken up again), composes and
 * delivers each, and marks it SENT. A failure counts an attempt and waits an exponential backoff; after
 * {@code max-attempts} the notice is FAILED. One bad notice never stops the others, and nothing thrown stops the
 * task. A crash between delivery and SENT delivers again, with the same Message-ID.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    private static final int MAX_ERROR_LENGTH = 500;

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
    NoticeComposer composer;

    @Inject
    MailTransport transport;

    /** Composes a claimed notice; the composer bean here, a plain function in unit tests. */
    private Function<OutboxNotice, MailMessage> compose;
    private volatile ScheduledFuture<?> task;

    NotificationSender() {
        // for CDI
    }

    NotificationSender(NoticeOutbox outbox, Transactions transactions, NotificationSettings settings, Clock clock,
                       Function<OutboxNotice, MailMessage> compose, MailTransport transport) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.compose = compose;
        this.transport = transport;
    }

    void start(@Observes SchemaMigrated migrated) {
        long interval = Math.max(100, settings.sendInterval().toMillis());
        task = executor.scheduleWithFixedDelay(this::sendSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Sending queued notices every " + settings.sendInterval());
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void sendSafely() {
        try {
            sendDue();
        } catch (Throwable e) {
            // A scheduled task that throws is never run again: whatever happened, the next tick tries anew.
            LOG.log(Level.WARNING, "Sending queued notices failed; trying again next time: " + e, e);
        }
    }

    /** One round: returns how many notices were delivered. */
    public int sendDue() {
        // Millisecond precision, as the column stores it: later updates match the claim by its exact value.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant claimUntil = now.plus(settings.claimDuration());
        List<OutboxNotice> claimed = transactions.inOne(() -> outbox.claimDue(now, claimUntil, settings.batchSize()));
        int delivered = 0;
        for (OutboxNotice notice : claimed) {
            if (deliver(notice)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(OutboxNotice notice) {
        try {
            transport.deliver(composer().apply(notice));
        } catch (Throwable e) {
            failed(notice, e);
            return false;
        }
        try {
            if (!transactions.inOne(() -> outbox.markSent(notice, clock.instant()))) {
                LOG.warning(() -> "Notice " + notice.id() + " was delivered after its claim ran out");
            }
        } catch (Throwable e) {
            // Delivered but not marked: the claim runs out and it goes again with the same Message-ID.
            LOG.log(Level.WARNING, "Notice " + notice.id() + " delivered but not marked SENT: " + e, e);
        }
        return true;
    }

    private void failed(OutboxNotice notice, Throwable cause) {
        int attempts = notice.attempts() + 1;
        String error = describe(cause);
        try {
            if (attempts >= settings.maxAttempts()) {
                transactions.inOne(() -> outbox.markFailed(notice, attempts, error));
                LOG.warning(() -> "Notice " + notice.id() + " (" + notice.kind() + " of booking " + notice.bookingId()
                        + ") FAILED after " + attempts + " attempts: " + error);
            } else {
                Instant next = clock.instant().plus(settings.backoff().after(attempts));
                transactions.inOne(() -> outbox.retryLater(notice, attempts, next, error));
                LOG.info(() -> "Notice " + notice.id() + " attempt " + attempts + " failed (" + error
                        + "); next attempt at " + next);
            }
        } catch (Throwable e) {
            // Not even recorded: the claim runs out and the notice is tried again, attempt not counted.
            LOG.log(Level.WARNING, "Could not record the failure of notice " + notice.id() + ": " + e, e);
        }
    }

    private Function<OutboxNotice, MailMessage> composer() {
        return compose != null ? compose : composer::compose;
    }

    static String describe(Throwable cause) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
