package com.cinema.common.error;

/**
 * Base of every error a client may see. Each concrete subclass names its {@code extensions.code}
 * (DESIGN.md §5) with {@link ApiError}; the message is written for people and reaches the client.
 * {@link GraphQlErrorFilter} turns these into the public error shape.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message);
    }

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The code of an exception class, or empty when it is not a typed API error. */
    public static java.util.Optional<ErrorCode> codeOf(Class<?> type) {
        for (Class<?> c = type; c != null && ApiException.class.isAssignableFrom(c); c = c.getSuperclass()) {
            ApiError error = c.getAnnotation(ApiError.class);
            if (error != null) {
                return java.util.Optional.of(error.value());
            }
        }
        return java.util.Optional.empty();
    }

    public ErrorCode code() {
        return codeOf(getClass()).orElse(ErrorCode.INTERNAL);
    }
}
