package com.cinema.coupon.domain;

import com.cinema.common.error.ApiException;
import com.cinema.coupon.persistence.CouponRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Personal coupons in coupon_db, each call one transaction. Issuing finds the coupon already issued to the owner
 * for that reason, or inserts a new one; a concurrent issue of the same (owner, reason) breaks the unique key
 * uq_coupon_issued, which is returned as a race (rolled back, not thrown: Liberty records an FFDC incident for
 * every exception leaving a transaction) for {@link PersonalCoupons} to try again and find the winner's.
 */
@ApplicationScoped
@Transactional
public class PersonalCouponBook {

    @Inject
    CouponRepository coupons;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /** The coupon issued (now or before), whether this call made it, or a race / refusal to act on. */
    public record Issue(Coupon coupon, boolean isNew, boolean race, ApiException refusal) {
    }

    public Issue issue(PersonalCouponTerms terms, String code) {
        Optional<Coupon> earlier = coupons.findIssued(terms.ownerUserId(), terms.issuedFor());
        if (earlier.isPresent()) {
            return new Issue(earlier.get(), false, false, null);
        }
        try {
            Coupon coupon = Coupon.personal(code, terms.ownerUserId(), terms.issuedFor(), terms.discountType(),
                    terms.value(), terms.currency(), terms.maxDiscountCents(), terms.expiresAt(), terms.description());
            coupons.add(coupon);
            coupons.flush();
            return new Issue(coupon, true, false, null);
        } catch (ApiException e) {
            transaction.setRollbackOnly();
            return new Issue(null, false, false, e);
        } catch (PersistenceException e) {
            // uq_coupon_issued (another request issued it first) or, very rarely, uq_coupon_code (a random code
            // taken): either way the next attempt decides.
            transaction.setRollbackOnly();
            return new Issue(null, false, true, null);
        }
    }

    public List<Coupon> ownedBy(long ownerUserId) {
        return coupons.ownedBy(ownerUserId);
    }
}
