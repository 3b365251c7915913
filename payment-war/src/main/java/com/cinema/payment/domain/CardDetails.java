package com.cinema.payment.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;

import java.time.YearMonth;

/**
 * What a customer types for a card payment, checked field by field in the order of a payment form: number,
 * expiry, security code, name. The security code is checked and then forgotten.
 */
public record CardDetails(CardNumber number, YearMonth expiry, String cardholderName) {

    static final int MAX_NAME_LENGTH = InputLimits.CARDHOLDER_NAME_MAX_LENGTH;

    public static CardDetails of(String number, Integer expMonth, Integer expYear, String cvc, String cardholderName,
                                 YearMonth thisMonth) {
        CardNumber card = CardNumber.parse(number);
        YearMonth expiry = expiry(expMonth, expYear, thisMonth);
        checkCvc(cvc, card.brand());
        return new CardDetails(card, expiry, holder(cardholderName));
    }

    /** A card is valid until the end of its expiry month. */
    static YearMonth expiry(Integer month, Integer year, YearMonth thisMonth) {
        if (month == null) {
            throw new ValidationException("expMonth", "is required for a card payment");
        }
        if (month < 1 || month > 12) {
            throw new ValidationException("expMonth", "must be 1 to 12");
        }
        if (year == null) {
            throw new ValidationException("expYear", "is required for a card payment");
        }
        if (year < 2000 || year > 2200) {
            throw new ValidationException("expYear", "must be a four-digit year");
        }
        if (year < thisMonth.getYear()) {
            throw new ValidationException("expYear", "the card has expired");
        }
        YearMonth expiry = YearMonth.of(year, month);
        if (expiry.isBefore(thisMonth)) {
            throw new ValidationException("expMonth", "the card has expired");
        }
        return expiry;
    }

    static void checkCvc(String cvc, CardBrand brand) {
        if (cvc == null || cvc.length() != brand.cvcLength() || !cvc.chars().allMatch(Character::isDigit)) {
            throw new ValidationException("cvc", "must be " + brand.cvcLength() + " digits for this card");
        }
    }

    private static String holder(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("cardholderName", "is required for a card payment");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new ValidationException("cardholderName", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }
}
