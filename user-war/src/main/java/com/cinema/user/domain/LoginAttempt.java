package com.cinema.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sign-in attempt for a normalised e-mail from one client address, whether or not an account has it. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    public static final int MAX_ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    /** The client address as the user service could trust it (see SignInClient); at most 64 characters. */
    @Column(name = "client_address", nullable = false, length = MAX_ADDRESS_LENGTH)
    private String clientAddress;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false)
    private boolean succeeded;

    protected LoginAttempt() {
        // for JPA
    }

    public LoginAttempt(String normalisedEmail, String clientAddress, Instant attemptedAt, boolean succeeded) {
        this.email = normalisedEmail;
        if (clientAddress.isEmpty() || clientAddress.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("a client address is 1 to " + MAX_ADDRESS_LENGTH + " characters");
        }
        this.clientAddress = clientAddress;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
    }

    public String getEmail() {
        return email;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public boolean isSucceeded() {
        return succeeded;
    }
}
