package com.cinema.coupon.demo;

import com.cinema.coupon.domain.Coupon;
import com.cinema.coupon.domain.DiscountType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every demo coupon passes the coupon rules, and the advertised ones say what the demo promises. */
class DemoCouponsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** Lumen Ormond Quay, the fourth cinema of cinema-war's demo/cinemas.json. */
    private static final long DUBLIN_CINEMA_ID = 4;

    @Test
    void demoCouponsAreValidCoupons() throws Exception {
        Map<String, Coupon> coupons = read().stream().map(d -> d.toCoupon(NOW))
                .collect(Collectors.toMap(Coupon::getCode, Function.identity()));

        Coupon welcome = coupons.get("WELCOME10");
        assertThat(welcome.getDiscountType()).isEqualTo(DiscountType.PERCENT);
        assertThat(welcome.getValue()).isEqualTo(10);
        assertThat(welcome.getPerUserLimit()).isEqualTo(1);
        assertThat(welcome.getExpiresAt()).isAfter(NOW);

        Coupon flat = coupons.get("FLAT5");
        assertThat(flat.getDiscountType()).isEqualTo(DiscountType.FIXED);
        assertThat(flat.getValue()).isEqualTo(500);
        assertThat(flat.getMinOrderCents()).isEqualTo(2000);

        assertThat(coupons.get("SUMMER25").getExpiresAt()).isBefore(NOW);

        Coupon dublin = coupons.get("DUBLIN15");
        assertThat(dublin.getCinemaIds()).containsExactly(DUBLIN_CINEMA_ID);
        assertThat(dublin.appliesTo("EUR", 1L, DUBLIN_CINEMA_ID)).isTrue();
        assertThat(dublin.appliesTo("EUR", 1L, 1L)).isFalse();
    }

    private static List<DemoCoupons.DemoCoupon> read() throws Exception {
        try (InputStream in = DemoCouponsTest.class.getResourceAsStream("/demo/coupons.json");
             var reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(c -> new DemoCoupons.DemoCoupon(
                    c.getString("code"), c.getString("description"), c.getString("discountType"), c.getInt("value"),
                    c.getString("currency"), optionalInt(c, "maxDiscountCents"), c.getInt("minOrderCents"),
                    optionalInt(c, "startsInDays"), optionalInt(c, "expiresInDays"), optionalInt(c, "usageLimit"),
                    optionalInt(c, "perUserLimit"), ids(c.getJsonArray("movieIds")), ids(c.getJsonArray("cinemaIds"))))
                    .toList();
        }
    }

    private static List<Long> ids(JsonArray ids) {
        return ids.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static Integer optionalInt(JsonObject object, String name) {
        return object.isNull(name) ? null : ((JsonNumber) object.get(name)).intValue();
    }
}
