package com.cinema.gateway.report;

import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.user.User;
import com.cinema.gateway.client.CinemaServiceClient;
import com.cinema.gateway.client.MovieServiceClient;
import com.cinema.gateway.client.UserServiceClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Movie titles, cinema names and customers of one page of an export, each asked for with one batched call per page
 * and kept for the rest of the export, so a long export asks for every name once.
 */
final class ReportNames {

    private final MovieServiceClient movies;
    private final CinemaServiceClient cinemas;
    private final UserServiceClient users;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> cinemaNames = new HashMap<>();
    private final Map<String, User> customers = new HashMap<>();

    ReportNames(MovieServiceClient movies, CinemaServiceClient cinemas, UserServiceClient users) {
        this.movies = movies;
        this.cinemas = cinemas;
        this.users = users;
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

    /** The accounts of these customers, with the staff member's own token (the user service checks ADMIN again). */
    void loadCustomers(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !customers.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> customers.put(id, null));
            for (User user : users.usersByIds(missing)) {
                customers.put(user.id, user);
            }
        }
    }

    /** The customer's full name, formula-safe; null for an account the user service does not know. */
    Object customerName(String userId) {
        User user = customers.get(userId);
        return user == null ? null : CsvCells.text(user.fullName);
    }

    Object customerEmail(String userId) {
        User user = customers.get(userId);
        return user == null ? null : CsvCells.text(user.email);
    }

    /** The title, formula-safe; null for a movie deleted since. */
    Object title(String movieId) {
        return CsvCells.text(titles.get(movieId));
    }

    Object cinemaName(String cinemaId) {
        return CsvCells.text(cinemaNames.get(cinemaId));
    }
}
