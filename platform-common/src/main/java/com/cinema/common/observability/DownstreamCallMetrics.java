package com.cinema.common.observability;

import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.common.error.UpstreamUnavailableException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/**
 * Times every call of a typed client ({@link UpstreamService}) as {@code downstream_call_duration_seconds}, by
 * service, operation (the client method) and outcome: {@code ok}, {@code caller_error} (the caller's own mistake,
 * such as NOT_FOUND), {@code unavailable} (the service answered that a service behind it is unavailable, or the
 * request's deadline was spent before the call: not this service's failure) or {@code failure} (timeout, refused
 * connection, open circuit, a downstream INTERNAL).
 *
 * <p>Runs inside MicroProfile Fault Tolerance (whose interceptor has priority PLATFORM_AFTER + 10), so each
 * attempt is one observation and a retry shows as two; the circuit breaker's own state and the number of
 * retries are Fault Tolerance's metrics ({@code ft_*}) on the same {@code /metrics}.
 */
@UpstreamService("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class DownstreamCallMetrics {

    static final Metadata DURATION = Metadata.builder().withName("downstream_call_duration")
            .withDescription("Calls to other services by the typed clients, by service, operation and outcome "
                    + "(ok, caller_error, unavailable, failure); one observation per attempt")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    @AroundInvoke
    Object time(InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            Object result = invocation.proceed();
            outcome = "ok";
            return result;
        } catch (UpstreamUnavailableException notThisService) {
            outcome = "unavailable";
            throw notThisService;
        } catch (ApiException callerError) {
            outcome = "caller_error";
            throw callerError;
        } finally {
            registry.timer(DURATION, new Tag("service", serviceOf(invocation)),
                            new Tag("operation", invocation.getMethod().getName()), new Tag("outcome", outcome))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String serviceOf(InvocationContext invocation) {
        UpstreamService binding = invocation.getMethod().getAnnotation(UpstreamService.class);
        for (Class<?> c = invocation.getTarget().getClass(); binding == null && c != null; c = c.getSuperclass()) {
            binding = c.getAnnotation(UpstreamService.class);
        }
        return binding == null ? "unknown" : binding.value();
    }
}
