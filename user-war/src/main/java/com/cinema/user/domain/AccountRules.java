package com.cinema.user.domain;

import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;

import java.util.regex.Pattern;

/**
 * The rules of an account's password, name and phone, checked again here whatever the edge already checked.
 * Errors name the domain field ({@code password}, {@code fullName}, {@code phone}); the API prefixes them.
 */
public final class AccountRules {

    // The public limits, defined once for this service and the gateway.
    public static final int PASSWORD_MIN_LENGTH = InputLimits.PASSWORD_MIN_LENGTH;
    public static final int PASSWORD_MAX_LENGTH = InputLimits.PASSWORD_MAX_LENGTH;
    public static final int FULL_NAME_MAX_LENGTH = InputLimits.FULL_NAME_MAX_LENGTH;
    public static final String E164 = InputLimits.PHONE_E164;

    private static final Pattern PHONE = Pattern.compile(E164);

    private AccountRules() {
    }

    /** A password a new or changed account may have; {@code email} is the account's address. */
    public static void checkPassword(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < PASSWORD_MIN_LENGTH) {
            throw new ValidationException("password", "must be at least " + PASSWORD_MIN_LENGTH + " characters");
        }
        if (password.length() > PASSWORD_MAX_LENGTH) {
            throw new ValidationException("password", "must be at most " + PASSWORD_MAX_LENGTH + " characters");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            throw new ValidationException("password", "must not be your e-mail address");
        }
    }

    /** {@link #checkPassword} for a password that replaces another: errors name {@code newPassword}. */
    public static void checkNewPassword(String newPassword, String email) {
        try {
            checkPassword(newPassword, email);
        } catch (ValidationException e) {
            throw new ValidationException("newPassword", e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** The name without surrounding space; it is required. */
    public static String fullName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            throw new ValidationException("fullName", "is required");
        }
        if (name.length() > FULL_NAME_MAX_LENGTH) {
            throw new ValidationException("fullName", "must be at most " + FULL_NAME_MAX_LENGTH + " characters");
        }
        return name;
    }

    /** Every account keeps USER: it is what makes a token a customer's; disable an account instead. */
    public static void checkRoleChange(Role role, boolean granted) {
        if (role == Role.USER && !granted) {
            throw new ValidationException("role", "USER cannot be removed from an account; disable it instead");
        }
    }

    /**
     * Whether the account is opted in to SMS from now on: {@code requested} (null keeps {@code current}), never
     * without a number. Asking for SMS without a number is refused; removing the number ends the opt-in.
     */
    public static boolean smsOptIn(Boolean requested, boolean current, String phone) {
        if (Boolean.TRUE.equals(requested) && phone == null) {
            throw new ValidationException("smsOptIn", "needs a phone number to send the messages to");
        }
        return phone != null && (requested == null ? current : requested);
    }

    /** The phone number in E.164 (e.g. +442079460018), or null when none is given. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String number = phone.strip();
        if (!PHONE.matcher(number).matches()) {
            throw new ValidationException("phone", InputLimits.PHONE_FORM);
        }
        return number;
    }
}
