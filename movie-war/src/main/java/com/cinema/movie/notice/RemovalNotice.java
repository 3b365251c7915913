package com.cinema.movie.notice;

import java.time.Instant;

/**
 * One claimed notice of a review's removal, with what its e-mail says: the film, the review as its author wrote it,
 * and staff's reason. {@code attempts} were made before this one; {@code claimedUntil} names the claim, which every
 * later change of the row must still hold.
 */
public record RemovalNotice(long reviewId, long authorId, String authorName, long movieId, String movieTitle,
                            int rating, String comment, String reason, int attempts, Instant claimedUntil) {
}
