package com.cinema.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up check of the key material every server needs (docs/architecture.md, "Security model"): the public key
 * that verifies access tokens must be readable and an RSA public key, and a private signing key, where this server
 * has one (the user service), must be readable. Reports which were found, never their content.
 */
@Startup
@ApplicationScoped
public class KeyMaterialCheck implements HealthCheck {

    static final String NAME = "key-material";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "cinema.jwt.private-key.location")
    Optional<String> privateKey;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> found = inspect(publicKey, privateKey);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(found.values().stream().allMatch("ok"::equals));
        found.forEach(response::withData);
        return response.build();
    }

    /** "ok", or why not, for the token-verification key and (if configured) the signing key. */
    static Map<String, String> inspect(Optional<String> publicKeyLocation, Optional<String> privateKeyLocation) {
        Map<String, String> found = new LinkedHashMap<>();
        found.put("tokenVerificationKey", publicKeyLocation.map(KeyMaterialCheck::publicKeyState).orElse("not set"));
        privateKeyLocation.filter(location -> !location.isBlank())
                .ifPresent(location -> found.put("tokenSigningKey", readable(location) ? "ok" : "unreadable"));
        return found;
    }

    private static String publicKeyState(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return "ok"; // fetched by MP-JWT itself; a file is what this platform mounts
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        try {
            String pem = Files.readString(file).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return "ok";
        } catch (IOException e) {
            return "unreadable";
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            return "not an RSA public key";
        }
    }

    private static boolean readable(String location) {
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        return Files.isReadable(file);
    }
}
