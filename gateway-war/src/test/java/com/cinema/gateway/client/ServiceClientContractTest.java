package com.cinema.gateway.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gateway as a consumer: every operation each typed client sends is valid against the provider's committed
 * schema snapshot, so a field the provider renames or retypes fails here, not in production.
 */
class ServiceClientContractTest {

    @ParameterizedTest(name = "{0} asks only what the {1} service offers")
    @CsvSource({
            "com.cinema.gateway.client.MovieServiceClient, movie",
            "com.cinema.gateway.client.CinemaServiceClient, cinema",
            "com.cinema.gateway.client.BookingServiceClient, booking",
            "com.cinema.gateway.client.UserServiceClient, user",
            "com.cinema.gateway.client.PaymentServiceClient, payment",
            "com.cinema.gateway.client.CouponServiceClient, coupon",
    })
    void everyOperationFitsTheProvidersSchema(String clientClass, String service) throws Exception {
        GraphQlContract.assertClientFits(Class.forName(clientClass), service);
    }
}
