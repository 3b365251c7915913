package com.cinema.common.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a typed client of another service. Any failure that is not the caller's own error (timeouts,
 * refused connections, an open circuit, a downstream INTERNAL) reaches the caller as
 * {@code UPSTREAM_UNAVAILABLE} naming the service. See {@link UpstreamFailureInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UpstreamService {

    /** The service's name as people know it, e.g. "movie". */
    @Nonbinding
    String value();
}
