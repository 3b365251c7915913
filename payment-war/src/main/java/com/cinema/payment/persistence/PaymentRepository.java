package com.cinema.payment.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.payment.domain.DeclineReason;
import com.cinema.payment.domain.Payment;
import com.cinema.payment.domain.PaymentSearch;
import com.cinema.payment.domain.PaymentStatus;
import com.cinema.persistence.QueryFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes payments in payment_db. Every change of status is a conditional UPDATE whose "from"
 * states come from {@link PaymentStatus}: the database, not an earlier read, decides who wins.
 */
@ApplicationScoped
public class PaymentRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** Inserts and flushes, so a refused (user, key) pair fails here, inside the caller's transaction. */
    public Payment insert(Payment payment) {
        em.persist(payment);
        em.flush();
        return payment;
    }

    public Optional<Payment> find(long id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    /** The row as the database has it now, after bulk updates in this transaction. */
    public Payment findFresh(long id) {
        Payment payment = em.find(Payment.class, id);
        em.refresh(payment);
        return payment;
    }

    public Optional<Payment> byOwnerAndKey(long userId, String idempotencyKey) {
        return em.createQuery("select p from Payment p where p.userId = :user and p.idempotencyKey = :key", Payment.class)
                .setParameter("user", userId)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    /** PENDING -> SUCCEEDED with its receipt (and the gift card it took from); false when no longer PENDING. */
    public boolean markSucceeded(long id, String receiptNumber, Long giftCardId, Instant now) {
        return em.createQuery("update Payment p set p.status = :to, p.receiptNumber = :receipt, p.giftCardId = :card,"
                        + " p.updatedAt = :now, p.version = p.version + 1 where p.id = :id and p.status in :from")
                .setParameter("to", PaymentStatus.SUCCEEDED)
                .setParameter("from", PaymentStatus.from(PaymentStatus.SUCCEEDED))
                .setParameter("receipt", receiptNumber)
                .setParameter("card", giftCardId)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** PENDING -> FAILED with its reason; false when no longer PENDING. */
    public boolean markFailed(long id, DeclineReason reason, Instant now) {
        return em.createQuery("update Payment p set p.status = :to, p.declineReason = :reason, p.failureReason = :text,"
                        + " p.updatedAt = :now, p.version = p.version + 1 where p.id = :id and p.status in :from")
                .setParameter("to", PaymentStatus.FAILED)
                .setParameter("from", PaymentStatus.from(PaymentStatus.FAILED))
                .setParameter("reason", reason)
                .setParameter("text", reason.message())
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** Every PENDING payment created before {@code cutoff} becomes FAILED with the reason; returns how many. */
    public int failPendingOlderThan(Instant cutoff, DeclineReason reason, Instant now) {
        return em.createQuery("update Payment p set p.status = :to, p.declineReason = :reason, p.failureReason = :text,"
                        + " p.updatedAt = :now, p.version = p.version + 1 where p.status = :pending and p.createdAt < :cutoff")
                .setParameter("to", PaymentStatus.FAILED)
                .setParameter("pending", PaymentStatus.PENDING)
                .setParameter("reason", reason)
                .setParameter("text", reason.message())
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /**
     * Adds a refund to the refunded total, only while the payment is refundable and the total stays within
     * the captured amount; the new status follows from the new total. False when the database refused.
     */
    public boolean addRefund(long id, int amountCents, Instant now) {
        // status before refundedCents: MySQL evaluates SET left to right with values already changed.
        return em.createQuery("update Payment p set"
                        + " p.status = case when p.refundedCents + :amount = p.amountCents then :refunded else :partial end,"
                        + " p.refundedCents = p.refundedCents + :amount, p.updatedAt = :now, p.version = p.version + 1"
                        + " where p.id = :id and p.status in :from and p.refundedCents + :amount <= p.amountCents")
                .setParameter("amount", amountCents)
                .setParameter("refunded", PaymentStatus.REFUNDED)
                .setParameter("partial", PaymentStatus.PARTIALLY_REFUNDED)
                .setParameter("from", PaymentStatus.from(PaymentStatus.REFUNDED))
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** One page of matching payments, newest first; the id breaks ties so that paging is stable. */
    public List<Payment> search(PaymentSearch search, PageRequest page) {
        QueryFilter filter = filterOf(search);
        return filter.bind(em.createQuery(
                        "select p from Payment p" + filter.where() + " order by p.createdAt desc, p.id desc", Payment.class))
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long countMatching(PaymentSearch search) {
        QueryFilter filter = filterOf(search);
        return filter.bind(em.createQuery("select count(p) from Payment p" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** A page of a customer's payments, newest first. */
    public List<Payment> ofOwner(long userId, PageRequest page) {
        return em.createQuery("select p from Payment p where p.userId = :user order by p.createdAt desc, p.id desc",
                        Payment.class)
                .setParameter("user", userId)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** Payments of these bookings, only the owner's when {@code owner} is given. */
    public List<Payment> ofBookings(Collection<Long> bookingIds, Long owner) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Payment p where p.bookingId in :bookings"
                        + " and (:owner is null or p.userId = :owner) order by p.createdAt desc, p.id desc", Payment.class)
                .setParameter("bookings", bookingIds)
                .setParameter("owner", owner)
                .getResultList();
    }

    /** The filter of a search; a criterion left null does not filter. */
    private static QueryFilter filterOf(PaymentSearch search) {
        return new QueryFilter()
                .and("p.status = :status", "status", search.status())
                .and("p.method = :method", "method", search.method())
                .and("p.bookingId = :booking", "booking", search.bookingId())
                .and("p.userId = :user", "user", search.userId())
                .and("p.receiptNumber = :receipt", "receipt", search.receiptNumber())
                .and("p.createdAt >= :from", "from", search.from())
                .and("p.createdAt < :to", "to", search.to());
    }
}
