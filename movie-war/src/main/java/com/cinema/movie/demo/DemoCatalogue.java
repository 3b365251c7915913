package com.cinema.movie.demo;

import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.movie.domain.Genre;
import com.cinema.movie.domain.Movie;
import com.cinema.movie.domain.MoviePosters;
import com.cinema.movie.domain.MovieStatus;
import com.cinema.movie.domain.PosterImage;
import com.cinema.movie.persistence.MovieRepository;
import com.cinema.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fills an empty catalogue with demo movies (local run, tests, docker-compose) when
 * {@code cinema.demo-data.enabled} is true. Release dates are relative to today so that
 * "coming soon" stays in the future.
 */
@ApplicationScoped
public class DemoCatalogue implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
    private final DemoDataState state = new DemoDataState();

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    MovieRepository movies;

    @Inject
    MoviePosters posters;

    @Transactional
    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            state.notWanted();
            return;
        }
        state.loading("movies and posters");
        try {
            List<DemoMovie> demo = read();
            if (movies.count() == 0) {
                demo.forEach(d -> movies.add(d.toMovie(LocalDate.now())));
                LOG.info(() -> "Added " + demo.size() + " demo movies");
            }
            seedPosters(demo);
            state.done(demo.size() + " movies");
        } catch (RuntimeException e) {
            state.failed(e);
            throw e;
        }
    }

    /**
     * Gives every demo movie without a poster its generated artwork, also in a catalogue seeded before
     * posters existed. Movies staff added are left alone.
     */
    private void seedPosters(List<DemoMovie> demo) {
        Set<String> demoTitles = demo.stream().map(DemoMovie::title).collect(Collectors.toSet());
        List<Movie> missing = movies.withDetails(movies.withoutPoster()).stream()
                .filter(m -> demoTitles.contains(m.getTitle()))
                .toList();
        for (Movie movie : missing) {
            byte[] png;
            try {
                png = PosterArt.png(movie.getTitle());
            } catch (RuntimeException | LinkageError e) {
                // A JVM without working Java2D: the demo still runs, just without posters.
                LOG.warning("Cannot draw demo posters in this JVM: " + e);
                return;
            }
            posters.store(movie.getId(), PosterImage.inspect(png, Long.MAX_VALUE));
        }
        if (!missing.isEmpty()) {
            LOG.info(() -> "Drew posters for " + missing.size() + " demo movies");
        }
    }

    private static List<DemoMovie> read() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/movies.json");
             var jsonb = JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(in, DemoMovie[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("demo/movies.json is unreadable", e);
        }
    }

    /** One movie of demo/movies.json. */
    public record DemoMovie(String title, String synopsis, List<String> genres, int durationMinutes,
                            String ageRating, int releaseOffsetDays, String language, String director,
                            List<String> cast, String trailerUrl, String status) {

        Movie toMovie(LocalDate today) {
            Movie movie = new Movie(title, durationMinutes, ageRating, language, MovieStatus.valueOf(status));
            movie.setSynopsis(synopsis);
            movie.setReleaseDate(today.plusDays(releaseOffsetDays));
            movie.setDirector(director);
            movie.setCast(cast);
            movie.setTrailerUrl(trailerUrl);
            movie.setGenres(genres.stream()
                    .map(name -> Genre.parse(name).orElseThrow(() -> new IllegalStateException("unknown genre " + name)))
                    .collect(Collectors.toSet()));
            return movie;
        }
    }

    @Override
    public String name() {
        return "demo-catalogue";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
