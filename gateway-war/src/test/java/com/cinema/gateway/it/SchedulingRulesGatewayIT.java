package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin scheduler's rules come from the booking service (a {@link GraphQlStub} configured with a 25-minute gap,
 * not the default 15), asked with the admin's own token; customers are refused at the gateway without a call.
 * The stub listens at the test server's booking URL, which {@link BookingGatewayIT} needs absent: hence the lock.
 */
@MicroShedTest
@ResourceLock(StubPorts.GATEWAY_BOOKING_LOCK)
class SchedulingRulesGatewayIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final String RULES = "{ schedulingRules { cleaningGapMinutes } }";
    private static GraphQlStub booking;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);

    @BeforeAll
    static void startBookingService() {
        booking = GraphQlStub.start(StubPorts.port("absent.booking.service.port", StubPorts.GATEWAY_BOOKING))
                .on("schedulingRules", call -> Json.createObjectBuilder().add("cleaningGapMinutes", 25).build());
    }

    @AfterAll
    static void stopBookingService() {
        booking.close();
    }

    @Test
    void theAdminGetsTheBookingServicesGapAskedWithTheirOwnToken() {
        String token = TOKENS.admin("4201", "it-admin@example.org");
        booking.clearCalls();
        JsonObject response = graphql.withBearer(token).post(RULES);

        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        assertThat(response.getJsonObject("data").getJsonObject("schedulingRules").getInt("cleaningGapMinutes")).isEqualTo(25);
        assertThat(booking.calls("schedulingRules")).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer " + token));
    }

    @Test
    void customersAndStrangersAreRefusedWithoutAskingTheBookingService() {
        booking.clearCalls();
        JsonObject customer = graphql.withBearer(TOKENS.user("4202", "it-customer@example.org")).post(RULES);
        assertThat(GraphQlHttp.firstErrorCode(customer)).as(customer.toString()).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(RULES))).isEqualTo("UNAUTHENTICATED");
        assertThat(booking.calls("schedulingRules")).isEmpty();
    }
}
