package com.cinema.payment.domain;

import com.cinema.persistence.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A prepaid card with a balance in one currency. Charges and refunds move the balance with conditional UPDATEs. */
@Entity
@Table(name = "gift_card")
public class GiftCard extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "balance_cents", nullable = false)
    private int balanceCents;

    protected GiftCard() {
        // for JPA
    }

    public GiftCard(String code, String currency, int balanceCents) {
        this.code = code;
        this.currency = currency;
        this.balanceCents = balanceCents;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCurrency() {
        return currency;
    }

    public int getBalanceCents() {
        return balanceCents;
    }
}
