package com.cinema.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receipt numbers people can read out over the phone: {@code RC-7KQ4-9XZ2}, from an alphabet without the
 * look-alikes 0/O, 1/I/L (31 symbols, 8 of them: about 8.5e11 numbers). The database's unique key has the
 * last word on uniqueness.
 */
@ApplicationScoped
public class ReceiptNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("RC-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder number = new StringBuilder("RC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    public static boolean isWellFormed(String receiptNumber) {
        return receiptNumber != null && FORMAT.matcher(receiptNumber).matches();
    }

    /**
     * A receipt number as a customer reads it out or types it ({@code rc 7kq4 9xz2}, {@code 7KQ49XZ2}) in its
     * printed form {@code RC-7KQ4-9XZ2}; empty when it cannot be one.
     */
    public static Optional<String> readAsTyped(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String symbols = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (symbols.length() == 10 && symbols.startsWith("RC")) {
            symbols = symbols.substring(2);
        }
        String printed = symbols.length() == 8 ? "RC-" + symbols.substring(0, 4) + "-" + symbols.substring(4) : symbols;
        return isWellFormed(printed) ? Optional.of(printed) : Optional.empty();
    }
}
