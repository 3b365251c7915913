package com.cinema.jwtguard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class BearerSignatureTest {

    private static final KeyPair PLATFORM = pair();
    private static final KeyPair FOREIGN = pair();
    private static final String PAYLOAD = "{\"iss\":\"cinema-user-service\",\"sub\":\"1\",\"groups\":[\"ADMIN\"]}";

    @Test
    void aTokenSignedWithThePlatformKeyVerifies() {
        assertThat(BearerSignature.verifies(signed("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", PLATFORM.getPrivate()),
                PLATFORM.getPublic())).isTrue();
    }

    @Test
    void aForeignKeyAnotherAlgorithmATamperedPayloadOrBrokenTextDoNot() {
        String good = signed("{\"alg\":\"RS256\"}", PLATFORM.getPrivate());
        String[] parts = good.split("\\.");
        assertThat(BearerSignature.verifies(signed("{\"alg\":\"RS256\"}", FOREIGN.getPrivate()), PLATFORM.getPublic()))
                .as("foreign key").isFalse();
        assertThat(BearerSignature.verifies(b64("{\"alg\":\"none\"}") + "." + parts[1] + ".", PLATFORM.getPublic()))
                .as("alg none").isFalse();
        assertThat(BearerSignature.verifies(b64("{\"alg\":\"HS256\"}") + "." + parts[1] + "." + parts[2],
                PLATFORM.getPublic())).as("HS256 header").isFalse();
        assertThat(BearerSignature.verifies(parts[0] + "." + b64(PAYLOAD.replace("\"1\"", "\"2\"")) + "." + parts[2],
                PLATFORM.getPublic())).as("payload changed after signing").isFalse();
        for (String broken : new String[] {"", "abc", "a.b", parts[0] + "." + parts[1], good + ".x", "%%%.$$$.***",
                parts[0] + "." + parts[1] + ".c2lnbmF0dXJl"}) {
            assertThat(BearerSignature.verifies(broken, PLATFORM.getPublic())).as(broken).isFalse();
        }
    }

    @Test
    void onlyABearerAuthorizationHeaderHasAToken() {
        assertThat(BearerSignature.token("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(BearerSignature.token("bearer  abc ")).isEqualTo("abc");
        assertThat(BearerSignature.token("Basic dXNlcjpwdw==")).isNull();
        assertThat(BearerSignature.token("Bearer ")).isNull();
        assertThat(BearerSignature.token(null)).isNull();
    }

    @Test
    void aPemPublicKeyIsRead() throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(PLATFORM.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(BearerSignature.publicKey(pem)).isEqualTo(PLATFORM.getPublic());
    }

    static String signed(String header, PrivateKey key) {
        try {
            String input = b64(header) + "." + b64(PAYLOAD);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static KeyPair pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
