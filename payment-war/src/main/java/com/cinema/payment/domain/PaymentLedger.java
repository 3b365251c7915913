package com.cinema.payment.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.payment.persistence.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads of payments, each in one transaction. {@code owner} null means every customer's (staff and services);
 * a customer passes their own id, and someone else's payment is simply not there.
 */
@ApplicationScoped
@Transactional
public class PaymentLedger {

    /** The most a page of a customer's own list returns, newest first. */
    public static final int MAX_OWN_PAYMENTS = PageRequest.MAX_SIZE;

    @Inject
    PaymentRepository payments;

    /** A page of payments and the number of all payments. */
    public record Results(List<Payment> payments, long total) {
    }

    /** Matching payments, newest first, and how many match in all. */
    public Results search(PaymentSearch search, PageRequest page) {
        return new Results(payments.search(search, page), payments.countMatching(search));
    }

    public Optional<Payment> byId(long id, Long owner) {
        return payments.find(id).filter(p -> owner == null || p.getUserId() == owner);
    }

    /** A page (zero-based; null: the first) of the owner's payments, {@link #MAX_OWN_PAYMENTS} to a page. */
    public List<Payment> ofOwner(long owner, Integer page) {
        return payments.ofOwner(owner, PageRequest.of(page, MAX_OWN_PAYMENTS));
    }

    public List<Payment> ofBookings(Collection<Long> bookingIds, Long owner) {
        return payments.ofBookings(bookingIds, owner);
    }

    public Optional<Payment> byKey(long owner, String idempotencyKey) {
        return payments.byOwnerAndKey(owner, idempotencyKey);
    }
}
