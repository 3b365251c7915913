package com.cinema.coupon.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The coupon service on its own Liberty server (started by the build), with the demo coupons. */
@MicroShedTest
class CouponServiceIT extends DomainServiceContract {

    @Test
    void demoCouponsAreThere() {
        GraphQlHttp customer = CouponIt.customer(CouponIt.newId());
        assertThat(CouponIt.quote(customer, CouponIt.order("welcome10", CouponIt.newId(), 1000, "GBP"))
                .getInt("discountCents")).isEqualTo(100);
        assertThat(CouponIt.quote(customer, CouponIt.order("FLAT5", CouponIt.newId(), 1999, "GBP"))
                .getString("reason")).isEqualTo("MIN_ORDER");
        assertThat(CouponIt.quote(customer, CouponIt.order("SUMMER25", CouponIt.newId(), 2000, "GBP"))
                .getString("reason")).isEqualTo("EXPIRED");
        JsonObject dublin = Json.createObjectBuilder(CouponIt.order("DUBLIN15", CouponIt.newId(), 2000, "EUR"))
                .add("cinemaId", "4").build();
        assertThat(CouponIt.quote(customer, dublin).getInt("discountCents")).isEqualTo(300);
    }

    @Test
    void couponTypeCarriesTheDesignedFields() {
        JsonObject type = graphql.post("{ __type(name: \"Coupon\") { fields { name } } }")
                .getJsonObject("data").getJsonObject("__type");
        assertThat(type.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("name"))
                .contains("id", "code", "description", "discountType", "value", "maxDiscountCents", "minOrderCents",
                        "startsAt", "expiresAt", "usageLimit", "perUserLimit", "usedCount", "active", "currency",
                        "movieIds", "cinemaIds");
    }

    @Test
    void couponsWithoutATokenAreRefusedWithoutDataOrStackTrace() {
        JsonObject response = graphql.post("{ coupons { code value } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.isNull("data")).as(response.toString()).isTrue();
        assertThat(response.toString()).doesNotContain("at com.").doesNotContain("at java.").doesNotContain("WELCOME10");
    }
}
