package com.cinema.deploy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings every server shares (server-configs, copied into the local runtime and the container images) that
 * only hold together: here, the two ends of a kept-alive connection between services.
 */
class SharedServerSettingsTest {

    private static final Path SHARED = Path.of(System.getProperty("server.configs.dir",
            "../server-configs/src/main/liberty/shared")).toAbsolutePath().normalize();

    /**
     * A connection between services is closed by the client before the server closes it: a request the JDK client
     * sends on a connection the server is closing at that moment fails, and the booking service's breaker in front
     * of the cinema service opened that way under the holds benchmark (docs/performance.md, "Seat holds").
     */
    @Test
    void theServicesHttpClientDropsIdleConnectionsBeforeLibertyClosesThem() throws Exception {
        Matcher flag = Pattern.compile("(?m)^-Djdk\\.httpclient\\.keepalive\\.timeout=(\\d+)\\s*$")
                .matcher(Files.readString(SHARED.resolve("jvm.options")));
        assertThat(flag.find()).as("jdk.httpclient.keepalive.timeout in the shared jvm.options").isTrue();
        Duration clientIdle = Duration.ofSeconds(Long.parseLong(flag.group(1)));

        Element httpOptions = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SHARED.resolve("config/cinema-server.xml").toFile())
                .getElementsByTagName("httpOptions").item(0);
        assertThat(httpOptions).as("httpOptions of the shared endpoint").isNotNull();
        Duration serverIdle = liberty(httpOptions.getAttribute("persistTimeout"));

        assertThat(clientIdle).as("the client's idle limit, well below the server's " + serverIdle)
                .isLessThanOrEqualTo(serverIdle.multipliedBy(3).dividedBy(4));
    }

    /** A Liberty duration as written in these files: "30s", "2m", "500ms". */
    private static Duration liberty(String value) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m)").matcher(value.trim());
        assertThat(m.matches()).as("persistTimeout written out as a duration, was '" + value + "'").isTrue();
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
