package com.cinema.gateway.api.movie;

/** Why someone reported a review; {@code OTHER} needs a note saying what. */
public enum ReviewReportReason {
    SPOILERS,
    OFFENSIVE,
    SPAM,
    ILLEGAL,
    OTHER
}
