package com.cinema.user.api;

import com.cinema.user.domain.ServiceAccounts;
import com.cinema.user.security.AccessTokenSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Internal: the platform's services get their own short-lived tokens here (never exposed by the gateway). */
@GraphQLApi
@ApplicationScoped
public class ServiceTokenGraphQlApi {

    @Inject
    ServiceAccounts accounts;

    @Mutation("serviceToken")
    @Description("An access token with the SERVICE group for one of the platform's services (internal)")
    @PermitAll
    public ServiceToken serviceToken(@Name("service") @NonNull String service, @Name("secret") @NonNull String secret) {
        return ServiceToken.of(accounts.issue(service, secret));
    }

    /** What a service needs to call others as itself. */
    @Type("ServiceToken")
    public static class ServiceToken {
        @NonNull
        public String accessToken;
        @Description("Seconds until the token expires")
        public int expiresIn;

        static ServiceToken of(AccessTokenSigner.SignedToken token) {
            ServiceToken answer = new ServiceToken();
            answer.accessToken = token.compact();
            answer.expiresIn = (int) token.lifetime().toSeconds();
            return answer;
        }
    }
}
