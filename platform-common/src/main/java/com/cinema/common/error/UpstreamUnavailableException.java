package com.cinema.common.error;

/** A downstream service did not answer in time or is failing; the caller may retry later. */
@ApiError(ErrorCode.UPSTREAM_UNAVAILABLE)
public class UpstreamUnavailableException extends ApiException {

    public UpstreamUnavailableException(String service, Throwable cause) {
        super("The " + service + " service is unavailable right now; please try again shortly", cause);
    }
}
