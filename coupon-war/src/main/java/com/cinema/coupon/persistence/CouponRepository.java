package com.cinema.coupon.persistence;

import com.cinema.coupon.domain.Coupon;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads and writes coupons in coupon_db. */
@ApplicationScoped
public class CouponRepository {

    @PersistenceContext(unitName = "coupon")
    EntityManager em;

    public List<Coupon> all() {
        return em.createQuery("select c from Coupon c order by c.code", Coupon.class).getResultList();
    }

    public void add(Coupon coupon) {
        em.persist(coupon);
    }

    public long count() {
        return em.createQuery("select count(c) from Coupon c", Long.class).getSingleResult();
    }
}
