package com.cinema.movie.domain;

/**
 * What a visitor is looking for: any part of the title (case-insensitive) and optional exact filters.
 * Null fields do not filter.
 */
public record MovieSearch(String titleContains, Genre genre, MovieStatus status, String language) {

    public static MovieSearch everything() {
        return new MovieSearch(null, null, null, null);
    }
}
