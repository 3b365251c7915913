package com.cinema.movie.api;

import com.cinema.common.error.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the user id in the verified token's subject and the full name in its {@code name} claim.
 * Request-scoped so that the token is looked up only by operations that need a caller.
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

    /** The caller's full name as the user service put it in the token, or null. */
    public String fullName() {
        if (jwt == null) {
            return null;
        }
        Object name = jwt.getClaim("name");
        if (name == null) {
            return null;
        }
        String text = name.toString();
        // JSON-P strings print with their quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
