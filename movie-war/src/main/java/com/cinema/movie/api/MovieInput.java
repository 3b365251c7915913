package com.cinema.movie.api;

import com.cinema.common.input.InputLimits;
import com.cinema.movie.domain.MovieDetails;
import com.cinema.movie.domain.MovieRules;
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
 * The GraphQL {@code MovieInput}: a movie as staff describe it. Checked twice: here with Bean Validation
 * (explicitly, see {@link com.cinema.common.input.EdgeValidation}) and again by the domain's {@link MovieRules}.
 */
@Input("MovieInput")
public class MovieInput {

    @NonNull
    @NotBlank(message = "is required")
    @Size(max = MovieRules.TITLE_MAX_LENGTH, message = "must be at most {max} characters")
    public String title;

    @Size(max = MovieRules.SYNOPSIS_MAX_LENGTH, message = "must be at most {max} characters")
    public String synopsis;

    @NonNull
    @Description("One or more genre names as listed by the genres query, e.g. \"Drama\"")
    @NotEmpty(message = "at least one genre is required")
    public List<@NonNull @NotBlank(message = "must not be blank") String> genres;

    @NonNull
    @Description("Running time, 1 to 600 minutes")
    @NotNull(message = "is required")
    @Min(value = MovieRules.MIN_DURATION_MINUTES, message = InputLimits.MOVIE_DURATION_RANGE)
    @Max(value = MovieRules.MAX_DURATION_MINUTES, message = InputLimits.MOVIE_DURATION_RANGE)
    public Integer durationMinutes;

    @NonNull
    @Description("The age classification, e.g. \"PG-13\"")
    @NotBlank(message = "is required")
    @Size(max = MovieRules.AGE_RATING_MAX_LENGTH, message = "must be at most {max} characters")
    public String ageRating;

    public LocalDate releaseDate;

    @NonNull
    @Description("Spoken language, e.g. \"English\"")
    @NotBlank(message = "is required")
    @Size(max = MovieRules.LANGUAGE_MAX_LENGTH, message = "must be at most {max} characters")
    public String language;

    @Size(max = MovieRules.PERSON_NAME_MAX_LENGTH, message = "must be at most {max} characters")
    public String director;

    @Description("Cast members in billing order")
    public List<@NonNull @NotBlank(message = "must not be blank")
            @Size(max = MovieRules.PERSON_NAME_MAX_LENGTH, message = "must be at most {max} characters") String> cast;

    @Description("An http or https URL")
    @Size(max = MovieRules.TRAILER_URL_MAX_LENGTH, message = "must be at most {max} characters")
    @Pattern(regexp = InputLimits.HTTP_URL_PATTERN, message = "must be an http or https URL")
    public String trailerUrl;

    @NonNull
    @Description("NOW_SHOWING, COMING_SOON or ARCHIVED")
    @NotBlank(message = "is required")
    public String status;

    MovieDetails toDetails() {
        return new MovieDetails(title, synopsis, genres, durationMinutes, ageRating, releaseDate, language,
                director, cast, trailerUrl, status);
    }
}
