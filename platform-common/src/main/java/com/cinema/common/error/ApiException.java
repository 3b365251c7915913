package com.cinema.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every error a client may see. Each concrete subclass names its {@code extensions.code}
 * (docs/api.md, "Errors") with {@link ApiError}; the message is written for people and reaches the client.
 * {@link GraphQlErrorFilter} turns these into the public error shape.
 */
public abstract class ApiException extends RuntimeException {

    /** The code of each exception class, looked up once per class instead of once per error. */
    private static final ClassValue<java.util.Optional<ErrorCode>> CODES = new ClassValue<>() {
        @Override
        protected java.util.Optional<ErrorCode> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && ApiException.class.isAssignableFrom(c); c = c.getSuperclass()) {
                ApiError error = c.getAnnotation(ApiError.class);
                if (error != null) {
                    return java.util.Optional.of(error.value());
                }
            }
            return java.util.Optional.empty();
        }
    };

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected ApiException(String message) {
        super(message);
    }

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The code of an exception class, or empty when it is not a typed API error. */
    public static java.util.Optional<ErrorCode> codeOf(Class<?> type) {
        return ApiException.class.isAssignableFrom(type) ? CODES.get(type) : java.util.Optional.empty();
    }

    /**
     * Only a fault keeps a stack trace. An answer to the caller (a seat already taken, a field out of range, a
     * declined card) is an outcome the code chose, thrown on every lost race: filling in its stack cost about 1 % of
     * the gateway's CPU under the seat-hold benchmark (issue #16), and nothing reads it. INTERNAL and
     * UPSTREAM_UNAVAILABLE keep theirs for the logs, and a cause always keeps its own.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        ErrorCode code = codeOf(getClass()).orElse(ErrorCode.INTERNAL);
        return code == ErrorCode.INTERNAL || code == ErrorCode.UPSTREAM_UNAVAILABLE ? super.fillInStackTrace() : this;
    }

    /**
     * Adds a public {@code extensions} entry beside {@code code} (and {@code field}), e.g. a declined
     * payment's {@code reason} and {@code retryable}. Values are strings, numbers or booleans; the names
     * {@code code} and {@code field} are reserved.
     */
    public ApiException withExtension(String name, Object value) {
        if ("code".equals(name) || "field".equals(name)) {
            throw new IllegalArgumentException(name + " is set by the error's type");
        }
        extensions.put(name, value);
        RaisedErrors.note(this);
        return this;
    }

    /** The extra extensions added with {@link #withExtension}, in the order they were added. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public ErrorCode code() {
        return codeOf(getClass()).orElse(ErrorCode.INTERNAL);
    }
}
