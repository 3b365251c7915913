package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.HttpProbe;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The coupon service on its own Liberty server (started by the build), with the demo coupons. */
@MicroShedTest
class CouponServiceIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    @Test
    void healthChecksAreUpWithMigratedSchema() {
        assertThat(HttpProbe.health(BASE, "live").getString("status")).isEqualTo("UP");
        assertThat(HttpProbe.health(BASE, "started").getString("status")).isEqualTo("UP");
        JsonObject ready = HttpProbe.health(BASE, "ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject database = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo("1");
    }

    @Test
    void metricsArePrometheusText() {
        var response = HttpProbe.get(BASE + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE").contains("jvm_uptime_seconds");
    }

    @Test
    void couponTypeCarriesTheDesignedFields() {
        JsonObject type = graphql.post("{ __type(name: \"Coupon\") { fields { name } } }")
                .getJsonObject("data").getJsonObject("__type");
        assertThat(type.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("name"))
                .contains("id", "code", "description", "discountType", "value", "maxDiscountCents", "minOrderCents",
                        "startsAt", "expiresAt", "usageLimit", "perUserLimit", "usedCount", "active", "currency");
    }

    @Test
    void couponsWithoutATokenAreRefusedWithoutDataOrStackTrace() {
        JsonObject response = graphql.post("{ coupons { code value } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.isNull("data")).as(response.toString()).isTrue();
        assertThat(response.toString()).doesNotContain("at com.").doesNotContain("at java.").doesNotContain("WELCOME10");
    }
}
