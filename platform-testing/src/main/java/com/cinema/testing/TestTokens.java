package com.cinema.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints JSON Web Tokens for tests, good ones and the forged kinds a server must refuse. Written by hand
 * because no JWT library will produce an unsigned or tampered token on purpose.
 */
public final class TestTokens {

    public static final String ISSUER = "cinema-user-service";
    public static final String AUDIENCE = "cinema";

    private final KeyPair keys;

    public TestTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** Tokens signed with the pair the platform's test servers trust. */
    public static TestTokens forPlatform() {
        return new TestTokens(TestKeys.platformTestPair());
    }

    /** A valid claim set as the user service issues it, expiring in 15 minutes. */
    public static JsonObjectBuilder claims(String userId, String email, List<String> groups) {
        long now = Instant.now().getEpochSecond();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        groups.forEach(roles::add);
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", Json.createArrayBuilder().add(AUDIENCE))
                .add("sub", userId)
                .add("upn", email)
                .add("groups", roles)
                .add("iat", now)
                .add("exp", now + 900)
                .add("jti", UUID.randomUUID().toString());
    }

    public String signed(JsonObject claims) {
        return signedWith(keys.getPrivate(), claims);
    }

    public String user(String userId, String email) {
        return signed(claims(userId, email, List.of("USER")).build());
    }

    public String admin(String userId, String email) {
        return signed(claims(userId, email, List.of("USER", "ADMIN")).build());
    }

    public static String signedWith(PrivateKey key, JsonObject claims) {
        String input = part(header("RS256")) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none} and no signature at all. */
    public static String unsigned(JsonObject claims) {
        return part(header("none")) + "." + part(claims) + ".";
    }

    /** HS256 keyed with the public key's PEM text: the classic algorithm-confusion forgery. */
    public String hmacWithPublicKey(JsonObject claims) {
        String input = part(header("HS256")) + "." + part(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestKeys.pem(keys.getPublic()).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return input + "." + base64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A validly signed token whose payload was replaced afterwards (signature kept). */
    public String tampered(JsonObject signedClaims, JsonObject forgedClaims) {
        String[] parts = signed(signedClaims).split("\\.");
        return parts[0] + "." + part(forgedClaims) + "." + parts[2];
    }

    private static JsonObject header(String alg) {
        return Json.createObjectBuilder().add("alg", alg).add("typ", "JWT").build();
    }

    private static String part(JsonObject json) {
        return base64(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
