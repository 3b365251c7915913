package com.cinema.cinema.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.api.Test;

/** The cinema service as a consumer: what it asks the booking service exists there, with fitting types. */
class BookingClientContractTest {

    @Test
    void scheduleUsageFitsTheBookingServicesSchema() {
        GraphQlContract.assertClientFits(BookingServiceClient.class, "booking");
    }
}
