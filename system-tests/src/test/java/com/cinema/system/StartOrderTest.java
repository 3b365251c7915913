package com.cinema.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which {@code ./cinema start} launches the servers (docs/decisions/0014-one-server-per-core-at-start.md).
 * The booking server's readiness waits for its demo week, made from the movie and cinema servers' data: launched
 * right after the cinema server, two servers starting at once (two cores) started it beside that one, and its turn
 * sat idle until the cinema server answered. So at least one other server comes between them. The gateway is last.
 * No server needed.
 */
class StartOrderTest {

    private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).resolve("../cinema").normalize();

    @Test
    void theBookingServerStartsAfterTheServersItsDemoWeekNeedsAndTheGatewayLast() throws IOException {
        List<String> order = startOrder();
        assertThat(order).containsExactlyInAnyOrderElementsOf(Platform.PORTS.keySet());
        int booking = order.indexOf("booking");
        assertThat(booking - order.indexOf("movie")).as("servers from movie to booking").isGreaterThanOrEqualTo(2);
        assertThat(booking - order.indexOf("cinema")).as("servers from cinema to booking").isGreaterThanOrEqualTo(2);
        assertThat(order).last().isEqualTo("gateway");
    }

    /** The server names of the script's SERVICES=(name:port:database ...) array, in order. */
    private static List<String> startOrder() throws IOException {
        Matcher services = Pattern.compile("(?s)\\nSERVICES=\\((.*?)\\)").matcher(Files.readString(SCRIPT));
        assertThat(services.find()).as("SERVICES=(...) in " + SCRIPT).isTrue();
        return Arrays.stream(services.group(1).trim().split("\\s+")).map(entry -> entry.split(":")[0]).toList();
    }
}
