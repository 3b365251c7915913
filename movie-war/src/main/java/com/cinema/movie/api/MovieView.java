package com.cinema.movie.api;

import com.cinema.movie.domain.Genre;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.PosterImage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL {@code Movie} type: what a client sees of a movie. Entities never leave the service. */
@Type("Movie")
public class MovieView {

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
    @Description("Where the poster image is served (changes with the image); null without a poster")
    public String posterUrl;

    static MovieView of(Movie movie) {
        MovieView view = new MovieView();
        view.id = String.valueOf(movie.getId());
        view.title = movie.getTitle();
        view.synopsis = movie.getSynopsis();
        view.genres = movie.getGenres().stream().map(Genre::displayName).sorted().toList();
        view.durationMinutes = movie.getDurationMinutes();
        view.ageRating = movie.getAgeRating();
        view.releaseDate = movie.getReleaseDate();
        view.language = movie.getLanguage();
        view.director = movie.getDirector();
        view.cast = List.copyOf(movie.getCast());
        view.trailerUrl = movie.getTrailerUrl();
        view.status = movie.getStatus().name();
        view.averageRating = movie.getAverageRating();
        view.reviewCount = movie.getReviewCount();
        view.posterUrl = posterUrl(view.id, movie.getPosterEtag());
        return view;
    }

    /** The gateway's public poster path, versioned by the image's content so that caches never serve an old one. */
    static String posterUrl(String movieId, String etag) {
        return etag == null ? null : "/api/posters/" + movieId + "?v=" + PosterImage.version(etag);
    }
}
