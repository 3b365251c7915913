package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentSearchTest {

    @Test
    void aReceiptNumberIsKeptInItsPrintedForm() {
        assertThat(new PaymentSearch(null, null, null, null, "rc 7kq4 9xz2", null, null).receiptNumber())
                .isEqualTo("RC-7KQ4-9XZ2");
        assertThat(PaymentSearch.everything().receiptNumber()).isNull();
    }

    @Test
    void aReceiptNumberNoPaymentCouldHaveIsRefusedOnItsField() {
        assertThatThrownBy(() -> new PaymentSearch(null, null, null, null, "RC-0000-1111", null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("filter.receiptNumber"));
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        assertThat(new PaymentSearch(null, null, null, null, null, now, now).from()).isEqualTo(now);
        assertThatThrownBy(() -> new PaymentSearch(null, null, null, null, null, now, now.minusSeconds(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("filter.from"));
    }
}
