package com.cinema.movie.domain;

/** Whether a review shows to everyone or, removed by staff, to its author only. */
public enum ReviewStatus {
    PUBLISHED,
    REMOVED
}
