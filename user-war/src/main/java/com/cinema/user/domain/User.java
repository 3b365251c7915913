package com.cinema.user.domain;

import com.cinema.persistence.TimestampedEntity;
import com.cinema.user.security.PasswordHasher;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An account. The password is only ever held as an encoded hash, which never leaves this class's service. */
@Entity
@Table(name = "app_user")
public class User extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "email_normalized", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String emailNormalized;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 40)
    private String phone;

    /** Booking messages also go by SMS to {@link #phone} (issue #21); never true without a number. */
    @Column(name = "sms_opt_in", nullable = false)
    private boolean smsOptIn;

    /** A reminder shortly before each showing (the booking service's BOOKING_REMINDER); on until the customer says no. */
    @Column(nullable = false)
    private boolean reminders = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UserStatus status;

    // Eager: roles are read with every user (they become the token's groups) and are batch-loaded per page.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {
        // for JPA
    }

    /**
     * A new active customer; {@code passwordHash} is already encoded with its algorithm and parameters. The address
     * may not be a reserved one (closed accounts keep those).
     */
    public User(String email, String passwordHash, String fullName) {
        this.email = EmailAddress.forNewAccount(email);
        this.emailNormalized = EmailAddress.normalise(email);
        this.passwordHash = passwordHash;
        this.fullName = AccountRules.fullName(fullName);
        this.status = UserStatus.ACTIVE;
        this.roles = EnumSet.of(Role.USER);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isSmsOptIn() {
        return smsOptIn;
    }

    public boolean wantsReminders() {
        return reminders;
    }

    /** The profile as it should be: the name is required, a missing or blank phone removes the number. */
    public void changeProfile(String newFullName, String newPhone) {
        changeProfile(newFullName, newPhone, null);
    }

    /**
     * As {@link #changeProfile(String, String)}, and the SMS opt-in: null keeps the current choice, true needs a
     * number, and removing the number ends the opt-in. Nothing changes when a rule is broken.
     */
    public void changeProfile(String newFullName, String newPhone, Boolean newSmsOptIn) {
        changeProfile(newFullName, newPhone, newSmsOptIn, null);
    }

    /** As {@link #changeProfile(String, String, Boolean)}, and the reminders before each showing (null keeps them). */
    public void changeProfile(String newFullName, String newPhone, Boolean newSmsOptIn, Boolean newReminders) {
        AccountRules.checkNotClosed(status);
        String name = AccountRules.fullName(newFullName);
        String number = AccountRules.phone(newPhone);
        boolean optIn = AccountRules.smsOptIn(newSmsOptIn, smsOptIn, number);
        fullName = name;
        phone = number;
        smsOptIn = optIn;
        if (newReminders != null) {
            reminders = newReminders;
        }
    }

    String passwordHash() {
        return passwordHash;
    }

    void replacePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    public boolean canSignIn() {
        return status == UserStatus.ACTIVE;
    }

    public boolean isClosed() {
        return status == UserStatus.CLOSED;
    }

    /** Staff enable or disable the account; a closed one stays closed, and only its owner closes one. */
    public void changeStatus(UserStatus newStatus) {
        AccountRules.checkNotClosed(status);
        AccountRules.checkStatusChange(newStatus);
        status = newStatus;
    }

    /**
     * The owner closes the account (right to erasure). The row stays, so that the bookings other services keep still
     * name an account, but nothing personal stays in it: the address becomes a unique placeholder that is never
     * deliverable (and frees the old address for a new account), the name a placeholder, the phone and SMS opt-in
     * go, and the password hash becomes one that no password verifies against. Never an administrator's account.
     */
    public void close() {
        AccountRules.checkClosing(roles);
        if (id == null) {
            throw new IllegalStateException("only a stored account is closed: its placeholder address needs the id");
        }
        email = EmailAddress.ofClosedAccount(id);
        emailNormalized = email;
        fullName = AccountRules.CLOSED_ACCOUNT_NAME;
        phone = null;
        smsOptIn = false;
        passwordHash = PasswordHasher.NEVER_VERIFIES;
        status = UserStatus.CLOSED;
    }

    public void changeRole(Role role, boolean granted) {
        AccountRules.checkNotClosed(status);
        AccountRules.checkRoleChange(role, granted);
        if (granted) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
    }

    public UserStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

}
