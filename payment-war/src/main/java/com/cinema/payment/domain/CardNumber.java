package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;

/**
 * A card number that passed the Luhn check and belongs to an accepted brand. It lives only in memory while
 * a charge is decided: nothing but {@link #brand()} and {@link #last4()} is ever stored, logged or shown,
 * and {@link #toString()} masks it. Error messages never repeat the number.
 */
public final class CardNumber {

    static final String FIELD = "cardNumber";

    private final String digits;
    private final CardBrand brand;

    private CardNumber(String digits, CardBrand brand) {
        this.digits = digits;
        this.brand = brand;
    }

    /** Accepts spaces and dashes between digit groups, as printed on cards. */
    public static CardNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(FIELD, "is required for a card payment");
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() < 12 || digits.length() > 19) {
            throw new ValidationException(FIELD, "must be 12 to 19 digits");
        }
        if (!passesLuhn(digits)) {
            throw new ValidationException(FIELD, "is not a valid card number (check digit)");
        }
        CardBrand brand = CardBrand.of(digits)
                .orElseThrow(() -> new ValidationException(FIELD, "is not a Visa, Mastercard or American Express card"));
        return new CardNumber(digits, brand);
    }

    /** The Luhn (mod 10) check every card number carries in its last digit. */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public CardBrand brand() {
        return brand;
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /** Whether this is the given number, for the processor's test cards. */
    boolean is(String number) {
        return digits.equals(number);
    }

    @Override
    public String toString() {
        return brand + " ending " + last4();
    }
}
