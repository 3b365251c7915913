package com.cinema.gateway.client;

import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.cinema.GeoPointInput;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.movie.MovieFilter;
import com.cinema.gateway.api.movie.MoviePage;
import com.cinema.gateway.api.movie.MovieSort;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The public catalogue reads (movie pages, one movie, genres, cinemas) that every visitor asks and staff change
 * rarely, kept for a few seconds so that a busy front page does not cost a service call per visitor.
 *
 * <p>Writes made through this gateway forget the affected reads at once ({@link #forgetMovies()},
 * {@link #forgetCinemas()}), including a read still on its way from the service when the write was made (it may
 * hold the data from before the write: each answer remembers which "generation" of its cache it was asked in, and
 * one asked before the last forget is never served); another gateway replica shows them after at most the time to
 * live. Nothing that
 * depends on the caller, and nothing live (showtimes, seat availability, bookings), is cached here. Cached answers
 * are shared between requests: no resolver may change them.
 *
 * <p>Settings: {@code cinema.gateway.catalogue-cache.ttl} (default {@code PT5S}, {@code PT0S} turns caching off)
 * and {@code cinema.gateway.catalogue-cache.max-entries} (default 2000), with environment overrides
 * {@code CINEMA_GATEWAY_CATALOGUE_CACHE_TTL} and {@code CINEMA_GATEWAY_CATALOGUE_CACHE_MAX_ENTRIES}.
 */
@ApplicationScoped
public class CatalogueCache {

    @Inject
    MovieServiceClient movieService;

    @Inject
    CinemaServiceClient cinemaService;

    @Inject
    @ConfigProperty(name = "cinema.gateway.catalogue-cache.ttl", defaultValue = "PT5S")
    Duration timeToLive;

    @Inject
    @ConfigProperty(name = "cinema.gateway.catalogue-cache.max-entries", defaultValue = "2000")
    long maxEntries;

    /** One cache, and the count of its forgets: its generation. */
    private static final class Reads {
        final Cache<List<Object>, Kept> cache;
        final AtomicLong generation = new AtomicLong();

        Reads(Cache<List<Object>, Kept> cache) {
            this.cache = cache;
        }
    }

    /** An answer ("no such movie", null, is an answer too) and the generation it was asked in. */
    private record Kept(Optional<Object> answer, long generation) {
    }

    private Reads movies;
    private Reads cinemas;

    @PostConstruct
    void create() {
        movies = new Reads(newCache());
        cinemas = new Reads(newCache());
    }

    private Cache<List<Object>, Kept> newCache() {
        return Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(timeToLive.isZero() ? 0 : maxEntries)
                // Housekeeping on the calling thread: no pool threads of our own inside Liberty.
                .executor(Runnable::run)
                .build();
    }

    public MoviePage movies(MovieFilter filter, Integer page, Integer size, MovieSort sort) {
        List<Object> key = filter == null
                ? key("movies", null, null, null, null, page, size, sort)
                : key("movies", filter.search, filter.genre, filter.status, filter.language, page, size, sort);
        return read(movies, key, () -> movieService.movies(filter, page, size, sort));
    }

    public Movie movie(String id) {
        return read(movies, key("movie", id), () -> movieService.movie(id));
    }

    public List<String> genres() {
        return read(movies, key("genres"), movieService::genres);
    }

    public List<Cinema> cinemas(String city, GeoPointInput near, Double radiusKm) {
        List<Object> key = near == null
                ? key("cinemas", city, null, null, radiusKm)
                : key("cinemas", city, near.latitude, near.longitude, radiusKm);
        return read(cinemas, key, () -> cinemaService.cinemas(city, near, radiusKm));
    }

    public Cinema cinema(String id) {
        return read(cinemas, key("cinema", id), () -> cinemaService.cinema(id));
    }

    /** A movie, its reviews' average or its poster changed: every movie read is asked again. */
    public void forgetMovies() {
        forget(movies);
    }

    /** A cinema or an auditorium changed. */
    public void forgetCinemas() {
        forget(cinemas);
    }

    private static void forget(Reads reads) {
        // First the generation, then the entries: a load that began before this write can no longer be served,
        // even if it is stored after invalidateAll (which does not wait for loads still on their way).
        reads.generation.incrementAndGet();
        reads.cache.invalidateAll();
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Reads reads, List<Object> key, Supplier<T> load) {
        long now = reads.generation.get();
        // Failures are not kept.
        Kept kept = reads.cache.get(key, k -> new Kept(Optional.ofNullable(load.get()), now));
        if (kept.generation() < now) {
            // Asked before the last write: drop it (unless another request already has) and ask again.
            reads.cache.asMap().remove(key, kept);
            kept = reads.cache.get(key, k -> new Kept(Optional.ofNullable(load.get()), now));
            if (kept.generation() < now) {
                return load.get(); // yet another load from before the write got there first: not kept
            }
        }
        return (T) kept.answer().orElse(null);
    }

    private static List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }
}
