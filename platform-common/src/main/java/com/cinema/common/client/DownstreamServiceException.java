package com.cinema.common.client;

/**
 * Another service failed to answer an operation: transport error, timeout, an HTTP error or its own
 * {@code INTERNAL} error. Not the caller's fault, so Fault Tolerance counts it (retries, circuit breaker) and the
 * caller finally sees {@code UPSTREAM_UNAVAILABLE} (see {@link UpstreamFailureInterceptor}).
 */
public class DownstreamServiceException extends RuntimeException {

    private final String service;

    public DownstreamServiceException(String service, String message) {
        super("The " + service + " service: " + message);
        this.service = service;
    }

    public DownstreamServiceException(String service, String message, Throwable cause) {
        super("The " + service + " service: " + message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
