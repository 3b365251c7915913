package com.cinema.movie.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue's rules for a movie's details. Each check names the offending field as the domain spells it
 * (e.g. {@code title}); the API prefixes it with its argument name. Lengths match the columns of V1__movies.sql.
 */
public final class MovieRules {

    // Shared with the gateway's public MovieInput: the limits of public inputs are defined once.
    public static final int TITLE_MAX_LENGTH = InputLimits.MOVIE_TITLE_MAX_LENGTH;
    public static final int SYNOPSIS_MAX_LENGTH = InputLimits.MOVIE_SYNOPSIS_MAX_LENGTH;
    public static final int MIN_DURATION_MINUTES = InputLimits.MOVIE_MIN_DURATION_MINUTES;
    public static final int MAX_DURATION_MINUTES = InputLimits.MOVIE_MAX_DURATION_MINUTES;
    public static final int AGE_RATING_MAX_LENGTH = InputLimits.MOVIE_AGE_RATING_MAX_LENGTH;
    public static final int LANGUAGE_MAX_LENGTH = InputLimits.MOVIE_LANGUAGE_MAX_LENGTH;
    public static final int PERSON_NAME_MAX_LENGTH = InputLimits.PERSON_NAME_MAX_LENGTH;
    public static final int TRAILER_URL_MAX_LENGTH = InputLimits.TRAILER_URL_MAX_LENGTH;

    private MovieRules() {
    }

    /** The title, trimmed: required, at most 200 characters. */
    public static String title(String title) {
        return required("title", title, TITLE_MAX_LENGTH);
    }

    public static String synopsis(String synopsis) {
        return optional("synopsis", synopsis, SYNOPSIS_MAX_LENGTH);
    }

    /** One or more known genres, by display or constant name (see {@link Genre#parse}). */
    public static Set<Genre> genres(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ValidationException("genres", "at least one genre is required");
        }
        Set<Genre> genres = EnumSet.noneOf(Genre.class);
        for (String name : names) {
            genres.add(Genre.parse(name).orElseThrow(() -> new ValidationException("genres",
                    "unknown genre '" + name + "'; known genres are " + String.join(", ", Genre.displayNames()))));
        }
        return genres;
    }

    public static int durationMinutes(Integer minutes) {
        if (minutes == null) {
            throw new ValidationException("durationMinutes", "is required");
        }
        if (minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
            throw new ValidationException("durationMinutes",
                    "must be between " + MIN_DURATION_MINUTES + " and " + MAX_DURATION_MINUTES + " minutes");
        }
        return minutes;
    }

    public static String ageRating(String ageRating) {
        return required("ageRating", ageRating, AGE_RATING_MAX_LENGTH);
    }

    public static String language(String language) {
        return required("language", language, LANGUAGE_MAX_LENGTH);
    }

    public static String director(String director) {
        return optional("director", director, PERSON_NAME_MAX_LENGTH);
    }

    /** The cast in billing order, each name trimmed; none may be blank. An absent list is an empty cast. */
    public static List<String> cast(List<String> cast) {
        if (cast == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(cast.size());
        for (int i = 0; i < cast.size(); i++) {
            names.add(required("cast[" + i + "]", cast.get(i), PERSON_NAME_MAX_LENGTH));
        }
        return names;
    }

    /** An absolute http or https URL with a host, or nothing. */
    public static String trailerUrl(String trailerUrl) {
        String url = optional("trailerUrl", trailerUrl, TRAILER_URL_MAX_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new ValidationException("trailerUrl", "must be an http or https URL, e.g. https://example.com/trailer");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ValidationException("trailerUrl", "must be a well-formed http or https URL");
        }
    }

    public static MovieStatus status(String status) {
        if (status == null || status.isBlank()) {
            throw new ValidationException("status", "is required");
        }
        try {
            return MovieStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "must be " + Arrays.stream(MovieStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return withinLength(field, value.trim(), maxLength);
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(field, value.trim(), maxLength);
    }

    private static String withinLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }
}
