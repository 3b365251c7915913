package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The current request's client address as the edge resolved it for the rate limits: {@code X-Forwarded-For} only
 * from {@code cinema.edge.trusted-proxies}, read from the right (EdgeClient). The user service throttles sign-ins by
 * it (UserServiceClient passes it on), so it must never be what the client merely claims.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    private Set<String> trustedProxies;

    @PostConstruct
    void readTrustedProxies() {
        trustedProxies = EdgeLimits.fromConfig().trustedProxies();
    }

    public String current() {
        return EdgeClient.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies, null)
                .address();
    }
}
