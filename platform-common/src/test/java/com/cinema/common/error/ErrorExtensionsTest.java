package com.cinema.common.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extra {@code extensions} of a typed error (e.g. a decline's reason) reach the public error, and nothing else does. */
class ErrorExtensionsTest {

    private final GraphQlErrors errors = new GraphQlErrors(name -> {
        try {
            return ApiException.codeOf(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    });

    private static JsonObject declinedResponse(String message) {
        return Json.createReader(new StringReader("""
                {"errors":[{"message":"%s","path":["charge"],
                  "extensions":{"exception":"com.cinema.common.error.PaymentDeclinedException",
                                "classification":"DataFetchingException"}}],"data":{"charge":null}}"""
                .formatted(message))).readObject();
    }

    @Test
    void extensionsOfTheRaisedErrorAreAddedBesideItsCode() {
        ApiException declined = new PaymentDeclinedException("The card was declined")
                .withExtension("reason", "PROCESSING_ERROR").withExtension("retryable", true)
                .withExtension("paymentId", "42");

        JsonObject out = errors.normalise(declinedResponse("The card was declined"), true,
                RaisedErrors.of(List.of(declined)));

        JsonObject extensions = out.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertThat(extensions.getString("code")).isEqualTo("PAYMENT_DECLINED");
        assertThat(extensions.getString("reason")).isEqualTo("PROCESSING_ERROR");
        assertThat(extensions.getBoolean("retryable")).isTrue();
        assertThat(extensions.getString("paymentId")).isEqualTo("42");
        assertThat(extensions.containsKey("exception")).isFalse();
    }

    @Test
    void anErrorWithAnotherMessageGetsNoExtensions() {
        ApiException other = new PaymentDeclinedException("Another decline").withExtension("reason", "CARD_DECLINED");

        JsonObject out = errors.normalise(declinedResponse("The card was declined"), true, RaisedErrors.of(List.of(other)));

        JsonObject extensions = out.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertThat(extensions.keySet()).containsExactly("code");
    }

    @Test
    void collectsOnlyWhileOpenOnThisThread() {
        new PaymentDeclinedException("before").withExtension("reason", "X");
        RaisedErrors.open();
        ApiException during = new PaymentDeclinedException("during").withExtension("reason", "Y");
        RaisedErrors collected = RaisedErrors.close();
        new PaymentDeclinedException("after").withExtension("reason", "Z");

        assertThat(collected.extensionsOf(PaymentDeclinedException.class.getName(), "during")).contains(during.extensions());
        assertThat(collected.extensionsOf(PaymentDeclinedException.class.getName(), "before")).isEmpty();
    }

    @Test
    void codeAndFieldCannotBeOverridden() {
        assertThatThrownBy(() -> new ConflictException("x").withExtension("code", "OTHER"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
