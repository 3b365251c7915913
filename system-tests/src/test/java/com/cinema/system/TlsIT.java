package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS (issue #17, point 7; docs/decisions/0008-tls-and-management-port.md). The gateway serves HTTPS with the
 * development certificate {@code ./cinema start} made (trusted here through the truststore it made beside it), with
 * HSTS on what it answers over TLS; and the suite's platform runs with service-to-service TLS switched on
 * ({@link Platform#TLS_SERVICES}): the gateway reaches the movie service over HTTPS, which the movie service's own
 * span of a query shows (scheme and port of the request it served).
 */
@ExtendWith(PlatformExtension.class)
@Order(66)
class TlsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Platform platform = PlatformExtension.platform();
    /** Java 17's client as it comes: it offers h2 in ALPN; the servers speak HTTP/1.1 only (cinema-server.xml). */
    private final HttpClient trusting = HttpClient.newBuilder().sslContext(developmentTrust())
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theGatewayServesHttpsWithTheDevelopmentCertificateAndHsts() throws Exception {
        HttpResponse<String> page = trusting.send(HttpRequest.newBuilder(URI.create(platform.gatewayHttpsUrl() + "/"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Cinema");
        // h2 was offered and not taken: HTTP/1.1 over TLS, answered (the cleartext h2c upgrade is what hangs).
        assertThat(page.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(page.sslSession()).hasValueSatisfying(session -> {
            assertThat(session.getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            try {
                assertThat(session.getPeerCertificates()[0]).as("the certificate ./cinema start made")
                        .isEqualTo(developmentCertificate());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        // Over plain HTTP there is no HSTS (a browser ignores it there, and it would promise what HTTP is not).
        HttpResponse<String> plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/")).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aGraphQlQueryOverHttpsIsAnsweredWithHstsAndNoStore() throws Exception {
        HttpResponse<String> answer = trusting.send(graphQl(platform.gatewayHttpsUrl(),
                "{ movies(page: 0, size: 1) { total items { id title } } }", null), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(body.containsKey("errors")).as(answer.body()).isFalse();
        assertThat(body.getJsonObject("data").getJsonObject("movies").getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aClientThatDoesNotTrustTheDevelopmentCertificateIsRefused() {
        HttpClient jdkDefaults = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> jdkDefaults.send(HttpRequest.newBuilder(URI.create(platform.gatewayHttpsUrl() + "/"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theGatewayCallsTheMovieServiceOverHttps() throws Exception {
        int movieHttps = Platform.PORTS.get("movie") + Platform.TLS_PORT_OFFSET;
        // The movie service itself answers on its HTTPS port with the same certificate.
        HttpResponse<String> direct = trusting.send(graphQl("https://localhost:" + movieHttps, "{ __typename }", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
        assertThat(direct.body()).contains("\"Query\"");

        // A search no cache can answer, so the gateway has to ask the movie service; the test starts the trace.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        HttpResponse<String> answer = trusting.send(graphQl(platform.gatewayHttpsUrl(),
                "{ movies(filter: {search: \"" + UUID.randomUUID() + "\"}) { total } }",
                "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"), HttpResponse.BodyHandlers.ofString());
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(body.containsKey("errors")).as(answer.body()).isFalse();
        assertThat(body.getJsonObject("data").getJsonObject("movies").getInt("total")).isZero();

        // The movie service's span of the call it served: over HTTPS, on its HTTPS port.
        String span = null;
        Instant deadline = Instant.now().plusSeconds(30);
        while (span == null && Instant.now().isBefore(deadline)) {
            span = ObservabilityIT.spanLines("movie", traceId).stream()
                    .filter(line -> line.contains("'POST /graphql' : " + traceId)).findFirst().orElse(null);
            if (span == null) {
                Thread.sleep(250);
            }
        }
        assertThat(span).as("the movie service's span of trace " + traceId).isNotNull();
        assertThat(span).contains("url.scheme=https").contains("server.port=" + movieHttps);
    }

    /**
     * A service switched to TLS (CINEMA_TLS_SERVICES) answers other hosts over HTTPS only: its plain HTTP port listens
     * on loopback alone (cinema-tls-plain-http-loopback.xml), for its own readiness probe and the run command's wait.
     * Seen from this host's own network address (as another host would call it): the movie service's HTTP port
     * refuses the connection, its HTTPS port takes it, and the gateway's public port (not switched) is reachable
     * there too, so the address itself is not what refuses.
     */
    @Test
    void aServiceSwitchedToTlsRefusesPlainHttpFromOtherHostsAndKeepsItOnLoopback() throws Exception {
        InetAddress network = networkAddress();
        Assumptions.assumeTrue(network != null, "this host has no non-loopback address to call from");
        int movieHttp = Platform.PORTS.get("movie");

        assertThat(connects(network, Platform.PORTS.get("gateway"))).as("gateway on " + network).isTrue();
        assertThat(connects(network, movieHttp + Platform.TLS_PORT_OFFSET)).as("movie HTTPS on " + network).isTrue();
        for (String service : List.of("user", "movie", "cinema", "booking", "payment", "coupon")) {
            assertThat(connects(network, Platform.PORTS.get(service))).as(service + " plain HTTP on " + network).isFalse();
        }
        HttpResponse<String> overTls = trusting.send(HttpRequest.newBuilder(URI.create("https://localhost:"
                + (movieHttp + Platform.TLS_PORT_OFFSET) + "/health/ready")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overTls.statusCode()).isEqualTo(200);
        HttpResponse<String> loopback = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + movieHttp + "/health/ready"))
                        .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loopback.statusCode()).as("plain HTTP on loopback (the readiness probe's way)").isEqualTo(200);
        assertThat(loopback.body()).contains("\"graphql\"");
    }

    /**
     * A server's first start without TLS settings (a new container, a fresh clone's test servers) is clean: Liberty
     * makes its keystore then, and the truststore element that only TLS_TRUSTSTORE_REF=cinemaTrustStore includes is
     * not there to fail before it exists (CWPKI0807W, CWPKI0033E, CWPKI0809W); and MP-JWT verifies tokens on that
     * first start (a truststore referenced before key.p12 existed once broke every token). The server runs on H2 files
     * of its own whatever the pass, so the MySQL pass would repeat the H2 pass's start exactly and skips it.
     */
    @Test
    @DisabledIfSystemProperty(named = "platform.mysql", matches = "(?i)true",
            disabledReason = "a first start on H2 files of its own: the H2 pass has run it")
    void aFreshServerWithoutTlsSettingsStartsWithoutKeystoreErrorsAndVerifiesTokens() throws Exception {
        Path keys = platform.keysDir();
        try (ReplicaServer fresh = ReplicaServer.copyOf(platform, "movie", "movie-first-start", 3931)) {
            Path serverDir = fresh.messagesLog().getParent().getParent();
            deleteTree(serverDir.resolve("resources/security")); // so Liberty makes its keystore on this start
            deleteTree(serverDir.resolve("logs"));
            fresh.start(Map.of("JVM_ARGS", "-XX:TieredStopAtLevel=1",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("jwt-public.pem").toString(),
                    "CINEMA_SERVICE_AUTH_SECRET", Files.readString(keys.resolve("service-secret")).trim(),
                    "CINEMA_DEMO_DATA_ENABLED", "false",
                    "DB_DIR", platform.root().resolve("system-tests/target/first-start-data").toString()));
            fresh.awaitReady(Duration.ofMinutes(4));

            String messages = Files.readString(fresh.messagesLog());
            assertThat(messages).as("Liberty made the keystore on this start").contains("CWPKI0803A");
            assertThat(messages).doesNotContain("CWPKI0033E").doesNotContain("CWPKI0809W").doesNotContain("CWPKI0807W");
            JsonObject admin = new GraphQlHttp(fresh.url()).withBearer(TestTokens.forPlatform().signed(
                    TestTokens.claims("1", "admin@cinema.test", List.of("USER", "ADMIN")).build())).post(
                    "mutation { createMovie(input: {title: \"\", cast: [], genres: [\"Drama\"], durationMinutes: 90, "
                            + "ageRating: \"PG\", language: \"English\", status: \"ARCHIVED\"}) { id } }");
            assertThat(GraphQlHttp.firstErrorCode(admin)).as("past MP-JWT and the role check: " + admin)
                    .isEqualTo("VALIDATION");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** An IPv4 address of this host that is not loopback (a container's or VM's interface), or null. */
    private static InetAddress networkAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static HttpRequest graphQl(String base, String query, String traceparent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("query", query).build().toString()));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return request.build();
    }

    /** The truststore ./cinema start made beside the certificate (CINEMA_KEYS_DIR). */
    private SSLContext developmentTrust() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(truststore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development truststore in " + platform.keysDir(), e);
        }
    }

    private Certificate developmentCertificate() throws Exception {
        KeyStore store = truststore();
        List<String> aliases = java.util.Collections.list(store.aliases());
        assertThat(aliases).as("entries of the development truststore").hasSize(1);
        return store.getCertificate(aliases.get(0));
    }

    private KeyStore truststore() throws Exception {
        Path keys = platform.keysDir();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve("tls-truststore.p12"))) {
            store.load(in, Files.readString(keys.resolve("tls-password")).trim().toCharArray());
        }
        return store;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero (an invalid W3C id)
        return bytes;
    }
}
