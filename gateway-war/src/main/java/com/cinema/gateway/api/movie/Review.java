package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The public {@code Review} type: one user's rating of a movie. Fields match the movie service's. */
public class Review {

    @Id
    @NonNull
    public String id;
    @Id
    @NonNull
    public String movieId;
    @Id
    @NonNull
    public String userId;
    @NonNull
    public String authorName;
    public int rating;
    public String comment;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
