package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The public {@code MovieInput}, passed on to the movie service, which checks it (and names the offending
 * field, e.g. {@code input.title}). Its shape matches the movie service's input exactly.
 */
@Input("MovieInput")
public class MovieInput {

    @NonNull
    public String title;
    public String synopsis;
    @NonNull
    @Description("One or more genre names as listed by the genres query, e.g. \"Drama\"")
    public List<@NonNull String> genres;
    @NonNull
    @Description("Running time, 1 to 600 minutes")
    public Integer durationMinutes;
    @NonNull
    @Description("The age classification, e.g. \"PG-13\"")
    public String ageRating;
    public LocalDate releaseDate;
    @NonNull
    @Description("Spoken language, e.g. \"English\"")
    public String language;
    public String director;
    @Description("Cast members in billing order")
    public List<@NonNull String> cast;
    @Description("An http or https URL")
    public String trailerUrl;
    @NonNull
    @Description("NOW_SHOWING, COMING_SOON or ARCHIVED")
    public String status;
}
