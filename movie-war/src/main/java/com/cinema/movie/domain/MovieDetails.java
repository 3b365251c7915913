package com.cinema.movie.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A movie as staff describe it, unchecked: genres and status are names as they arrive on the wire.
 * {@link Movie#create(MovieDetails)} checks it against the catalogue's rules.
 */
public record MovieDetails(String title, String synopsis, List<String> genres, Integer durationMinutes,
                           String ageRating, LocalDate releaseDate, String language, String director,
                           List<String> cast, String trailerUrl, String status) {
}
