package com.cinema.movie.api;

import com.cinema.movie.domain.ReviewRemovalNotice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** The GraphQL {@code ReviewRemovalEmail} type: the e-mail that told a review's author staff removed it (ADR 0028). */
@Type("ReviewRemovalEmail")
@Description("The e-mail that tells a review's author why staff removed it; the address is looked up when it is sent")
public class ReviewRemovalEmailView {

    /** Where the e-mail stands; the same words as the movie service's outbox. */
    @Enum("ReviewRemovalEmailStatus")
    public enum Status {
        /** Queued, or being tried again after a failure. */
        PENDING,
        /** Sent to the author's address. */
        SENT,
        /** Not sent: the account had no address any more (closed). */
        SKIPPED,
        /** Not sent: every attempt failed. */
        FAILED
    }

    @NonNull
    @Description("PENDING (queued or to be tried again), SENT, SKIPPED (no address: the account was closed) or FAILED "
            + "(every attempt failed)")
    public Status status;
    @NonNull
    @Description("When the removal queued it")
    public OffsetDateTime queuedAt;
    @Description("When it was sent; null unless SENT")
    public OffsetDateTime sentAt;

    static ReviewRemovalEmailView of(ReviewRemovalNotice notice) {
        ReviewRemovalEmailView view = new ReviewRemovalEmailView();
        view.status = Status.valueOf(notice.getStatus().name());
        view.queuedAt = ReviewView.utc(notice.getCreatedAt());
        view.sentAt = notice.getStatus() == ReviewRemovalNotice.Status.SENT ? ReviewView.utc(notice.getDoneAt()) : null;
        return view;
    }
}
