package com.cinema.gateway.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /**
     * The check has teeth on the real contract: the movie service's committed schema with {@code Movie.title}
     * renamed to {@code name} (a provider-side change the gateway was not told about) fails the movie client.
     */
    @Test
    void aFieldTheProviderRenamesFailsTheConsumer(@TempDir Path dir) throws Exception {
        String schema = Files.readString(GraphQlContract.providerSchema("movie"));
        String renamed = schema.replaceFirst("(?s)(type Movie \\{.*?\n)  title: ", "$1  name: ");
        assertThat(renamed).as("the snapshot still has Movie.title to rename").isNotEqualTo(schema);
        Path altered = Files.writeString(dir.resolve("movie.graphql"), renamed);

        assertThatThrownBy(() -> GraphQlContract.assertClientFits(MovieServiceClient.class, altered))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Field 'title' in type 'Movie' is undefined");
    }
}
