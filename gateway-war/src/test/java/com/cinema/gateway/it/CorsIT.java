package com.cinema.gateway.it;

import com.cinema.testing.HttpProbe;
import com.cinema.testing.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-origin access from the allow-list only (cinema.cors.allowed-origins; the IT server allows
 * https://tickets.cinema.test): its preflight and requests get their origin echoed, never *; any other origin gets
 * no CORS header.
 */
@MicroShedTest
class CorsIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final String ALLOWED = "https://tickets.cinema.test";
    private static final RawHttp HTTP = new RawHttp(BASE);

    @BeforeAll
    static void ready() {
        HttpProbe.awaitReady(GatewayManagement.URL, Duration.ofMinutes(2));
    }

    @Test
    void aPreflightFromAnUnknownOriginGetsNoAllowHeader() {
        HttpResponse<String> preflight = preflight("https://evil.example");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnsweredWithThatOriginNeverAWildcard() {
        HttpResponse<String> preflight = preflight(ALLOWED);

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                .contains("Authorization", "Content-Type");
        assertThat(preflight.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void aRequestGetsItsOriginEchoedOnlyWhenAllowed() {
        assertThat(post(ALLOWED).headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(post("https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<String> preflight(String origin) {
        return HTTP.send("OPTIONS", "/graphql", "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type");
    }

    private static HttpResponse<String> post(String origin) {
        return HTTP.postTypename("Origin", origin);
    }
}
