package com.cinema.coupon.persistence;

import com.cinema.coupon.domain.Coupon;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads and writes coupons in coupon_db. */
@ApplicationScoped
public class CouponRepository {

    @PersistenceContext(unitName = "coupon")
    EntityManager em;

    public List<Coupon> all() {
        return em.createQuery("select distinct c from Coupon c order by c.code", Coupon.class).getResultList();
    }

    public Optional<Coupon> find(long id) {
        return Optional.ofNullable(em.find(Coupon.class, id));
    }

    /** The coupon with this code; codes are stored in upper case, so the caller passes it normalised. */
    public Optional<Coupon> findByCode(String normalisedCode) {
        return em.createQuery("select c from Coupon c where c.code = :code", Coupon.class)
                .setParameter("code", normalisedCode).getResultStream().findFirst();
    }

    /** The personal coupon issued to this customer for this reason, if any (unique key uq_coupon_issued). */
    public Optional<Coupon> findIssued(long ownerUserId, String issuedFor) {
        return em.createQuery("select c from Coupon c where c.ownerUserId = :owner and c.issuedFor = :reason",
                        Coupon.class)
                .setParameter("owner", ownerUserId).setParameter("reason", issuedFor).getResultStream().findFirst();
    }

    /** The customer's personal coupons, newest first. */
    public List<Coupon> ownedBy(long ownerUserId) {
        return em.createQuery("select distinct c from Coupon c where c.ownerUserId = :owner order by c.id desc",
                Coupon.class).setParameter("owner", ownerUserId).getResultList();
    }

    public void add(Coupon coupon) {
        em.persist(coupon);
    }

    /** Writes pending changes now, so a broken unique key or a stale version shows here, not at commit. */
    public void flush() {
        em.flush();
    }

    /** Switches the coupon off; false when there is no such coupon. Bumps the version like every change. */
    public boolean deactivate(long id) {
        return em.createNativeQuery("UPDATE coupon SET active = FALSE, version = version + 1, updated_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now())).setParameter(2, id)
                .executeUpdate() == 1;
    }

    public long count() {
        return em.createQuery("select count(c) from Coupon c", Long.class).getSingleResult();
    }
}
