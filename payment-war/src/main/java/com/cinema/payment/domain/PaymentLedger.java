package com.cinema.payment.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.payment.persistence.PaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The payment use cases, each in one transaction. */
@ApplicationScoped
@Transactional
public class PaymentLedger {

    @Inject
    PaymentRepository payments;

    /** A page of payments and the number of all payments. */
    public record Results(List<Payment> payments, long total) {
    }

    /** Every payment, newest first. */
    public Results all(PageRequest page) {
        return new Results(payments.newestFirst(page), payments.count());
    }
}
