package com.cinema.testing;

import com.cinema.common.client.CallBudget;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a typed client's Fault Tolerance settings stay within {@link CallBudget}: each attempt within
 * {@code ATTEMPT_MS} (or the allowance named for one of its methods), retried once at most with the budget's delay
 * and jitter, so the callers' timeouts, sized from the same budget, outlive the whole call.
 */
public final class CallBudgetCheck {

    private CallBudgetCheck() {
    }

    /** The client keeps to the budget; {@code allowanceByMethod} names methods with a longer attempt (a charge). */
    public static void assertWithinBudget(Class<?> client, Map<String, Long> allowanceByMethod) {
        Timeout classTimeout = client.getAnnotation(Timeout.class);
        assertThat(classTimeout).as(client.getSimpleName() + " declares a timeout").isNotNull();
        assertThat(classTimeout.value()).as(client.getSimpleName()).isLessThanOrEqualTo(CallBudget.ATTEMPT_MS);
        Retry retry = client.getAnnotation(Retry.class);
        assertThat(retry).as(client.getSimpleName() + " declares its retry").isNotNull();
        assertThat(retry.maxRetries()).isLessThanOrEqualTo(1);
        assertThat(retry.delay()).isLessThanOrEqualTo(CallBudget.RETRY_DELAY_MS);
        assertThat(retry.jitter()).isLessThanOrEqualTo(CallBudget.RETRY_JITTER_MS);
        for (Method method : client.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers())) {
                continue;
            }
            Timeout timeout = method.getAnnotation(Timeout.class);
            if (timeout != null) {
                long allowed = allowanceByMethod.getOrDefault(method.getName(), CallBudget.ATTEMPT_MS);
                assertThat(timeout.value()).as(method.getName()).isLessThanOrEqualTo(allowed);
            }
            Retry own = method.getAnnotation(Retry.class);
            if (own != null) {
                assertThat(own.maxRetries()).as(method.getName()).isLessThanOrEqualTo(1);
            }
        }
    }

    /** The client keeps to the budget, every method within {@code ATTEMPT_MS}. */
    public static void assertWithinBudget(Class<?> client) {
        assertWithinBudget(client, Map.of());
    }
}
