package com.cinema.common.error;

/** The caller is signed in but lacks the role the operation needs. */
@ApiError(ErrorCode.FORBIDDEN)
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message);
    }
}
