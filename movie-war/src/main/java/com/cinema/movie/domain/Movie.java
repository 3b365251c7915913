package com.cinema.movie.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A film in the catalogue. */
@Entity
@Table(name = "movie")
public class Movie extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String synopsis;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "age_rating", nullable = false, length = 10)
    private String ageRating;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    @Column(nullable = false, length = 40)
    private String language;

    @Column(length = 200)
    private String director;

    @Column(name = "trailer_url", length = 500)
    private String trailerUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovieStatus status;

    /** Maintained by the review use case with bulk updates; the movie's own updates never write it. */
    @Column(name = "review_count", insertable = false, updatable = false)
    private int reviewCount;

    /** Average of the reviews' ratings, null without reviews; maintained like {@link #reviewCount}. */
    @Column(name = "average_rating", insertable = false, updatable = false)
    private Double averageRating;

    /** SHA-256 of the current poster, null without one; maintained by the poster use case. */
    @Column(name = "poster_etag", insertable = false, updatable = false)
    private String posterEtag;

    @ElementCollection
    @CollectionTable(name = "movie_genre", joinColumns = @JoinColumn(name = "movie_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "genre", nullable = false, length = 40)
    private Set<Genre> genres = EnumSet.noneOf(Genre.class);

    @ElementCollection
    @CollectionTable(name = "movie_cast_member", joinColumns = @JoinColumn(name = "movie_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 200)
    private List<String> cast = new ArrayList<>();

    protected Movie() {
        // for JPA
    }

    public Movie(String title, int durationMinutes, String ageRating, String language, MovieStatus status) {
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.ageRating = ageRating;
        this.language = language;
        this.status = status;
    }

    /**
     * A new movie from staff's details, checked against {@link MovieRules}; throws a
     * {@link com.cinema.common.error.ValidationException} naming the first broken field. Pure: call it before
     * any transaction starts.
     */
    public static Movie create(MovieDetails details) {
        String title = MovieRules.title(details.title());
        String synopsis = MovieRules.synopsis(details.synopsis());
        Set<Genre> genres = MovieRules.genres(details.genres());
        int durationMinutes = MovieRules.durationMinutes(details.durationMinutes());
        String ageRating = MovieRules.ageRating(details.ageRating());
        String language = MovieRules.language(details.language());
        String director = MovieRules.director(details.director());
        List<String> cast = MovieRules.cast(details.cast());
        String trailerUrl = MovieRules.trailerUrl(details.trailerUrl());
        MovieStatus status = MovieRules.status(details.status());

        Movie movie = new Movie(title, durationMinutes, ageRating, language, status);
        movie.setSynopsis(synopsis);
        movie.setGenres(genres);
        movie.setReleaseDate(details.releaseDate());
        movie.setDirector(director);
        movie.setCast(cast);
        movie.setTrailerUrl(trailerUrl);
        return movie;
    }

    /**
     * Replaces every detail staff may change with those of {@code changed}, a movie already checked by
     * {@link #create(MovieDetails)}. Reviews and poster stay.
     */
    public void updateFrom(Movie changed) {
        this.title = changed.title;
        this.synopsis = changed.synopsis;
        this.durationMinutes = changed.durationMinutes;
        this.ageRating = changed.ageRating;
        this.releaseDate = changed.releaseDate;
        this.language = changed.language;
        this.director = changed.director;
        this.trailerUrl = changed.trailerUrl;
        this.status = changed.status;
        this.genres.clear();
        this.genres.addAll(changed.genres);
        this.cast.clear();
        this.cast.addAll(changed.cast);
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public Double getAverageRating() {
        return averageRating;
    }

    public String getPosterEtag() {
        return posterEtag;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSynopsis() {
        return synopsis;
    }

    public void setSynopsis(String synopsis) {
        this.synopsis = synopsis;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getAgeRating() {
        return ageRating;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getLanguage() {
        return language;
    }

    public String getDirector() {
        return director;
    }

    public void setDirector(String director) {
        this.director = director;
    }

    public String getTrailerUrl() {
        return trailerUrl;
    }

    public void setTrailerUrl(String trailerUrl) {
        this.trailerUrl = trailerUrl;
    }

    public MovieStatus getStatus() {
        return status;
    }

    public Set<Genre> getGenres() {
        return genres;
    }

    public void setGenres(Set<Genre> genres) {
        this.genres = genres.isEmpty() ? EnumSet.noneOf(Genre.class) : EnumSet.copyOf(genres);
    }

    public List<String> getCast() {
        return cast;
    }

    public void setCast(List<String> cast) {
        this.cast = new ArrayList<>(cast);
    }

}
