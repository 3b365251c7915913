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
    /**
     * Closed accounts keep a placeholder address under this domain. ".invalid" is reserved (RFC 2606, RFC 6761): no
     * mail can ever be delivered there, so it is nobody's real address, and new accounts may not take one.
     */
    static final String RESERVED_TOP_LEVEL_DOMAIN = ".invalid";
    static final String CLOSED_ACCOUNT_DOMAIN = "closed" + RESERVED_TOP_LEVEL_DOMAIN;

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

    /**
     * {@link #clean}, and not under the reserved ".invalid" domain: a new account must not take the placeholder a
     * closed account will get (or has), which would break the closing or make it someone's address.
     */
    public static String forNewAccount(String email) {
        String address = clean(email);
        if (address.toLowerCase(Locale.ROOT).endsWith(RESERVED_TOP_LEVEL_DOMAIN)) {
            throw new ValidationException("email", "is not an e-mail address");
        }
        return address;
    }

    /** The placeholder a closed account keeps instead of its address: unique by the id, and never deliverable. */
    public static String ofClosedAccount(long userId) {
        return "closed-" + userId + "@" + CLOSED_ACCOUNT_DOMAIN;
    }

    /** The key an address is unique and looked up by: cleaned and lower case. */
    public static String normalise(String email) {
        return clean(email).toLowerCase(Locale.ROOT);
    }
}
