package com.cinema.common.error;

/** A seat asked for is already held or sold, or cannot be sold at all. */
@ApiError(ErrorCode.SEAT_UNAVAILABLE)
public class SeatUnavailableException extends ApiException {

    public SeatUnavailableException(String message) {
        super(message);
    }
}
