package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway waits longer than the chain inside each call (issue #17: holdSeats gave up at 5 s while booking
 * could still be asking cinema for 2 x 3 s; deleteMovie at 2 s while movie asked booking). The services keep
 * their inner calls within {@link CallBudget} (their own CallBudgetTest); here every gateway call that makes a
 * service call another outlives that many inner reads, and is never retried (a retry would repeat a write).
 */
class CallBudgetOrderTest {

    @Test
    void budgetsAreOrdered() {
        assertThat(CallBudget.READ_MS).isGreaterThan(2 * CallBudget.ATTEMPT_MS);
        assertThat(CallBudget.ONE_INNER_CALL_MS).isGreaterThan(CallBudget.READ_MS);
        assertThat(CallBudget.TWO_INNER_CALLS_MS).isGreaterThan(2 * CallBudget.READ_MS);
        assertThat(CallBudget.THREE_INNER_CALLS_MS).isGreaterThan(3 * CallBudget.READ_MS);
        assertThat(CallBudget.CHECKOUT_MS).isGreaterThan(2 * CallBudget.READ_MS + CallBudget.CHARGE_MS);
    }

    @Test
    void callsWithInnerCallsOutliveThem() {
        // booking -> cinema (auditorium layout) for a hold; -> coupon for coupon changes; -> payment, coupon to cancel.
        assertOutlives(BookingServiceClient.class, "holdSeats", 1);
        assertOutlives(BookingServiceClient.class, "quoteCoupon", 1);
        assertOutlives(BookingServiceClient.class, "applyCoupon", 2);
        assertOutlives(BookingServiceClient.class, "removeCoupon", 1);
        // booking -> movie (the film's rating), coupon (the hold's coupon quoted again, twice when outdated).
        assertOutlives(BookingServiceClient.class, "chooseTicketTypes", 3);
        // booking -> user (the customer's address) to e-mail the tickets again.
        assertOutlives(BookingServiceClient.class, "sendTicketsAgain", 1);
        assertOutlives(BookingServiceClient.class, "cancelBooking", 2);
        // booking -> movie (the title), cinema (the cinema, the screen) for a calendar file.
        assertOutlives(BookingServiceClient.class, "showingCalendar", 3);
        assertOutlives(BookingServiceClient.class, "refundBooking", 2);
        // booking -> movie (duration), cinema (auditorium, time zone) to schedule.
        assertOutlives(BookingServiceClient.class, "createShowtime", 3);
        assertOutlives(BookingServiceClient.class, "updateShowtime", 3);
        // movie / cinema -> booking (scheduleUsage) before a delete or a re-layout.
        assertOutlives(MovieServiceClient.class, "deleteMovie", 1);
        assertOutlives(CinemaServiceClient.class, "deleteCinema", 1);
        assertOutlives(CinemaServiceClient.class, "updateAuditorium", 1);
        // booking -> coupon reserve, payment charge, coupon redeem or release.
        assertThat(timeoutOf(method(BookingServiceClient.class, "checkout")))
                .isGreaterThan(2 * CallBudget.READ_MS + CallBudget.CHARGE_MS);
        assertNotRetried(method(BookingServiceClient.class, "checkout"));
    }

    private static void assertOutlives(Class<?> client, String name, int innerReads) {
        Method method = method(client, name);
        assertThat(timeoutOf(method)).as(name).isGreaterThan(innerReads * CallBudget.READ_MS);
        assertNotRetried(method);
    }

    private static void assertNotRetried(Method method) {
        Retry retry = method.getAnnotation(Retry.class);
        assertThat(retry).as(method.getName() + " must not be retried").isNotNull();
        assertThat(retry.maxRetries()).as(method.getName()).isZero();
    }

    private static long timeoutOf(Method method) {
        Timeout own = method.getAnnotation(Timeout.class);
        return own != null ? own.value() : method.getDeclaringClass().getAnnotation(Timeout.class).value();
    }

    private static Method method(Class<?> client, String name) {
        return Arrays.stream(client.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(client.getSimpleName() + " has no " + name));
    }
}
