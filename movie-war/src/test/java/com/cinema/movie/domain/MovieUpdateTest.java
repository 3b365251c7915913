package com.cinema.movie.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MovieUpdateTest {

    @Test
    void anUpdateReplacesEveryDetailStaffMayChange() {
        Movie movie = Movie.create(new MovieDetails("Old Title", "Old.", List.of("Drama"), 100, "PG",
                LocalDate.of(2020, 1, 1), "English", "Old Director", List.of("A", "B"), null, "NOW_SHOWING"));
        Movie changed = Movie.create(new MovieDetails(" New Title ", "New.", List.of("Comedy", "Family"), 90, "U",
                LocalDate.of(2021, 2, 2), "French", "New Director", List.of("C"), "https://example.com/t", "archived"));

        movie.updateFrom(changed);

        assertThat(movie.getTitle()).isEqualTo("New Title");
        assertThat(movie.getSynopsis()).isEqualTo("New.");
        assertThat(movie.getGenres()).containsExactlyInAnyOrder(Genre.COMEDY, Genre.FAMILY);
        assertThat(movie.getDurationMinutes()).isEqualTo(90);
        assertThat(movie.getAgeRating()).isEqualTo("U");
        assertThat(movie.getReleaseDate()).isEqualTo(LocalDate.of(2021, 2, 2));
        assertThat(movie.getLanguage()).isEqualTo("French");
        assertThat(movie.getDirector()).isEqualTo("New Director");
        assertThat(movie.getCast()).containsExactly("C");
        assertThat(movie.getTrailerUrl()).isEqualTo("https://example.com/t");
        assertThat(movie.getStatus()).isEqualTo(MovieStatus.ARCHIVED);
    }
}
