package com.cinema.movie.client;

import com.cinema.common.client.CallBudget;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movie service's calls of the booking service stay within {@link CallBudget}: each attempt within
 * ATTEMPT_MS, retried once at most, so the gateway's timeouts, sized from the same budget, outlive them.
 */
class CallBudgetTest {

    @ParameterizedTest
    @ValueSource(classes = BookingServiceClient.class)
    void everyCallFitsTheBudget(Class<?> client) {
        assertThat(client.getAnnotation(Timeout.class).value()).isLessThanOrEqualTo(CallBudget.ATTEMPT_MS);
        Retry retry = client.getAnnotation(Retry.class);
        assertThat(retry.maxRetries()).isLessThanOrEqualTo(1);
        assertThat(retry.delay()).isLessThanOrEqualTo(CallBudget.RETRY_DELAY_MS);
        assertThat(retry.jitter()).isLessThanOrEqualTo(CallBudget.RETRY_JITTER_MS);
        for (Method method : client.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            Timeout timeout = method.getAnnotation(Timeout.class);
            if (timeout != null) {
                assertThat(timeout.value()).as(method.getName()).isLessThanOrEqualTo(CallBudget.ATTEMPT_MS);
            }
            Retry own = method.getAnnotation(Retry.class);
            if (own != null) {
                assertThat(own.maxRetries()).as(method.getName()).isLessThanOrEqualTo(1);
            }
        }
    }
}
