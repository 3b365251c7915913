package com.cinema.user.domain;

/**
 * A disabled account cannot sign in or refresh its tokens; staff may enable it again. A closed account was closed by
 * its owner (right to erasure): its personal data is gone, it can never sign in, and it is never reopened.
 */
public enum UserStatus {
    ACTIVE,
    DISABLED,
    CLOSED
}
