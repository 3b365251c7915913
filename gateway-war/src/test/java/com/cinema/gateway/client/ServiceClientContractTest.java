package com.cinema.gateway.client;

import com.cinema.common.client.GraphQlOperation;
import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

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
        Map<String, String> documents = operationsOf(Class.forName(clientClass));
        assertThat(documents).isNotEmpty();
        GraphQlContract.assertValidAgainst(GraphQlContract.providerSchema(service), documents);
    }

    /** The operation constants a client class declares, by field name. */
    static Map<String, String> operationsOf(Class<?> client) throws IllegalAccessException {
        Map<String, String> documents = new TreeMap<>();
        for (Field field : client.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == GraphQlOperation.class) {
                field.setAccessible(true);
                documents.put(field.getName(), ((GraphQlOperation<?>) field.get(null)).document());
            }
        }
        return documents;
    }
}
