package com.cinema.user.domain;

import com.cinema.common.error.UnauthenticatedException;
import com.cinema.common.error.ValidationException;
import com.cinema.user.security.AccessTokenSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Access tokens for the platform's own services when they act on their own rather than for a signed-in person:
 * the booking service's reconciler asking the payment service what became of a charge, a refund after a
 * cancellation, a coupon use given back when a hold runs out. The token's subject is {@code service:<name>}
 * (never a user id, so it cannot pass as a customer) and its only group is {@code SERVICE}.
 *
 * <p>Services prove themselves with the platform's service secret ({@code cinema.service-auth.secret},
 * environment {@code CINEMA_SERVICE_AUTH_SECRET}); with no secret configured no service token is ever issued.
 * See docs/architecture.md, "Security model".
 */
@ApplicationScoped
public class ServiceAccounts {

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    @Inject
    AccessTokenSigner signer;

    @Inject
    @ConfigProperty(name = "cinema.service-auth.secret")
    Optional<String> secret;

    public AccessTokenSigner.SignedToken issue(String service, String presentedSecret) {
        if (service == null || !SERVICE_NAME.matcher(service).matches()) {
            throw new ValidationException("service", "a service name is lower-case letters, digits and dashes");
        }
        String expected = secret.filter(s -> !s.isBlank()).orElse(null);
        if (expected == null || presentedSecret == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presentedSecret.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthenticatedException("Unknown service credentials");
        }
        return signer.sign("service:" + service, "service:" + service, "The " + service + " service",
                List.of("SERVICE"));
    }
}
