package com.cinema.movie.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A movie's poster image, stored in movie_db next to the movie (one per movie). */
@Entity
@Table(name = "movie_poster")
public class MoviePoster extends TimestampedEntity {

    @Id
    @Column(name = "movie_id")
    private Long movieId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    @Column(nullable = false, length = 64)
    private String etag;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    private Integer width;

    private Integer height;

    protected MoviePoster() {
        // for JPA
    }

    public MoviePoster(long movieId, PosterImage image) {
        this.movieId = movieId;
        replaceWith(image);
    }

    public void replaceWith(PosterImage image) {
        this.contentType = image.contentType();
        this.bytes = image.bytes();
        this.etag = image.etag();
        this.sizeBytes = image.bytes().length;
        this.width = image.width();
        this.height = image.height();
    }

    public Long getMovieId() {
        return movieId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public String getEtag() {
        return etag;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }
}
