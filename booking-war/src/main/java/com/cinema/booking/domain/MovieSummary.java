package com.cinema.booking.domain;

/**
 * What scheduling and ticket types need of a movie of the movie service; a duration of 0 means the movie has none
 * yet, and a null age rating (e.g. BBFC "15") that it has none.
 */
public record MovieSummary(long id, String title, int durationMinutes, boolean archived, String ageRating) {
}
