package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import com.cinema.common.input.InputLimits;

import java.util.Set;
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

    /** What a closed account is called from then on: staff still see that a past booking had an owner, not who. */
    public static final String CLOSED_ACCOUNT_NAME = "Closed account";
    static final String ADMIN_CANNOT_CLOSE =
            "An administrator's account cannot be closed: another administrator must remove the ADMIN role first";
    static final String CLOSED_FOR_GOOD = "The account was closed by its owner: a closed account is never changed "
            + "or reopened";

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
     * Whether the owner may close the account. Never an administrator's: staff accounts are what the platform is
     * run with, so another administrator first removes the role (and with it the rights the account's tokens carry).
     */
    public static boolean mayClose(Set<Role> roles) {
        return !roles.contains(Role.ADMIN);
    }

    /** {@link #mayClose}, as CONFLICT. */
    public static void checkClosing(Set<Role> roles) {
        if (!mayClose(roles)) {
            throw new ConflictException(ADMIN_CANNOT_CLOSE);
        }
    }

    /**
     * A closed account's status and roles are never changed: reopening it would bring back an account whose owner
     * asked to be forgotten, and whose address someone else may have registered since.
     */
    public static void checkNotClosed(UserStatus status) {
        if (status == UserStatus.CLOSED) {
            throw new ConflictException(CLOSED_FOR_GOOD);
        }
    }

    /** Staff enable and disable accounts; only the owner closes one (closeMyAccount), with their password. */
    public static void checkStatusChange(UserStatus newStatus) {
        if (newStatus == UserStatus.CLOSED) {
            throw new ValidationException("status", "must be ACTIVE or DISABLED: only its owner closes an account");
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
