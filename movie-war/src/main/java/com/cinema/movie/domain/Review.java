package com.cinema.movie.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One user's rating of one movie, with an optional comment. At most one per user and movie. */
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
}
