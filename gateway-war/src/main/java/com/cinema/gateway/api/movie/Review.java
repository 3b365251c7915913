package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
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
    @NonNull
    @Description("PUBLISHED, or REMOVED by staff: public lists hold published reviews only; its author sees a removed one")
    public ReviewStatus status;
    @Description("Why staff removed the review (shown to its author); null unless REMOVED")
    public String removalReason;
    @Description("When staff removed the review; null unless REMOVED")
    public OffsetDateTime removedAt;
    @Description("The e-mail that told its author of the removal; answered in myReviews only, null elsewhere and "
            + "unless REMOVED")
    public ReviewRemovalEmail removalEmail;
}
