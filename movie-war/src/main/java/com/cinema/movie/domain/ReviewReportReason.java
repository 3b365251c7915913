package com.cinema.movie.domain;

/** Why someone reported a review; {@link #OTHER} needs a note saying what. */
public enum ReviewReportReason {
    SPOILERS,
    OFFENSIVE,
    SPAM,
    ILLEGAL,
    OTHER
}
