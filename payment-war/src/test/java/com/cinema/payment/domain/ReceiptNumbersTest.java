package com.cinema.payment.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptNumbersTest {

    private final ReceiptNumbers receipts = new ReceiptNumbers();

    @Test
    void receiptNumbersHaveTheReadableFormatWithoutLookAlikes() {
        for (int i = 0; i < 1000; i++) {
            String number = receipts.next();
            assertThat(number).matches("RC-[A-Z2-9]{4}-[A-Z2-9]{4}").doesNotContain("0", "O", "1", "I", "L");
            assertThat(ReceiptNumbers.isWellFormed(number)).isTrue();
        }
        assertThat(ReceiptNumbers.isWellFormed("RC-7KQ4-9XZ2")).isTrue();
        assertThat(ReceiptNumbers.isWellFormed("RC-7KQ4-9XZO")).isFalse();
        assertThat(ReceiptNumbers.isWellFormed("RC-7KQ49XZ2")).isFalse();
    }

    @Test
    void aReceiptNumberIsReadAsCustomersSayOrTypeIt() {
        for (String typed : new String[] {"RC-7KQ4-9XZ2", " rc-7kq4-9xz2 ", "RC 7KQ4 9XZ2", "7kq4-9xz2", "7KQ49XZ2", "rc7kq49xz2"}) {
            assertThat(ReceiptNumbers.readAsTyped(typed)).as(typed).contains("RC-7KQ4-9XZ2");
        }
        // Look-alikes are never in a receipt number, and neither is a ninth symbol.
        for (String typed : new String[] {"RC-7KQ4-9XZO", "7KQ4-9XZ22", "RC-7KQ4", "", "   ", "RC-7KQ4-9XZ2X", "XC-7KQ4-9XZ2"}) {
            assertThat(ReceiptNumbers.readAsTyped(typed)).as(typed).isEmpty();
        }
        assertThat(ReceiptNumbers.readAsTyped(null)).isEmpty();
    }

    @Test
    void tenThousandReceiptNumbersAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(receipts.next());
        }
        assertThat(seen).hasSize(10_000);
    }
}
