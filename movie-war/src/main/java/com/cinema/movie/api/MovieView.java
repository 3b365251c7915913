package com.cinema.movie.api;

import com.cinema.movie.domain.Genre;
import com.cinema.movie.domain.Movie;
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
        return view;
    }
}
