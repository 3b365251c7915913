package com.cinema.coupon.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;

import static com.cinema.coupon.it.CouponIt.ADMIN;
import static com.cinema.coupon.it.CouponIt.COUPON_FIELDS;
import static com.cinema.coupon.it.CouponIt.coupon;
import static com.cinema.coupon.it.CouponIt.couponById;
import static com.cinema.coupon.it.CouponIt.createCoupon;
import static com.cinema.coupon.it.CouponIt.created;
import static com.cinema.coupon.it.CouponIt.customer;
import static com.cinema.coupon.it.CouponIt.data;
import static com.cinema.coupon.it.CouponIt.newCode;
import static com.cinema.coupon.it.CouponIt.newId;
import static com.cinema.coupon.it.CouponIt.order;
import static com.cinema.coupon.it.CouponIt.quote;
import static com.cinema.coupon.it.CouponIt.redeem;
import static com.cinema.coupon.it.CouponIt.reserved;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff's coupon operations: list with usage, create, update, deactivate, and what a coupon in use keeps. */
@MicroShedTest
class CouponAdminIT {

    private static JsonObject update(String id, JsonObjectBuilder input) {
        return ADMIN.post("mutation($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { "
                + COUPON_FIELDS + " } }", Map.of("id", id, "input", input.build()));
    }

    @Test
    void createListUpdateAndDeactivate() {
        String code = newCode("Admin");
        JsonObject coupon = created(coupon(code.toLowerCase(), "PERCENT", 12).add("description", "Twelve off")
                .add("maxDiscountCents", 300).add("usageLimit", 50).add("perUserLimit", 2)
                .add("movieIds", Json.createArrayBuilder().add("12").add("3")));
        assertThat(coupon.getString("code")).isEqualTo(code.toUpperCase());
        assertThat(coupon.getBoolean("active")).isTrue();
        assertThat(coupon.getInt("usedCount")).isZero();
        assertThat(coupon.getJsonArray("movieIds").toString()).isEqualTo("[\"3\",\"12\"]");
        assertThat(coupon.getJsonArray("cinemaIds")).isEmpty();

        reserved(customer(newId()), Json.createObjectBuilder(order(code, newId(), 1000, "GBP")).add("movieId", "3").build());
        JsonObject listed = data(ADMIN.post("{ coupons { id code usedCount } }")).getJsonArray("coupons")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("id").equals(coupon.getString("id")))
                .findFirst().orElseThrow();
        assertThat(listed.getInt("usedCount")).isEqualTo(1);

        JsonObject changed = data(update(coupon.getString("id"), coupon(code, "PERCENT", 12)
                .add("description", "Twelve off, now for all movies").add("maxDiscountCents", 300)
                .add("usageLimit", 1).add("perUserLimit", 1))).getJsonObject("updateCoupon");
        assertThat(changed.getString("description")).isEqualTo("Twelve off, now for all movies");
        assertThat(changed.getInt("usageLimit")).isEqualTo(1);
        assertThat(changed.getJsonArray("movieIds")).isEmpty();
        assertThat(changed.getInt("usedCount")).isEqualTo(1);

        JsonObject deactivated = data(ADMIN.post("mutation($id: ID!) { deactivateCoupon(id: $id) { active usedCount } }",
                Map.of("id", coupon.getString("id")))).getJsonObject("deactivateCoupon");
        assertThat(deactivated.getBoolean("active")).isFalse();
        assertThat(quote(customer(newId()), order(code, newId(), 1000, "GBP")).getString("reason")).isEqualTo("INACTIVE");
    }

    @Test
    void aCouponInUseKeepsItsDiscountButMayBeDeactivated() {
        String code = newCode("USED");
        String id = created(coupon(code, "FIXED", 400).add("usageLimit", 10)).getString("id");
        String booking = newId();
        GraphQlHttp customer = customer(newId());
        reserved(customer, order(code, booking, 2000, "GBP"));

        JsonObject refused = update(id, coupon(code, "FIXED", 900).add("usageLimit", 10));
        assertThat(GraphQlHttp.firstErrorCode(refused)).isEqualTo("CONFLICT");
        assertThat(refused.toString()).contains("in use").contains("cannot change");
        assertThat(GraphQlHttp.firstErrorCode(update(id, coupon(code, "PERCENT", 10).add("usageLimit", 10))))
                .isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorCode(update(id, coupon(code, "FIXED", 400).add("currency", "EUR")
                .add("usageLimit", 10)))).isEqualTo("CONFLICT");
        assertThat(couponById(id).getInt("value")).as("nothing written").isEqualTo(400);

        JsonObject atUse = update(id, coupon(code, "FIXED", 400).add("usageLimit", 1).add("perUserLimit", 1)
                .add("description", "Limits down to the uses held"));
        assertThat(GraphQlHttp.firstErrorCode(atUse)).as(atUse.toString()).isNull();
        data(update(id, coupon(code, "FIXED", 400).add("usageLimit", 10)));
        reserved(customer(newId()), order(code, newId(), 2000, "GBP"));
        JsonObject limitBelowUse = update(id, coupon(code, "FIXED", 400).add("usageLimit", 1));
        assertThat(GraphQlHttp.firstErrorCode(limitBelowUse)).isEqualTo("VALIDATION");
        assertThat(limitBelowUse.toString()).contains("\"field\":\"input.usageLimit\"");
        assertThat(couponById(id).getInt("usageLimit")).isEqualTo(10);

        data(ADMIN.post("mutation($id: ID!) { deactivateCoupon(id: $id) { id } }", Map.of("id", id)));
        assertThat(couponById(id).getBoolean("active")).isFalse();
        assertThat(data(redeem(customer, booking)).getJsonObject("redeemCoupon").getString("status"))
                .as("a reservation made before deactivation is still honoured").isEqualTo("REDEEMED");
    }

    @Test
    void codesAreUniqueIgnoringCaseAndTermsAreChecked() {
        String code = newCode("DUP");
        created(coupon(code.toUpperCase(), "PERCENT", 10));
        JsonObject duplicate = createCoupon(coupon(code.toLowerCase(), "FIXED", 100));
        assertThat(GraphQlHttp.firstErrorCode(duplicate)).isEqualTo("CONFLICT");

        JsonObject tooMuch = createCoupon(coupon(newCode("PCT"), "PERCENT", 101));
        assertThat(GraphQlHttp.firstErrorCode(tooMuch)).isEqualTo("VALIDATION");
        assertThat(tooMuch.toString()).contains("\"field\":\"input.value\"");
        JsonObject kind = createCoupon(coupon(newCode("KIND"), "HALF", 10));
        assertThat(kind.toString()).contains("\"field\":\"input.discountType\"");
        JsonObject badCode = createCoupon(coupon("NO WAY", "FIXED", 10));
        assertThat(badCode.toString()).contains("\"field\":\"input.code\"");
        JsonObject window = createCoupon(coupon(newCode("WIN"), "FIXED", 10).add("expiresAt", "2020-01-01T00:00:00Z"));
        assertThat(window.toString()).contains("\"field\":\"input.expiresAt\"");
        JsonObject movie = createCoupon(coupon(newCode("MOV"), "FIXED", 10).add("movieIds", Json.createArrayBuilder().add("x")));
        assertThat(movie.toString()).contains("\"field\":\"input.movieIds\"");

        JsonObject customer = customer(newId()).post("{ coupons { code } }");
        assertThat(GraphQlHttp.firstErrorCode(customer)).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(ADMIN.post("{ coupon(id: \"999999999\") { code } }"))).isEqualTo("NOT_FOUND");
    }
}
