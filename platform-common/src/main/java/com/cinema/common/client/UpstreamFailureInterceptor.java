package com.cinema.common.client;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.UpstreamUnavailableException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs outside MicroProfile Fault Tolerance (whose interceptor has priority PLATFORM_AFTER + 10), so it
 * sees the final outcome after retries, timeouts and the circuit breaker have had their say.
 */
@UpstreamService("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class UpstreamFailureInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class.getName());

    @AroundInvoke
    Object translateFailures(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ApiException callerError) {
            throw callerError;
        } catch (Exception failure) {
            String service = serviceOf(invocation);
            LOG.log(Level.WARNING, "Call to the " + service + " service failed: " + failure);
            throw new UpstreamUnavailableException(service, failure);
        }
    }

    /** Jakarta Interceptors 2.1 cannot hand over the binding, so read it from the method or its class. */
    private static String serviceOf(InvocationContext invocation) {
        UpstreamService binding = invocation.getMethod().getAnnotation(UpstreamService.class);
        for (Class<?> c = invocation.getTarget().getClass(); binding == null && c != null; c = c.getSuperclass()) {
            binding = c.getAnnotation(UpstreamService.class);
        }
        return binding == null ? "downstream" : binding.value();
    }
}
