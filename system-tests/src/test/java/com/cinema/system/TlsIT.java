package com.cinema.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.io.StringReader;
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
import java.util.HexFormat;
import java.util.List;
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
