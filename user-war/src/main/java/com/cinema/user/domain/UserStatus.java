package com.cinema.user.domain;

/** A disabled account cannot sign in or refresh its tokens. */
public enum UserStatus {
    ACTIVE,
    DISABLED
}
