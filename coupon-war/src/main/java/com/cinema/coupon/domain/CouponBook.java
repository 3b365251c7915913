package com.cinema.coupon.domain;

import com.cinema.coupon.persistence.CouponRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The coupon use cases, each in one transaction. */
@ApplicationScoped
@Transactional
public class CouponBook {

    @Inject
    CouponRepository coupons;

    /** Every coupon, active or not, ordered by code. */
    public List<Coupon> all() {
        return coupons.all();
    }
}
