package com.cinema.gateway.report;

import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.client.CinemaServiceClient;
import com.cinema.gateway.client.MovieServiceClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Movie titles and cinema names of one page of an export, each asked for with one batched call per page and kept
 * for the rest of the export, so a long export asks for every name once.
 */
final class ReportNames {

    private final MovieServiceClient movies;
    private final CinemaServiceClient cinemas;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> cinemaNames = new HashMap<>();

    ReportNames(MovieServiceClient movies, CinemaServiceClient cinemas) {
        this.movies = movies;
        this.cinemas = cinemas;
    }

    void loadMovies(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !titles.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> titles.put(id, null));
            for (Movie movie : movies.moviesByIds(missing)) {
                titles.put(movie.id, movie.title);
            }
        }
    }

    void loadCinemas(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !cinemaNames.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> cinemaNames.put(id, null));
            for (Cinema cinema : cinemas.cinemasByIds(missing)) {
                cinemaNames.put(cinema.id, cinema.name);
            }
        }
    }

    /** The title, formula-safe; null for a movie deleted since. */
    Object title(String movieId) {
        return CsvCells.text(titles.get(movieId));
    }

    Object cinemaName(String cinemaId) {
        return CsvCells.text(cinemaNames.get(cinemaId));
    }
}
