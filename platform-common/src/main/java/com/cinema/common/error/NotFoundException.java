package com.cinema.common.error;

/** A requested thing does not exist, or belongs to someone else (never FORBIDDEN for others' ids). */
@ApiError(ErrorCode.NOT_FOUND)
public class NotFoundException extends ApiException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
