package com.cinema.user.it;

import com.cinema.testing.HttpProbe;
import com.cinema.testing.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors the web container answers itself carry a short JSON body, never a Java class name (issue #17). */
@MicroShedTest
class ErrorPageIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final RawHttp HTTP = new RawHttp(BASE);

    @BeforeAll
    static void ready() {
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(2));
    }

    @Test
    void anUnknownPathIsNotFoundInJsonWithoutClassNames() {
        HttpResponse<String> response = HTTP.send("GET", "/no/such/thing.html");

        assertThat(response.statusCode()).isEqualTo(404);
        RawHttp.assertCleanJsonError(response, "NOT_FOUND");
    }

    @Test
    void aMethodTheServerDoesNotServeIsRefusedInJsonWithoutClassNames() {
        HttpResponse<String> response = HTTP.send("DELETE", "/graphql");

        assertThat(response.statusCode()).isEqualTo(405);
        RawHttp.assertCleanJsonError(response, "VALIDATION");
    }
}
