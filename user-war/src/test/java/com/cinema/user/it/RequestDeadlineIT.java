package com.cinema.user.it;

import com.cinema.testing.HttpProbe;
import com.cinema.testing.RawHttp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A service refuses work whose caller's deadline has already passed (X-Request-Budget-Ms), and does the rest. */
@MicroShedTest
class RequestDeadlineIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final RawHttp HTTP = new RawHttp(BASE);

    @BeforeAll
    static void ready() {
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(2));
    }

    @Test
    void aRequestWithNoBudgetLeftIsRefusedBeforeAnyWorkAndOneWithBudgetIsServed() {
        HttpResponse<String> late = HTTP.postTypename("X-Request-Budget-Ms", "0");
        assertThat(late.statusCode()).isEqualTo(503);
        JsonObject error = RawHttp.firstErrorExtensions(late);
        assertThat(error.getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(error.getString("field")).isEqualTo("deadline");

        HttpResponse<String> inTime = HTTP.postTypename("X-Request-Budget-Ms", "5000");
        assertThat(inTime.statusCode()).isEqualTo(200);
        assertThat(inTime.body()).contains("\"__typename\":\"Query\"");
    }
}
