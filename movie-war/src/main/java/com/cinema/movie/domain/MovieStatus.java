package com.cinema.movie.domain;

/** Where a movie is in its life at the cinema chain. */
public enum MovieStatus {
    NOW_SHOWING,
    COMING_SOON,
    ARCHIVED
}
