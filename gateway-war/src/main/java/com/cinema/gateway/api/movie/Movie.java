package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The public {@code Movie} type. Its plain fields are exactly the movie service's, so the typed client reads
 * them straight into this class; fields owned by other services are added by resolvers, not fields here.
 */
public class Movie {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String title;
    public String synopsis;
    @NonNull
    public List<@NonNull String> genres;
    public int durationMinutes;
    public String ageRating;
    public LocalDate releaseDate;
    public String language;
    public String director;
    public List<@NonNull String> cast;
    public String trailerUrl;
    @NonNull
    public String status;
    @Description("Average rating of the reviews (1 to 5, one decimal); null without reviews")
    public Double averageRating;
    public int reviewCount;
    @Description("Where the poster image is served (GET, changes with the image); null without a poster")
    public String posterUrl;
}
