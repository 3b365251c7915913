package com.cinema.user.api;

import com.cinema.user.domain.SignIn;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code AuthPayload}: what a successful register, login or refresh hands the client. */
@Type("AuthPayload")
public class AuthPayload {

    @NonNull
    @Description("RS256 JWT for the Authorization: Bearer header")
    public String accessToken;
    @NonNull
    @Description("Opaque; exchange it once with refreshToken, or end the sign-in with logout")
    public String refreshToken;
    @Description("Seconds until the access token expires")
    public int expiresIn;
    @NonNull
    public UserView user;

    static AuthPayload of(SignIn.Session session) {
        AuthPayload payload = new AuthPayload();
        payload.accessToken = session.accessToken().compact();
        payload.refreshToken = session.refreshToken();
        payload.expiresIn = (int) session.accessToken().lifetime().toSeconds();
        payload.user = UserView.of(session.user());
        return payload;
    }
}
