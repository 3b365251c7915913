package com.cinema.user.domain;

/** What a user may do; the names are the JWT {@code groups} and the {@code @RolesAllowed} values. */
public enum Role {
    USER,
    ADMIN
}
