package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UnauthenticatedException;
import com.cinema.common.error.ValidationException;
import com.cinema.user.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The account use cases: rules are checked here, before any transaction starts. */
@ApplicationScoped
public class Accounts {

    static final String DUPLICATE_EMAIL = "An account with this e-mail address already exists";
    static final String ACCOUNT_GONE = "Your account no longer exists";
    static final String ACCOUNT_CLOSED = "This account was closed";

    @Inject
    AccountChanges changes;

    @Inject
    PasswordHasher hasher;

    /** A new active customer. */
    public User register(String email, String password, String fullName, String phone) {
        String address = EmailAddress.forNewAccount(email);
        AccountRules.checkPassword(password, address);
        String name = AccountRules.fullName(fullName);
        AccountRules.phone(phone);
        User user = new User(address, hasher.hash(password), name);
        user.changeProfile(name, phone);
        return changes.add(user).orElseThrow(() -> new ConflictException(DUPLICATE_EMAIL));
    }

    public Optional<User> find(long id) {
        return changes.find(id);
    }

    /**
     * The signed-in caller's own account. UNAUTHENTICATED once it is deleted or closed: an access token outlives
     * the closing by up to its 15 minutes, and must not reach the account meanwhile.
     */
    public User own(long callerId) {
        User user = changes.find(callerId).orElseThrow(() -> new UnauthenticatedException(ACCOUNT_GONE));
        if (user.isClosed()) {
            throw new UnauthenticatedException(ACCOUNT_CLOSED);
        }
        return user;
    }

    /** The account to tell about a booking: none when it is closed, since its owner asked to be forgotten. */
    public Optional<User> findContactable(long id) {
        return changes.find(id).filter(user -> !user.isClosed());
    }

    /** Name, phone, the SMS opt-in and the reminders ({@code smsOptIn}, {@code reminders} null keep the current choice). */
    public User changeProfile(long userId, String fullName, String phone, Boolean smsOptIn, Boolean reminders) {
        own(userId); // a closed account takes no new personal data
        String name = AccountRules.fullName(fullName);
        String number = AccountRules.phone(phone);
        if (Boolean.TRUE.equals(smsOptIn)) {
            AccountRules.smsOptIn(true, false, number);
        }
        return changes.changeProfile(userId, name, phone, smsOptIn, reminders)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Staff grant or remove a role; nobody removes their own ADMIN role, so staff cannot lock themselves out. */
    public User changeRole(long actorId, long userId, Role role, boolean granted) {
        if (actorId == userId && role == Role.ADMIN && !granted) {
            throw new ValidationException("userId", "you cannot remove your own ADMIN role");
        }
        AccountRules.checkRoleChange(role, granted);
        refuseClosed(userId);
        return changes.changeRole(userId, role, granted).orElseThrow(() -> new NotFoundException("User", userId));
    }

    public User changeStatus(long actorId, long userId, UserStatus status) {
        if (actorId == userId && status != UserStatus.ACTIVE) {
            throw new ValidationException("userId", "you cannot disable your own account");
        }
        AccountRules.checkStatusChange(status);
        refuseClosed(userId);
        return changes.changeStatus(userId, status).orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Checked before the transaction (User checks again): a refusal leaving a transaction costs an FFDC incident. */
    private void refuseClosed(long userId) {
        changes.find(userId).ifPresent(user -> AccountRules.checkNotClosed(user.getStatus()));
    }
}
