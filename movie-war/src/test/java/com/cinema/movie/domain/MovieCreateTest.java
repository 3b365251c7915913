package com.cinema.movie.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovieCreateTest {

    private static MovieDetails details(String title, List<String> genres, Integer minutes, String trailerUrl,
                                        String status) {
        return new MovieDetails(title, "  A synopsis.  ", genres, minutes, "PG-13", LocalDate.of(2026, 5, 1),
                "English", "Ana Director", List.of("First Star", " Second Star "), trailerUrl, status);
    }

    private static MovieDetails valid() {
        return details("  The Long Reel ", List.of("Drama", "science fiction", "FAMILY"), 120,
                "https://example.com/trailer", "coming_soon");
    }

    private static void assertInvalid(MovieDetails details, String field) {
        assertThatThrownBy(() -> Movie.create(details))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    @Test
    void validDetailsMakeANewMovieWithTrimmedValuesAndParsedNames() {
        Movie movie = Movie.create(valid());

        assertThat(movie.getId()).isNull();
        assertThat(movie.getTitle()).isEqualTo("The Long Reel");
        assertThat(movie.getSynopsis()).isEqualTo("A synopsis.");
        assertThat(movie.getGenres()).containsExactlyInAnyOrder(Genre.DRAMA, Genre.SCIENCE_FICTION, Genre.FAMILY);
        assertThat(movie.getDurationMinutes()).isEqualTo(120);
        assertThat(movie.getAgeRating()).isEqualTo("PG-13");
        assertThat(movie.getReleaseDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(movie.getLanguage()).isEqualTo("English");
        assertThat(movie.getDirector()).isEqualTo("Ana Director");
        assertThat(movie.getCast()).containsExactly("First Star", "Second Star");
        assertThat(movie.getTrailerUrl()).isEqualTo("https://example.com/trailer");
        assertThat(movie.getStatus()).isEqualTo(MovieStatus.COMING_SOON);
    }

    @Test
    void optionalDetailsMayBeLeftOut() {
        Movie movie = Movie.create(new MovieDetails("Quiet", null, List.of("Drama"), 90, "U", null, "French",
                " ", null, "", "ARCHIVED"));
        assertThat(movie.getSynopsis()).isNull();
        assertThat(movie.getDirector()).isNull();
        assertThat(movie.getCast()).isEmpty();
        assertThat(movie.getTrailerUrl()).isNull();
        assertThat(movie.getReleaseDate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void titleIsRequired(String title) {
        assertInvalid(details(title, List.of("Drama"), 100, null, "NOW_SHOWING"), "title");
        assertInvalid(details(null, List.of("Drama"), 100, null, "NOW_SHOWING"), "title");
    }

    @Test
    void titleIsAtMost200Characters() {
        assertThat(Movie.create(details("x".repeat(200), List.of("Drama"), 100, null, "ARCHIVED")).getTitle())
                .hasSize(200);
        assertInvalid(details("x".repeat(201), List.of("Drama"), 100, null, "ARCHIVED"), "title");
    }

    @Test
    void durationIsOneToSixHundredMinutes() {
        assertThat(Movie.create(details("Short", List.of("Drama"), 1, null, "ARCHIVED")).getDurationMinutes()).isEqualTo(1);
        assertThat(Movie.create(details("Long", List.of("Drama"), 600, null, "ARCHIVED")).getDurationMinutes()).isEqualTo(600);
        assertInvalid(details("Zero", List.of("Drama"), 0, null, "ARCHIVED"), "durationMinutes");
        assertInvalid(details("Epic", List.of("Drama"), 601, null, "ARCHIVED"), "durationMinutes");
        assertInvalid(details("None", List.of("Drama"), null, null, "ARCHIVED"), "durationMinutes");
    }

    @Test
    void genresMustBeKnownAndAtLeastOne() {
        assertInvalid(details("Odd", List.of("Drama", "Telenovela"), 100, null, "ARCHIVED"), "genres");
        assertInvalid(details("Odd", List.of(), 100, null, "ARCHIVED"), "genres");
        assertInvalid(details("Odd", null, 100, null, "ARCHIVED"), "genres");
        assertInvalid(details("Odd", Arrays.asList("Drama", null), 100, null, "ARCHIVED"), "genres");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHOWING_SOMETIMES", "", "RELEASED"})
    void statusMustBeKnown(String status) {
        assertInvalid(details("Odd", List.of("Drama"), 100, null, status), "status");
    }

    @Test
    void statusIsRequired() {
        assertInvalid(details("Odd", List.of("Drama"), 100, null, null), "status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/trailer", "javascript:alert(1)", "example.com/trailer",
            "https://", "http://exa mple.com/", "https:///path-only", "not a url"})
    void trailerUrlMustBeAWellFormedHttpUrl(String url) {
        assertInvalid(details("Odd", List.of("Drama"), 100, url, "ARCHIVED"), "trailerUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/t", "https://www.example.org/watch?v=abc123", "HTTPS://EXAMPLE.COM/x"})
    void trailerUrlMayBeHttpOrHttps(String url) {
        assertThat(Movie.create(details("Fine", List.of("Drama"), 100, url, "ARCHIVED")).getTrailerUrl()).isEqualTo(url);
    }

    @Test
    void requiredTextAndColumnLengthsAreChecked() {
        assertInvalid(new MovieDetails("T", null, List.of("Drama"), 100, null, null, "English", null, null, null,
                "ARCHIVED"), "ageRating");
        assertInvalid(new MovieDetails("T", null, List.of("Drama"), 100, "PG", null, " ", null, null, null,
                "ARCHIVED"), "language");
        assertInvalid(new MovieDetails("T", null, List.of("Drama"), 100, "x".repeat(11), null, "English", null,
                null, null, "ARCHIVED"), "ageRating");
        assertInvalid(new MovieDetails("T", "s".repeat(4001), List.of("Drama"), 100, "PG", null, "English", null,
                null, null, "ARCHIVED"), "synopsis");
        assertInvalid(new MovieDetails("T", null, List.of("Drama"), 100, "PG", null, "English", null,
                List.of("Star", " "), null, "ARCHIVED"), "cast[1]");
    }

    @Test
    void theFirstBrokenFieldIsReportedWithItsProblem() {
        assertThatThrownBy(() -> Movie.create(details("x".repeat(201), List.of("Nope"), 0, "ftp://x", "NOPE")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("title: must be at most 200 characters");
    }
}
