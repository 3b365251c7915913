package com.cinema.coupon.demo;

import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.coupon.domain.Coupon;
import com.cinema.coupon.domain.CouponTerms;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Adds the demo coupons (local run, tests, docker-compose) when
 * {@code cinema.demo-data.enabled} is true. Validity is relative to now, so a demo stays current.
 */
@ApplicationScoped
public class DemoCoupons implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoCoupons.class.getName());
    private final DemoDataState state = new DemoDataState();

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    CouponRepository coupons;

    /** Adds the demo coupons whose codes are missing, so a database from an older demo gains the new codes. */
    @Transactional
    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            state.notWanted();
            return;
        }
        state.loading("coupons");
        Instant now = Instant.now();
        List<DemoCoupon> missing;
        try {
            missing = read().stream().filter(d -> coupons.findByCode(Coupon.normaliseCode(d.code())).isEmpty()).toList();
            missing.forEach(d -> coupons.add(d.toCoupon(now)));
        } catch (RuntimeException e) {
            state.failed(e);
            throw e;
        }
        state.done(missing.size() + " coupons added");
        if (!missing.isEmpty()) {
            LOG.info(() -> "Added " + missing.size() + " demo coupons");
        }
    }

    private static List<DemoCoupon> read() {
        try (InputStream in = DemoCoupons.class.getResourceAsStream("/demo/coupons.json");
             var jsonb = JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(in, DemoCoupon[].class));
        } catch (Exception e) {
            throw new IllegalStateException("demo/coupons.json is unreadable", e);
        }
    }

    /**
     * One coupon of demo/coupons.json; validity is given in days from now, either end may be open. Scope ids
     * are those of the movie and cinema services' demo data (stable: inserted in file order into empty tables).
     */
    public record DemoCoupon(String code, String description, String discountType, int value, String currency,
                             Integer maxDiscountCents, int minOrderCents, Integer startsInDays,
                             Integer expiresInDays, Integer usageLimit, Integer perUserLimit,
                             List<Long> movieIds, List<Long> cinemaIds) {

        Coupon toCoupon(Instant now) {
            return Coupon.of(new CouponTerms(code, description, DiscountType.valueOf(discountType), value, currency,
                    maxDiscountCents, minOrderCents, plusDays(now, startsInDays), plusDays(now, expiresInDays),
                    usageLimit, perUserLimit, ids(movieIds), ids(cinemaIds), true));
        }

        private static Set<Long> ids(List<Long> ids) {
            return ids == null ? Set.of() : Set.copyOf(ids);
        }

        private static Instant plusDays(Instant now, Integer days) {
            return days == null ? null : now.plus(Duration.ofDays(days));
        }
    }

    @Override
    public String name() {
        return "demo-coupons";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
