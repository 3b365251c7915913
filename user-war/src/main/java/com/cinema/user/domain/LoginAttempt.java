package com.cinema.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sign-in attempt for a normalised e-mail, whether or not an account has it. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false)
    private boolean succeeded;

    protected LoginAttempt() {
        // for JPA
    }

    public LoginAttempt(String normalisedEmail, Instant attemptedAt, boolean succeeded) {
        this.email = normalisedEmail;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
    }

    public String getEmail() {
        return email;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public boolean isSucceeded() {
        return succeeded;
    }
}
