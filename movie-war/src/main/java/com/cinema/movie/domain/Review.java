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

/**
 * One user's rating of one movie, with an optional comment. At most one per user and movie. Staff may remove it
 * (with a reason its author sees); a removed review leaves every public list, count and average.
 */
@Entity
@Table(name = "movie_review")
public class Review extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "movie_id", nullable = false, updatable = false)
    private long movieId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false)
    private int rating;

    @Column(name = "comment_text", length = ReviewRules.COMMENT_HARD_MAX_LENGTH)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.PUBLISHED;

    @Column(name = "removal_reason", length = ReviewRules.REMOVAL_REASON_MAX_LENGTH)
    private String removalReason;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    protected Review() {
        // for JPA
    }

    public Review(long movieId, long userId, String authorName, int rating, String comment) {
        this.movieId = movieId;
        this.userId = userId;
        change(authorName, rating, comment);
    }

    /** A second review by the same user replaces the first one's rating, comment and display name. */
    public void change(String authorName, int rating, String comment) {
        this.authorName = authorName;
        this.rating = rating;
        this.comment = comment;
    }

    /** Staff take the review down: only its author sees it from now on, with the reason. */
    void remove(String reason, long staffId, Instant at) {
        this.status = ReviewStatus.REMOVED;
        this.removalReason = reason;
        this.removedBy = staffId;
        this.removedAt = at;
    }

    public boolean isPublished() {
        return status == ReviewStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getMovieId() {
        return movieId;
    }

    public long getUserId() {
        return userId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
