package com.cinema.booking.domain;

/** What scheduling needs of a movie of the movie service; a duration of 0 means the movie has none yet. */
public record MovieSummary(long id, String title, int durationMinutes, boolean archived) {
}
