package com.cinema.payment.persistence;

import com.cinema.payment.domain.Refund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Refunds of payments; (payment, idempotency key) is unique. */
@ApplicationScoped
public class RefundRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** Inserts and flushes, so a refused (payment, key) pair fails inside the caller's transaction. */
    public void insert(Refund refund) {
        em.persist(refund);
        em.flush();
    }

    public Optional<Refund> byPaymentAndKey(long paymentId, String idempotencyKey) {
        return em.createQuery("select r from Refund r where r.paymentId = :payment and r.idempotencyKey = :key",
                        Refund.class)
                .setParameter("payment", paymentId)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }
}
