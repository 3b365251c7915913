package com.cinema.payment.persistence;

import com.cinema.common.paging.PageRequest;
import com.cinema.payment.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads and writes payments in payment_db. */
@ApplicationScoped
public class PaymentRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** One page of payments, newest first; the id breaks ties so that paging is stable. */
    public List<Payment> newestFirst(PageRequest page) {
        return em.createQuery("select p from Payment p order by p.createdAt desc, p.id desc", Payment.class)
                .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Payment p", Long.class).getSingleResult();
    }
}
