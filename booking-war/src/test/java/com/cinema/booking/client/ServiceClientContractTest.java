package com.cinema.booking.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The booking service as a consumer: every operation its typed clients send (checkout: payment and coupon; the
 * schedule and the e-mails: movie and cinema) is valid against the provider's committed schema snapshot.
 */
class ServiceClientContractTest {

    @ParameterizedTest(name = "{0} asks only what the {1} service offers")
    @CsvSource({
            "com.cinema.booking.client.PaymentServiceClient, payment",
            "com.cinema.booking.client.CouponServiceClient, coupon",
            "com.cinema.booking.client.MovieServiceClient, movie",
            "com.cinema.booking.client.CinemaServiceClient, cinema",
            "com.cinema.booking.client.CinemaVenueClient, cinema",
            "com.cinema.booking.client.UserContactClient, user",
    })
    void everyOperationFitsTheProvidersSchema(String clientClass, String service) throws Exception {
        GraphQlContract.assertClientFits(Class.forName(clientClass), service);
    }
}
