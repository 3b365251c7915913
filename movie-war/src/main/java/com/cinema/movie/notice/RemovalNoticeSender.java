package com.cinema.movie.notice;

import com.cinema.common.task.Backoff;
import com.cinema.common.task.FailureText;
import com.cinema.common.task.PeriodicTask;
import com.cinema.mail.MailTransport;
import com.cinema.movie.domain.ReviewRemovalNotice.Status;
import com.cinema.movie.persistence.RemovalNoticeRepository;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code cinema.reviews.removal-notices.send-interval}: claims the due removal notices (safe on every replica),
 * asks the user service for each author's address, and sends the e-mail ({@link RemovalLetter}). A notice is SENT,
 * SKIPPED when the user service has no address (the account was closed since: the reason still shows nowhere but to
 * an author who is gone), or tried again after an exponential backoff when the user service or the mail server
 * failed; after {@code max-attempts} it is FAILED and counted ({@code review_removal_notices_failed}). A crash between
 * sending and marking sends it again with the same Message-ID.
 */
@ApplicationScoped
public class RemovalNoticeSender {

    private static final Logger LOG = Logger.getLogger(RemovalNoticeSender.class.getName());
    /** Why a notice to an author the user service does not know (any more) is skipped. */
    static final String NO_ADDRESS = "the user service has no address for the author (unknown or account closed)";
    private static final Metadata FAILED = Metadata.builder().withName("review_removal_notices_failed")
            .withDescription("Review removal e-mails given up after every attempt failed").withUnit(MetricUnits.NONE)
            .build();

    @Inject
    RemovalNoticeRepository notices;

    @Inject
    AuthorAddresses addresses;

    @Inject
    MailTransport mail;

    @Inject
    MetricRegistry registry;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "cinema.portal.url", defaultValue = "http://localhost:5000")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.send-interval", defaultValue = "PT5S")
    Duration sendInterval;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.claim-duration", defaultValue = "PT2M")
    Duration claimDuration;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.backoff-base", defaultValue = "PT1M")
    Duration backoffBase;

    @Inject
    @ConfigProperty(name = "cinema.reviews.removal-notices.backoff-cap", defaultValue = "PT1H")
    Duration backoffCap;

    Clock clock = Clock.systemUTC();
    Counter givenUp;
    private volatile PeriodicTask task;

    /** Registered at start, so the series is there (at zero) from the first scrape. */
    @PostConstruct
    void register() {
        givenUp = registry.counter(FAILED);
    }

    void start(@Observes SchemaMigrated migrated) {
        task = PeriodicTask.every(sendInterval, executor, LOG, "Sending review removal notices", this::sendDue);
    }

    @PreDestroy
    void stop() {
        PeriodicTask.stop(task);
    }

    /** One round: returns how many e-mails were sent. */
    public int sendDue() {
        // Whole seconds, so the claim reads back equal from every database (later updates match it exactly).
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<RemovalNotice> claimed = notices.claimDue(now, now.plus(claimDuration), batchSize);
        int sent = 0;
        for (RemovalNotice notice : claimed) {
            if (send(notice)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(RemovalNotice notice) {
        Status outcome;
        try {
            Optional<String> to = addresses.email(notice.authorId());
            if (to.isPresent()) {
                mail.deliver(RemovalLetter.compose(notice, to.get(), portalUrl));
                outcome = Status.SENT;
            } else {
                outcome = Status.SKIPPED;
            }
        } catch (Exception e) {
            failed(notice, e);
            return false;
        }
        try {
            if (!notices.finish(notice, outcome, clock.instant(), outcome == Status.SKIPPED ? NO_ADDRESS : null)) {
                LOG.warning(() -> "Removal notice of review " + notice.reviewId() + " was handled after its claim"
                        + " ran out");
            }
        } catch (RuntimeException e) {
            // Sent but not marked: the claim runs out and it goes again, with the same Message-ID.
            LOG.log(Level.WARNING, "Removal notice of review " + notice.reviewId() + " sent but not marked: " + e, e);
        }
        return outcome == Status.SENT;
    }

    private void failed(RemovalNotice notice, Exception cause) {
        int attempts = notice.attempts() + 1;
        String error = FailureText.of(cause);
        try {
            if (attempts >= maxAttempts) {
                notices.giveUp(notice, attempts, error, clock.instant());
                givenUp.inc();
                LOG.warning(() -> "Removal notice of review " + notice.reviewId() + " FAILED after " + attempts
                        + " attempts: " + error);
            } else {
                Instant next = clock.instant().plus(new Backoff(backoffBase, backoffCap).after(attempts));
                notices.retryLater(notice, attempts, next, error);
                LOG.info(() -> "Removal notice of review " + notice.reviewId() + " attempt " + attempts + " failed ("
                        + error + "); next attempt at " + next);
            }
        } catch (RuntimeException e) {
            // Not even recorded: the claim runs out and the notice is tried again, this attempt not counted.
            LOG.log(Level.WARNING, "Could not record the failure of the removal notice of review "
                    + notice.reviewId() + ": " + e, e);
        }
    }
}
