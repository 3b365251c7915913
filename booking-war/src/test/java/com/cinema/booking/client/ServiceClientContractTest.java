package com.cinema.booking.client;

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
 * The booking service as a consumer of the payment and coupon services: every operation its checkout clients
 * send is valid against the provider's committed schema snapshot.
 */
class CheckoutClientContractTest {

    @ParameterizedTest(name = "{0} asks only what the {1} service offers")
    @CsvSource({
            "com.cinema.booking.client.PaymentServiceClient, payment",
            "com.cinema.booking.client.CouponServiceClient, coupon",
    })
    void everyOperationFitsTheProvidersSchema(String clientClass, String service) throws Exception {
        Map<String, String> documents = new TreeMap<>();
        for (Field field : Class.forName(clientClass).getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == GraphQlOperation.class) {
                field.setAccessible(true);
                documents.put(field.getName(), ((GraphQlOperation<?>) field.get(null)).document());
            }
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(3);
        GraphQlContract.assertValidAgainst(GraphQlContract.providerSchema(service), documents);
    }
}
