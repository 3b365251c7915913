package com.cinema.payment.domain;

import java.util.Optional;

/** The card schemes the processor accepts, recognised by their number's prefix and length. */
public enum CardBrand {
    VISA(3) {
        @Override
        boolean issued(String digits) {
            return digits.startsWith("4") && (digits.length() == 13 || digits.length() == 16 || digits.length() == 19);
        }
    },
    MASTERCARD(3) {
        @Override
        boolean issued(String digits) {
            int two = Integer.parseInt(digits.substring(0, 2));
            int four = Integer.parseInt(digits.substring(0, 4));
            return digits.length() == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720));
        }
    },
    AMEX(4) {
        @Override
        boolean issued(String digits) {
            return digits.length() == 15 && (digits.startsWith("34") || digits.startsWith("37"));
        }
    };

    private final int cvcLength;

    CardBrand(int cvcLength) {
        this.cvcLength = cvcLength;
    }

    /** How many digits the card's security code has (four on the front of an Amex card). */
    public int cvcLength() {
        return cvcLength;
    }

    abstract boolean issued(String digits);

    /** The brand of a number of 12 to 19 digits, or empty when no accepted scheme issues it. */
    public static Optional<CardBrand> of(String digits) {
        if (digits == null || digits.length() < 12 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (CardBrand brand : values()) {
            if (brand.issued(digits)) {
                return Optional.of(brand);
            }
        }
        return Optional.empty();
    }
}
