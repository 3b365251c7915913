package com.cinema.user.api;

import com.cinema.common.edge.EdgeClient;
import com.cinema.user.domain.LoginAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client address a sign-in is throttled by. Behind the gateway every connection comes from the gateway, so its
 * address alone would throttle every customer together; the gateway therefore names the client in
 * {@value EdgeClient#FORWARDED_ADDRESS_HEADER}. That header is believed only on a call that carries the SERVICE
 * token of a trusted forwarder ({@code cinema.login.trusted-forwarders}, the gateway): anyone else could write any
 * address into it and escape the throttle. Otherwise the connection's own address counts.
 */
@ApplicationScoped
public class SignInClient {

    /** An IPv4 or IPv6 address (with a zone or brackets) or a host name, as a proxy may write it. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Za-z:.%_\\[\\]-]{1," + LoginAttempt.MAX_ADDRESS_LENGTH + "}");

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "cinema.login.trusted-forwarders")
    List<String> trustedForwarders;

    public String address() {
        String forwarded = request.getHeader(EdgeClient.FORWARDED_ADDRESS_HEADER);
        if (forwarded != null && ADDRESS.matcher(forwarded.strip()).matches() && fromTrustedForwarder()) {
            return forwarded.strip();
        }
        String remote = request.getRemoteAddr();
        return remote == null || remote.isEmpty() ? "unknown" : clip(remote);
    }

    private boolean fromTrustedForwarder() {
        // The principal MP-JWT verified: a service's token has the subject service:<name> and the group SERVICE.
        Principal principal = request.getUserPrincipal();
        return principal instanceof JsonWebToken token && token.getGroups() != null
                && token.getGroups().contains("SERVICE") && token.getSubject() != null
                && trustedForwarders.stream().anyMatch(name -> token.getSubject().equals("service:" + name.strip()));
    }

    private static String clip(String address) {
        return address.length() <= LoginAttempt.MAX_ADDRESS_LENGTH ? address
                : address.substring(0, LoginAttempt.MAX_ADDRESS_LENGTH);
    }
}
