package com.cinema.common.security;

import com.cinema.common.error.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified MP-JWT token says: the user id in its subject, the full name in its
 * {@code name} claim, staff by the ADMIN group. Request-scoped so that the token is looked up only by
 * operations that need a caller (Liberty logs an error when one is injected into a request without).
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    /** The caller's user id; UNAUTHENTICATED when the request carries no (valid) token. */
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

    /** Another service acting on its own (group SERVICE), e.g. the booking service's background tasks. */
    public boolean isService() {
        return jwt != null && jwt.getGroups() != null && jwt.getGroups().contains("SERVICE");
    }

    /** The caller's e-mail address (the token's {@code upn} claim), or null when the token carries none. */
    public String email() {
        Object upn = jwt == null ? null : jwt.getClaim("upn");
        if (upn instanceof JsonString json) {
            return json.getString();
        }
        return upn == null ? null : upn.toString();
    }

    /** The caller's full name as the user service put it in the token, or null. */
    public String fullName() {
        Object name = jwt == null ? null : jwt.getClaim("name");
        if (name instanceof JsonString json) {
            return json.getString();
        }
        return name == null ? null : name.toString();
    }
}
