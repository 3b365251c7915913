package com.cinema.movie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The e-mail that tells a review's author staff removed it, queued in the removal's transaction (ADR 0028) and sent
 * by {@code notice.RemovalNoticeSender}. Written once here; from then on it changes only by the sender's conditional
 * updates, each of which names the claim it holds, so two replicas never both send it and no version is needed.
 */
@Entity
@Table(name = "review_removal_notice")
public class ReviewRemovalNotice {

    /** PENDING until sent, skipped (no address to send to) or given up (FAILED). */
    public enum Status { PENDING, SENT, SKIPPED, FAILED }

    @Id
    @Column(name = "review_id")
    private long reviewId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ReviewRemovalNotice() {
        // for JPA
    }

    /** The notice of {@code review}'s removal, due at once. */
    ReviewRemovalNotice(Review review, Instant at) {
        this.reviewId = review.getId();
        this.authorId = review.getUserId();
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    public long getReviewId() {
        return reviewId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    /** When the removal queued it. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When it was sent, skipped or given up; null while PENDING. */
    public Instant getDoneAt() {
        return doneAt;
    }
}
