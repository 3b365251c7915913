package com.cinema.coupon.demo;

import com.cinema.coupon.domain.Coupon;
import com.cinema.coupon.domain.DiscountType;
import com.cinema.coupon.persistence.CouponRepository;
import com.cinema.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty coupon book with demo coupons (local run, tests, docker-compose) when
 * {@code cinema.demo-data.enabled} is true. Validity is relative to now, so a demo stays current.
 */
@ApplicationScoped
public class DemoCoupons {

    private static final Logger LOG = Logger.getLogger(DemoCoupons.class.getName());

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    CouponRepository coupons;

    @Transactional
    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled || coupons.count() > 0) {
            return;
        }
        List<DemoCoupon> demo = read();
        Instant now = Instant.now();
        demo.forEach(d -> coupons.add(d.toCoupon(now)));
        LOG.info(() -> "Added " + demo.size() + " demo coupons");
    }

    private static List<DemoCoupon> read() {
        try (InputStream in = DemoCoupons.class.getResourceAsStream("/demo/coupons.json");
             var jsonb = JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(in, DemoCoupon[].class));
        } catch (Exception e) {
            throw new IllegalStateException("demo/coupons.json is unreadable", e);
        }
    }

    /** One coupon of demo/coupons.json; validity is given in days from now, either end may be open. */
    public record DemoCoupon(String code, String description, String discountType, int value, String currency,
                             Integer maxDiscountCents, int minOrderCents, Integer startsInDays,
                             Integer expiresInDays, Integer usageLimit, Integer perUserLimit) {

        Coupon toCoupon(Instant now) {
            Coupon coupon = new Coupon(code, DiscountType.valueOf(discountType), value, currency);
            coupon.setDescription(description);
            coupon.setAmounts(minOrderCents, maxDiscountCents);
            coupon.setValidity(plusDays(now, startsInDays), plusDays(now, expiresInDays));
            coupon.setLimits(usageLimit, perUserLimit);
            return coupon;
        }

        private static Instant plusDays(Instant now, Integer days) {
            return days == null ? null : now.plus(Duration.ofDays(days));
        }
    }
}
