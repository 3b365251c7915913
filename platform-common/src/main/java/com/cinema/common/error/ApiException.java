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

    private final Map<String, Object> extensions = new LinkedHashMap<>();

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
