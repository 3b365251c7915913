package com.cinema.common.client;

import com.cinema.common.error.ApiExceptions;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;

import java.util.function.Supplier;

/**
 * Separates a downstream service's verdict on the caller's request (NOT_FOUND, VALIDATION, ...), which is
 * passed on unchanged as a typed error, from the service's own failures, which stay exceptions for fault
 * tolerance to count.
 */
public final class DownstreamErrors {

    private DownstreamErrors() {
    }

    public static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (GraphQLClientException e) {
            if (e.getErrors() != null && !e.getErrors().isEmpty()) {
                GraphQLError first = e.getErrors().get(0);
                ApiExceptions.callerError(first.getCode(), first.getMessage(), first.getStringExtension("field"))
                        .ifPresent(callerError -> {
                            throw callerError;
                        });
            }
            throw e;
        }
    }
}
