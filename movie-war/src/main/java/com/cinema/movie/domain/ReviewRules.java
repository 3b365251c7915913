package com.cinema.movie.domain;

import com.cinema.common.error.ValidationException;

/** The rules of a review: a whole-star rating from 1 to 5 and an optional, bounded comment. */
public final class ReviewRules {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** The column's length; the configured limit may be lower, never higher. */
    public static final int COMMENT_HARD_MAX_LENGTH = 2000;
    public static final int AUTHOR_NAME_MAX_LENGTH = 200;
    /** A report's note and staff's reason for removing a review: the columns' length. */
    public static final int NOTE_MAX_LENGTH = 500;
    public static final int REMOVAL_REASON_MAX_LENGTH = 500;
    static final String ANONYMOUS_AUTHOR = "Cinema guest";
    /** The name shown with the reviews of a customer who closed their account (their rating and comment stay). */
    public static final String FORMER_CUSTOMER = "Former customer";

    private ReviewRules() {
    }

    public static int rating(Integer rating) {
        if (rating == null) {
            throw new ValidationException("rating", "is required");
        }
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new ValidationException("rating", "must be between " + MIN_RATING + " and " + MAX_RATING);
        }
        return rating;
    }

    /** The comment trimmed; blank means no comment. */
    public static String comment(String comment, int maxLength) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String trimmed = comment.strip();
        int limit = Math.min(maxLength, COMMENT_HARD_MAX_LENGTH);
        if (trimmed.length() > limit) {
            throw new ValidationException("comment", "must be at most " + limit + " characters");
        }
        return trimmed;
    }

    /** A report's note, trimmed (blank means none); one is required when the reason is {@link ReviewReportReason#OTHER}. */
    public static String reportNote(ReviewReportReason reason, String note) {
        if (reason == null) {
            throw new ValidationException("reason", "is required");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed == null && reason == ReviewReportReason.OTHER) {
            throw new ValidationException("note", "is required when the reason is OTHER: say what is wrong with the review");
        }
        if (trimmed != null && trimmed.length() > NOTE_MAX_LENGTH) {
            throw new ValidationException("note", "must be at most " + NOTE_MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Staff's reason for removing a review, trimmed: required, because its author is told why. */
    public static String removalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required: the review's author is shown why it was removed");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > REMOVAL_REASON_MAX_LENGTH) {
            throw new ValidationException("reason", "must be at most " + REMOVAL_REASON_MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /** The name shown with a review: the token's full name, shortened to fit, or a neutral stand-in. */
    public static String authorName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return ANONYMOUS_AUTHOR;
        }
        String name = fullName.strip();
        return name.length() > AUTHOR_NAME_MAX_LENGTH ? name.substring(0, AUTHOR_NAME_MAX_LENGTH) : name;
    }

    /** The average of a sum of ratings over a count, rounded to one decimal; null when there is none. */
    public static Double average(long sum, long count) {
        if (count <= 0) {
            return null;
        }
        return Math.round(sum * 10.0 / count) / 10.0;
    }
}
