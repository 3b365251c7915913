package com.cinema.common.error;

import java.util.Optional;

/** Rebuilds a typed error from its public code, e.g. when a downstream service reported it. */
public final class ApiExceptions {

    private ApiExceptions() {
    }

    /**
     * The exception for an error the caller caused, or empty for codes that mean the server failed
     * ({@code INTERNAL}, {@code UPSTREAM_UNAVAILABLE}) and for unknown codes.
     */
    public static Optional<ApiException> callerError(String code, String message, String field) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (code) {
            case "UNAUTHENTICATED" -> new UnauthenticatedException(message);
            case "FORBIDDEN" -> new ForbiddenException(message);
            case "NOT_FOUND" -> new NotFoundException(message);
            case "VALIDATION" -> validation(message, field);
            case "CONFLICT" -> new ConflictException(message);
            case "SEAT_UNAVAILABLE" -> new SeatUnavailableException(message);
            case "HOLD_EXPIRED" -> new HoldExpiredException(message);
            case "COUPON_INVALID" -> new CouponInvalidException(message);
            case "PAYMENT_DECLINED" -> new PaymentDeclinedException(message);
            case "RATE_LIMITED" -> new RateLimitedException(message);
            default -> null;
        });
    }

    private static ValidationException validation(String message, String field) {
        String name = field == null || field.isBlank() ? "input" : field;
        String prefix = name + ": ";
        return new ValidationException(name, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
