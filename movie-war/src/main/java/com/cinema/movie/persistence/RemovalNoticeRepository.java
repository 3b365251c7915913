package com.cinema.movie.persistence;

import com.cinema.movie.domain.Review;
import com.cinema.movie.domain.ReviewRemovalNotice;
import com.cinema.movie.domain.ReviewRemovalNotice.Status;
import com.cinema.movie.notice.RemovalNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox of removal notices (review_removal_notice, V6). A claim is a conditional UPDATE that runs out: of two
 * replicas claiming one row exactly one changes it, and a crashed replica's row is taken up again once its claim
 * has run out. Every later change names the claim, so a sender whose claim ran out changes nothing.
 */
@ApplicationScoped
@Transactional
public class RemovalNoticeRepository {

    private static final String CLAIMABLE = "n.status = :pending and n.nextAttemptAt <= :now"
            + " and (n.claimedUntil is null or n.claimedUntil < :now)";
    private static final String OUR_CLAIM = "n.reviewId = :review and n.status = :pending and n.claimedUntil = :claim";

    @PersistenceContext(unitName = "movie")
    EntityManager em;

    /** Queues a notice in the caller's transaction (the removal's). */
    public void add(ReviewRemovalNotice notice) {
        em.persist(notice);
    }

    /** The notices of the reviews {@code authorId} wrote, whatever their state (what their author was told, and when). */
    public List<ReviewRemovalNotice> ofAuthor(long authorId) {
        return em.createQuery("select n from ReviewRemovalNotice n where n.authorId = :author",
                        ReviewRemovalNotice.class)
                .setParameter("author", authorId).getResultList();
    }

    /** Claims up to {@code limit} due notices until {@code claimUntil}, oldest due first, with their e-mails' facts. */
    public List<RemovalNotice> claimDue(Instant now, Instant claimUntil, int limit) {
        List<Long> due = em.createQuery("select n.reviewId from ReviewRemovalNotice n where " + CLAIMABLE
                        + " order by n.nextAttemptAt, n.reviewId", Long.class)
                .setParameter("pending", Status.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        List<RemovalNotice> claimed = new ArrayList<>();
        for (long reviewId : due) {
            int won = em.createQuery("update ReviewRemovalNotice n set n.claimedUntil = :until"
                            + " where n.reviewId = :review and " + CLAIMABLE)
                    .setParameter("until", claimUntil).setParameter("review", reviewId)
                    .setParameter("pending", Status.PENDING).setParameter("now", now).executeUpdate();
            if (won == 1) {
                claimed.add(facts(reviewId, claimUntil));
            }
        }
        return claimed;
    }

    private RemovalNotice facts(long reviewId, Instant claimUntil) {
        Object[] row = em.createQuery("select n.attempts, r, m.title from ReviewRemovalNotice n, Review r, Movie m"
                        + " where n.reviewId = :review and r.id = n.reviewId and m.id = r.movieId", Object[].class)
                .setParameter("review", reviewId).getSingleResult();
        Review review = (Review) row[1];
        return new RemovalNotice(reviewId, review.getUserId(), review.getAuthorName(), review.getMovieId(),
                (String) row[2], review.getRating(), review.getComment(), review.getRemovalReason(), (Integer) row[0],
                claimUntil);
    }

    /** Ends a notice as SENT or SKIPPED ({@code note}: why it was skipped); false when the claim was lost. */
    public boolean finish(RemovalNotice notice, Status outcome, Instant at, String note) {
        return em.createQuery("update ReviewRemovalNotice n set n.status = :outcome, n.doneAt = :at,"
                        + " n.attempts = n.attempts + 1, n.claimedUntil = null, n.lastError = :note where " + OUR_CLAIM)
                .setParameter("outcome", outcome).setParameter("at", at).setParameter("note", note)
                .setParameter("review", notice.reviewId()).setParameter("pending", Status.PENDING)
                .setParameter("claim", notice.claimedUntil()).executeUpdate() == 1;
    }

    /** A failed attempt: the notice is tried again at {@code next}; false when the claim was lost. */
    public boolean retryLater(RemovalNotice notice, int attempts, Instant next, String error) {
        return em.createQuery("update ReviewRemovalNotice n set n.attempts = :attempts, n.nextAttemptAt = :next,"
                        + " n.claimedUntil = null, n.lastError = :error where " + OUR_CLAIM)
                .setParameter("attempts", attempts).setParameter("next", next).setParameter("error", error)
                .setParameter("review", notice.reviewId()).setParameter("pending", Status.PENDING)
                .setParameter("claim", notice.claimedUntil()).executeUpdate() == 1;
    }

    /** The last attempt failed: the notice is FAILED for good; false when the claim was lost. */
    public boolean giveUp(RemovalNotice notice, int attempts, String error, Instant at) {
        return em.createQuery("update ReviewRemovalNotice n set n.status = :failed, n.attempts = :attempts,"
                        + " n.doneAt = :at, n.claimedUntil = null, n.lastError = :error where " + OUR_CLAIM)
                .setParameter("failed", Status.FAILED).setParameter("attempts", attempts).setParameter("at", at)
                .setParameter("error", error)
                .setParameter("review", notice.reviewId()).setParameter("pending", Status.PENDING)
                .setParameter("claim", notice.claimedUntil()).executeUpdate() == 1;
    }
}
