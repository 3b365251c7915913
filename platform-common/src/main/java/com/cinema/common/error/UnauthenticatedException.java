package com.cinema.common.error;

/** The operation needs a signed-in caller and the request carried no valid token. */
@ApiError(ErrorCode.UNAUTHENTICATED)
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
