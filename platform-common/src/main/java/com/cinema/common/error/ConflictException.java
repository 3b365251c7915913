package com.cinema.common.error;

/** The request clashes with the current state (a duplicate, an overlap, a stale version). */
@ApiError(ErrorCode.CONFLICT)
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }
}
