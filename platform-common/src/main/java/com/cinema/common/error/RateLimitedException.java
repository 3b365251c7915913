package com.cinema.common.error;

/** Too many requests or attempts; the caller should wait before trying again. */
@ApiError(ErrorCode.RATE_LIMITED)
public class RateLimitedException extends ApiException {

    public RateLimitedException(String message) {
        super(message);
    }
}
