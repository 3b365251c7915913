package com.cinema.booking.client;

import com.cinema.common.client.CallBudget;
import com.cinema.testing.CallBudgetCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

/**
 * The booking service's calls stay within the platform's call budget (a charge within CHARGE_MS), so the gateway's
 * timeouts, sized from the same budget, outlive them.
 */
class CallBudgetTest {

    @ParameterizedTest
    @ValueSource(classes = {CinemaServiceClient.class, CinemaVenueClient.class, MovieServiceClient.class,
            CouponServiceClient.class, PaymentServiceClient.class, UserContactClient.class})
    void everyCallFitsTheBudget(Class<?> client) {
        CallBudgetCheck.assertWithinBudget(client, Map.of("charge", CallBudget.CHARGE_MS));
    }
}
