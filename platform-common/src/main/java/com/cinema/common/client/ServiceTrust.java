package com.cinema.common.client;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.ServiceConfigurationError;

/**
 * Whom the typed clients trust when a service URL is {@code https://} (service-to-service TLS, cinema-tls.xml).
 *
 * <p>Why here: with Liberty's transportSecurity feature, {@code SSLContext.getDefault()}, which the JDK HttpClient
 * uses, is the JDK's own (cacerts), not the server's SSL configuration; MicroProfile Rest Client and
 * {@code HttpsURLConnection} do use the server's. So the clients read the same truststore the server is configured
 * with ({@code tls.truststore.path}, {@code .password}, {@code .type}: Liberty variables, which MicroProfile Config
 * sees, with the TLS_TRUSTSTORE_* environment overrides) instead of a JVM-wide {@code javax.net.ssl.trustStore},
 * which would also change what other outbound calls (an SMS provider, a trace collector) trust.
 */
final class ServiceTrust {

    private ServiceTrust() {
    }

    /** The configured truststore's context, or the JDK's default where none is configured or its file is absent. */
    static SSLContext sslContext() {
        Optional<Config> config = config();
        Optional<Path> store = config.flatMap(c -> c.getOptionalValue("tls.truststore.path", String.class))
                .map(Path::of).filter(Files::isRegularFile);
        try {
            if (store.isEmpty()) {
                return SSLContext.getDefault();
            }
            String type = config.get().getOptionalValue("tls.truststore.type", String.class).orElse("PKCS12");
            char[] password = config.get().getOptionalValue("tls.truststore.password", String.class)
                    .map(String::toCharArray).orElse(null);
            KeyStore trusted = KeyStore.getInstance(type);
            try (InputStream in = Files.newInputStream(store.get())) {
                trusted.load(in, password);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the truststore " + store.orElse(null)
                    + " (TLS_TRUSTSTORE_PATH, TLS_TRUSTSTORE_PASSWORD, TLS_TRUSTSTORE_TYPE): " + e.getMessage(), e);
        }
    }

    private static Optional<Config> config() {
        try {
            return Optional.of(ConfigProvider.getConfig());
        } catch (IllegalStateException | ServiceConfigurationError noConfig) {
            return Optional.empty(); // plain unit tests run without a Config implementation
        }
    }
}
