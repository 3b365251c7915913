package com.cinema.payment.persistence;

import com.cinema.payment.domain.GiftCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Gift cards and their balances; the balance moves only by conditional UPDATE, never below zero. */
@ApplicationScoped
public class GiftCardRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public Optional<GiftCard> byCode(String code) {
        return em.createQuery("select g from GiftCard g where g.code = :code", GiftCard.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Takes the amount if the balance covers it; false (and nothing taken) otherwise. */
    public boolean take(long id, int amountCents, Instant now) {
        return em.createQuery("update GiftCard g set g.balanceCents = g.balanceCents - :amount, g.updatedAt = :now,"
                        + " g.version = g.version + 1 where g.id = :id and g.balanceCents >= :amount")
                .setParameter("amount", amountCents)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** Gives a refunded amount back to the card. */
    public void giveBack(long id, int amountCents, Instant now) {
        em.createQuery("update GiftCard g set g.balanceCents = g.balanceCents + :amount, g.updatedAt = :now,"
                        + " g.version = g.version + 1 where g.id = :id")
                .setParameter("amount", amountCents)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void insert(GiftCard card) {
        em.persist(card);
        em.flush();
    }

    /** Sets a card's balance outright (demo data only). */
    public int resetBalance(String code, String currency, int balanceCents, Instant now) {
        return em.createQuery("update GiftCard g set g.balanceCents = :balance, g.currency = :currency,"
                        + " g.updatedAt = :now, g.version = g.version + 1 where g.code = :code")
                .setParameter("balance", balanceCents)
                .setParameter("currency", currency)
                .setParameter("now", now)
                .setParameter("code", code)
                .executeUpdate();
    }
}
