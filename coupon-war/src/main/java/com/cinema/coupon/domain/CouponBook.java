package com.cinema.coupon.domain;

import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import com.cinema.coupon.persistence.CouponRepository;
import com.cinema.coupon.persistence.ReservationStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Staff's coupon use cases, each in one transaction. A refused change (bad terms, a code taken, a coupon in
 * use or used meanwhile) is returned, not thrown, with the transaction marked for rollback: Liberty records
 * an FFDC incident for every exception leaving a transaction. {@link CouponAdministration} throws it.
 */
@ApplicationScoped
@Transactional
public class CouponBook {

    @Inject
    CouponRepository coupons;

    @Inject
    ReservationStore uses;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /** The coupon after a change, or why the change was refused (nothing was written). */
    public record Change(Coupon coupon, ApiException refusal) {
    }

    /** Every coupon, active or not, ordered by code. */
    public List<Coupon> all() {
        return coupons.all();
    }

    public Optional<Coupon> find(long id) {
        return coupons.find(id);
    }

    public Change create(CouponTerms terms) {
        return change(terms.code(), () -> {
            Coupon coupon = Coupon.of(terms);
            coupons.add(coupon);
            return coupon;
        });
    }

    public Change update(long id, CouponTerms terms) {
        return change(terms.code(), () -> {
            Coupon coupon = coupons.find(id).orElseThrow(() -> new NotFoundException("Coupon", id));
            if (terms.perUserLimit() != null && terms.perUserLimit() < uses.mostCustomerUses(id)) {
                throw new ValidationException("perUserLimit", "must be at least the uses one customer holds already");
            }
            coupon.revise(terms);
            return coupon;
        });
    }

    /** Switches the coupon off in one conditional UPDATE, so a reservation at the same moment never clashes. */
    public Change deactivate(long id) {
        if (!coupons.deactivate(id)) {
            return new Change(null, new NotFoundException("Coupon", id));
        }
        return new Change(coupons.find(id).orElseThrow(), null);
    }

    private Change change(String code, Supplier<Coupon> work) {
        try {
            Coupon coupon = work.get();
            coupons.flush();
            return new Change(coupon, null);
        } catch (ApiException e) {
            transaction.setRollbackOnly();
            return new Change(null, e);
        } catch (OptimisticLockException e) {
            transaction.setRollbackOnly();
            return new Change(null, new ConflictException("The coupon was used or changed meanwhile; please look "
                    + "again and retry"));
        } catch (PersistenceException e) {
            if (!breaks(e, "uq_coupon_code")) {
                throw e;
            }
            transaction.setRollbackOnly();
            return new Change(null, new ConflictException("A coupon with code "
                    + code.strip().toUpperCase(Locale.ROOT) + " exists already"));
        }
    }

    private static boolean breaks(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
