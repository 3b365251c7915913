package com.cinema.booking.api;

import com.cinema.common.error.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the user id in the verified token's subject. Request-scoped so that the token is looked up
 * only by operations that need a caller (Liberty logs an error when one is injected into a request without).
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public long id() {
        String subject = jwt == null ? null : jwt.getSubject();
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException e) {
            throw new UnauthenticatedException("Please sign in to do that");
        }
    }

    public boolean isStaff() {
        return jwt != null && jwt.getGroups() != null && jwt.getGroups().contains("ADMIN");
    }
}
