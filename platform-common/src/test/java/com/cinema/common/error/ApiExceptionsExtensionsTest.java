package com.cinema.common.error;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A downstream error's public extensions survive the hop; its own code and field are not copied as extras. */
class ApiExceptionsExtensionsTest {

    @Test
    void declinedPaymentKeepsReasonRetryableAndPaymentId() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "PAYMENT_DECLINED");
        extensions.put("reason", "CARD_DECLINED");
        extensions.put("retryable", Boolean.FALSE);
        extensions.put("paymentId", "77");
        extensions.put("attempts", new BigDecimal(2));
        extensions.put("nested", List.of("not", "kept"));

        ApiException error = ApiExceptions.callerError("PAYMENT_DECLINED", "Declined", null, extensions).orElseThrow();

        assertThat(error).isInstanceOf(PaymentDeclinedException.class).hasMessage("Declined");
        assertThat(error.extensions()).containsExactly(Map.entry("reason", "CARD_DECLINED"),
                Map.entry("retryable", false), Map.entry("paymentId", "77"), Map.entry("attempts", new BigDecimal(2)));
    }

    @Test
    void serverFailuresStayUntyped() {
        assertThat(ApiExceptions.callerError("INTERNAL", "boom", null, Map.of("reason", "x"))).isEmpty();
    }
}
