package com.cinema.user.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of an account's e-mail address: one account per address, whatever its letter case. */
public final class EmailAddress {

    public static final int MAX_LENGTH = InputLimits.EMAIL_MAX_LENGTH;
    // Deliberately loose: the confirmation mail is the real test; this only rejects what cannot be an address.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddress() {
    }

    /** The address as typed, without surrounding space; a malformed one is a validation error of {@code email}. */
    public static String clean(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            throw new ValidationException("email", "is not an e-mail address");
        }
        return trimmed;
    }

    /** The key an address is unique and looked up by: cleaned and lower case. */
    public static String normalise(String email) {
        return clean(email).toLowerCase(Locale.ROOT);
    }
}
