package com.cinema.common.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's own Authorization header, passed on unchanged to the services a call goes to: they check the token and
 * the roles again themselves, so the gateway never vouches for anyone (docs/architecture.md, "Security model").
 */
@RequestScoped
public class CallerCredentials {

    @Inject
    HttpServletRequest request;

    /** The header as the caller sent it, or null when there was none. */
    public String authorization() {
        return request.getHeader("Authorization");
    }
}
