package com.cinema.movie.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person's report of one review (at most one per person and review) and what staff made of it. */
@Entity
@Table(name = "review_report")
public class ReviewReport extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewReportReason reason;

    @Column(length = ReviewRules.NOTE_MAX_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewReportStatus status;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReviewReport() {
        // for JPA
    }

    public ReviewReport(long reviewId, long userId, ReviewReportReason reason, String note) {
        this.reviewId = reviewId;
        this.userId = userId;
        reopen(reason, note);
    }

    /** A new or repeated report: open again, with the reporter's latest reason and note. */
    void reopen(ReviewReportReason reason, String note) {
        this.reason = reason;
        this.note = note;
        this.status = ReviewReportStatus.OPEN;
        this.resolvedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getUserId() {
        return userId;
    }

    public ReviewReportReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public ReviewReportStatus getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
