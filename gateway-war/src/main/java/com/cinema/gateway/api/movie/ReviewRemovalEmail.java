package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;

/** The e-mail that told a review's author staff removed it (ADR 0028). Fields match the movie service's. */
@Description("The e-mail that tells a review's author why staff removed it; the address is looked up when it is sent")
public class ReviewRemovalEmail {

    @NonNull
    @Description("PENDING (queued or to be tried again), SENT, SKIPPED (no address: the account was closed) or FAILED "
            + "(every attempt failed)")
    public ReviewRemovalEmailStatus status;
    @NonNull
    @Description("When the removal queued it")
    public OffsetDateTime queuedAt;
    @Description("When it was sent; null unless SENT")
    public OffsetDateTime sentAt;
}
