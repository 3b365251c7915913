package com.cinema.cinema.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The cinema service as a consumer: what it asks the booking service exists there, with fitting types. */
class BookingClientContractTest {

    @Test
    void scheduleUsageFitsTheBookingServicesSchema() {
        GraphQlContract.assertValidAgainst(GraphQlContract.providerSchema("booking"),
                Map.of("SCHEDULE_USAGE", BookingServiceClient.SCHEDULE_USAGE.document()));
    }
}
