package com.cinema.gateway.api.movie;

import com.cinema.common.input.InputLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The public {@code MovieInput}, checked here with the movie service's own limits (InputLimits) before any call,
 * and passed on to the movie service, which checks it again with its rules (and names the offending field, e.g.
 * {@code input.title}). Its shape matches the movie service's input exactly.
 */
@Input("MovieInput")
public class MovieInput {

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = InputLimits.MOVIE_TITLE_MAX_LENGTH, message = "must be at most {max} characters")
    public String title;
    @Size(max = InputLimits.MOVIE_SYNOPSIS_MAX_LENGTH, message = "must be at most {max} characters")
    public String synopsis;
    @NonNull
    @Description("One or more genre names as listed by the genres query, e.g. \"Drama\"")
    @NotEmpty(message = "at least one genre is required")
    public List<@NonNull @NotBlank(message = "must not be blank") String> genres;
    @NonNull
    @Description("Running time, 1 to 600 minutes")
    @NotNull(message = "is required")
    @Min(value = InputLimits.MOVIE_MIN_DURATION_MINUTES, message = InputLimits.MOVIE_DURATION_RANGE)
    @Max(value = InputLimits.MOVIE_MAX_DURATION_MINUTES, message = InputLimits.MOVIE_DURATION_RANGE)
    public Integer durationMinutes;
    @NonNull
    @Description("The age classification, e.g. \"PG-13\"")
    @NotBlank(message = "is required")
    @Size(max = InputLimits.MOVIE_AGE_RATING_MAX_LENGTH, message = "must be at most {max} characters")
    public String ageRating;
    public LocalDate releaseDate;
    @NonNull
    @Description("Spoken language, e.g. \"English\"")
    @NotBlank(message = "is required")
    @Size(max = InputLimits.MOVIE_LANGUAGE_MAX_LENGTH, message = "must be at most {max} characters")
    public String language;
    @Size(max = InputLimits.PERSON_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String director;
    @Description("Cast members in billing order")
    public List<@NonNull @NotBlank(message = "must not be blank")
            @Size(max = InputLimits.PERSON_NAME_MAX_LENGTH, message = "must be at most {max} characters") String> cast;
    @Description("An http or https URL")
    @Size(max = InputLimits.TRAILER_URL_MAX_LENGTH, message = "must be at most {max} characters")
    @Pattern(regexp = InputLimits.HTTP_URL_PATTERN, message = "must be an http or https URL")
    public String trailerUrl;
    @NonNull
    @Description("NOW_SHOWING, COMING_SOON or ARCHIVED")
    @NotBlank(message = "is required")
    public String status;
}
