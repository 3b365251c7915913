package com.cinema.payment.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment service on its own Liberty server (started by the build). */
@MicroShedTest
class PaymentServiceIT extends DomainServiceContract {

    @Test
    void paymentTypesCarryTheDesignedFieldsButNeverTheIdempotencyKey() {
        assertThat(fieldsOf("PaymentPage")).containsExactlyInAnyOrder("items", "total", "page", "size");
        assertThat(fieldsOf("Payment")).containsExactlyInAnyOrder("id", "bookingId", "amountCents", "currency",
                "method", "status", "cardBrand", "cardLast4", "failureReason", "refundedCents", "receiptNumber",
                "createdAt");
    }

    @Test
    void paymentsWithoutATokenAreRefusedWithoutDataOrStackTrace() {
        JsonObject response = graphql.post("{ payments { items { id amountCents } total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.isNull("data")).as(response.toString()).isTrue();
        assertThat(response.toString()).doesNotContain("at com.").doesNotContain("at java.");
    }

    private java.util.List<String> fieldsOf(String type) {
        return graphql.post("{ __type(name: \"" + type + "\") { fields { name } } }")
                .getJsonObject("data").getJsonObject("__type").getJsonArray("fields").getValuesAs(JsonObject.class)
                .stream().map(f -> f.getString("name")).toList();
    }
}
