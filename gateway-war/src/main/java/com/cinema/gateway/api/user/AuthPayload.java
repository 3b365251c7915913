package com.cinema.gateway.api.user;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What signing in returns: a short-lived access token, a rotating refresh token, and the account. */
public class AuthPayload {

    @NonNull
    @Description("RS256 JWT for the Authorization: Bearer header")
    public String accessToken;
    @NonNull
    @Description("Opaque; valid once: every refresh returns a new one")
    public String refreshToken;
    @Description("Seconds until the access token expires")
    public int expiresIn;
    @NonNull
    public User user;
}
