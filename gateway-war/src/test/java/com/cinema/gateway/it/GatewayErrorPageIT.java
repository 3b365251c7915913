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
 * Errors the gateway's web container answers itself (unknown files, methods it does not serve) carry a short JSON
 * body, never a Java class name such as SRVE0190E's java.io.FileNotFoundException (issue #17).
 */
@MicroShedTest
class GatewayErrorPageIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final RawHttp HTTP = new RawHttp(BASE);

    @BeforeAll
    static void ready() {
        HttpProbe.awaitReady(GatewayManagement.URL, Duration.ofMinutes(2));
    }

    @Test
    void anUnknownFileIsNotFoundInJsonWithoutClassNames() {
        HttpResponse<String> response = HTTP.send("GET", "/no/such/file.js");

        assertThat(response.statusCode()).isEqualTo(404);
        RawHttp.assertCleanJsonError(response, "NOT_FOUND");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("security headers still set")
                .isPresent();
    }

    @Test
    void aMethodTheGatewayDoesNotServeIsRefusedInJsonWithoutClassNames() {
        HttpResponse<String> response = HTTP.send("DELETE", "/graphql");

        assertThat(response.statusCode()).isEqualTo(405);
        RawHttp.assertCleanJsonError(response, "VALIDATION");
    }
}
