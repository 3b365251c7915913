package com.cinema.gateway.client;

import com.cinema.gateway.api.cinema.Cinema;
import com.cinema.gateway.api.cinema.GeoPointInput;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.movie.MovieFilter;
import com.cinema.gateway.api.movie.MoviePage;
import com.cinema.gateway.api.movie.MovieSort;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueCacheTest {

    /** Counts the calls that would reach the movie service. */
    static class CountingMovieService extends MovieServiceClient {
        final AtomicInteger calls = new AtomicInteger();
        boolean failing;

        @Override
        public MoviePage movies(MovieFilter filter, Integer page, Integer size, MovieSort sort) {
            calls.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("movie service down");
            }
            MoviePage answer = new MoviePage();
            answer.page = page;
            return answer;
        }

        @Override
        public Movie movie(String id) {
            calls.incrementAndGet();
            return null;
        }
    }

    static class CountingCinemaService extends CinemaServiceClient {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public List<Cinema> cinemas(String city, GeoPointInput near, Double radiusKm) {
            calls.incrementAndGet();
            return List.of();
        }
    }

    private final CountingMovieService movies = new CountingMovieService();
    private final CountingCinemaService cinemas = new CountingCinemaService();

    private CatalogueCache cache(Duration ttl) {
        CatalogueCache cache = new CatalogueCache();
        cache.movieService = movies;
        cache.cinemaService = cinemas;
        cache.timeToLive = ttl;
        cache.maxEntries = 100;
        cache.create();
        return cache;
    }

    private static MovieFilter genre(String genre) {
        MovieFilter filter = new MovieFilter();
        filter.genre = genre;
        return filter;
    }

    @Test
    void theSameQuestionIsAskedOnceWithinTheTimeToLiveAndDifferentQuestionsSeparately() {
        CatalogueCache cache = cache(Duration.ofMinutes(1));

        MoviePage first = cache.movies(genre("Drama"), 0, 10, null);
        MoviePage again = cache.movies(genre("Drama"), 0, 10, null);
        cache.movies(genre("Drama"), 1, 10, null);
        cache.movies(genre("Comedy"), 0, 10, null);
        cache.movies(null, 0, 10, MovieSort.RATING);

        assertThat(again).isSameAs(first);
        assertThat(movies.calls).hasValue(4);
    }

    @Test
    void anUnknownMovieIsKeptTooButAFailureIsNot() {
        CatalogueCache cache = cache(Duration.ofMinutes(1));
        assertThat(cache.movie("404")).isNull();
        assertThat(cache.movie("404")).isNull();
        assertThat(movies.calls).hasValue(1);

        movies.failing = true;
        assertThatThrownBy(() -> cache.movies(null, 0, 10, null)).hasMessageContaining("down");
        movies.failing = false;
        assertThat(cache.movies(null, 0, 10, null)).isNotNull();
        assertThat(movies.calls).hasValue(3);
    }

    @Test
    void forgettingMoviesAsksAgainAndLeavesCinemasAlone() {
        CatalogueCache cache = cache(Duration.ofMinutes(1));
        cache.movies(null, 0, 10, null);
        cache.cinemas("London", null, null);

        cache.forgetMovies();
        cache.movies(null, 0, 10, null);
        cache.cinemas("London", null, null);

        assertThat(movies.calls).hasValue(2);
        assertThat(cinemas.calls).hasValue(1);
    }

    @Test
    void aReadOnItsWayWhenAWriteIsMadeIsNeverServedAfterTheWrite() throws Exception {
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        Cinema before = new Cinema();
        before.name = "before";
        Cinema after = new Cinema();
        after.name = "after";
        java.util.concurrent.atomic.AtomicReference<Cinema> stored = new java.util.concurrent.atomic.AtomicReference<>(before);
        CatalogueCache cache = cache(Duration.ofMinutes(1));
        cache.cinemaService = new CinemaServiceClient() {
            @Override
            public List<Cinema> cinemas(String city, GeoPointInput near, Double radiusKm) {
                List<Cinema> answer = List.of(stored.get());
                if (asked.getCount() > 0) {
                    // the first read has its answer from before the write, and is still on its way back
                    asked.countDown();
                    await(written);
                }
                return answer;
            }
        };
        java.util.concurrent.CompletableFuture<List<Cinema>> slowRead =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.cinemas(null, null, null));
        assertThat(asked.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        stored.set(after);       // an admin's write reaches the cinema service...
        cache.forgetCinemas();   // ...and the gateway forgets what it kept
        written.countDown();
        assertThat(slowRead.get(5, java.util.concurrent.TimeUnit.SECONDS)).extracting(c -> c.name)
                .as("the read that began before the write").containsExactly("before");

        assertThat(cache.cinemas(null, null, null)).extracting(c -> c.name).as("every read after it")
                .containsExactly("after");
        assertThat(cache.cinemas(null, null, null)).extracting(c -> c.name).containsExactly("after");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aZeroTimeToLiveTurnsCachingOff() {
        CatalogueCache cache = cache(Duration.ZERO);
        cache.movies(null, 0, 10, null);
        cache.movies(null, 0, 10, null);
        assertThat(movies.calls).hasValue(2);
    }
}
