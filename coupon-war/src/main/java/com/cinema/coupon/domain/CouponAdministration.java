package com.cinema.coupon.domain;

import com.cinema.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Staff's coupon operations: list, create, update, deactivate. Refusals become typed errors here. */
@ApplicationScoped
public class CouponAdministration {

    @Inject
    CouponBook book;

    public List<Coupon> all() {
        return book.all();
    }

    public Coupon find(long id) {
        return book.find(id).orElseThrow(() -> new NotFoundException("Coupon", id));
    }

    public Coupon create(CouponTerms terms) {
        return done(book.create(terms));
    }

    public Coupon update(long id, CouponTerms terms) {
        return done(book.update(id, terms));
    }

    public Coupon deactivate(long id) {
        return done(book.deactivate(id));
    }

    private static Coupon done(CouponBook.Change change) {
        if (change.refusal() != null) {
            throw change.refusal();
        }
        return change.coupon();
    }
}
