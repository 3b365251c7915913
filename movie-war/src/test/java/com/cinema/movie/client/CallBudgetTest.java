package com.cinema.movie.client;

import com.cinema.testing.CallBudgetCheck;
import org.junit.jupiter.api.Test;

/**
 * The movie service's calls of the booking service stay within the platform's call budget, so the gateway's
 * timeouts, sized from the same budget, outlive them.
 */
class CallBudgetTest {

    @Test
    void everyCallOfTheBookingServiceFitsTheBudget() {
        CallBudgetCheck.assertWithinBudget(BookingServiceClient.class);
    }
}
