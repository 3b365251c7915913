package com.cinema.common.error;

/** A downstream service did not answer in time or is failing; the caller may retry later. */
@ApiError(ErrorCode.UPSTREAM_UNAVAILABLE)
public class UpstreamUnavailableException extends ApiException {

    public UpstreamUnavailableException(String service, Throwable cause) {
        super("The " + service + " service is unavailable right now; please try again shortly", cause);
    }

    private UpstreamUnavailableException(String message) {
        super(message);
    }

    /**
     * A called service's own {@code UPSTREAM_UNAVAILABLE}, passed on with its message, which names the service that
     * is down. The called service did answer, so this is not its failure: no circuit breaker counts it against
     * that service and no retry repeats it (docs/architecture.md, "Calls between services").
     */
    public static UpstreamUnavailableException reportedBy(String message) {
        return new UpstreamUnavailableException(message);
    }
}
