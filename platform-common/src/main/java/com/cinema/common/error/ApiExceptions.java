package com.cinema.common.error;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Extensions every error carries by its type (or that the server adds), never copied as extras. */
    private static final Set<String> OWN_EXTENSIONS = Set.of("code", "field", "classification", "exception");

    /**
     * Like {@link #callerError(String, String, String)}, keeping the downstream error's other public
     * extensions (e.g. a declined payment's {@code reason}, {@code retryable}, {@code paymentId}, or an invalid
     * coupon's {@code reason}) so they survive the hop to this service's caller. Only strings, numbers and
     * booleans are kept.
     */
    public static Optional<ApiException> callerError(String code, String message, String field,
                                                     Map<String, Object> extensions) {
        Optional<ApiException> error = callerError(code, message, field);
        if (extensions != null) {
            error.ifPresent(e -> extensions.forEach((name, value) -> {
                if (!OWN_EXTENSIONS.contains(name)
                        && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    e.withExtension(name, value);
                }
            }));
        }
        return error;
    }

    private static ValidationException validation(String message, String field) {
        String name = field == null || field.isBlank() ? "input" : field;
        String prefix = name + ": ";
        return new ValidationException(name, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
