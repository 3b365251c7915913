package com.cinema.user.security;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenSignerTest {

    private static final KeyPair KEYS = rsaKeyPair();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void tokensCarryTheClaimsEveryServerChecks() throws Exception {
        AccessTokenSigner signer = new AccessTokenSigner(KEYS::getPrivate,
                new AccessTokenSigner.Settings("cinema-user-service", "cinema", Duration.ofMinutes(15)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        AccessTokenSigner.SignedToken token = signer.sign("42", "Ann@Example.org", "Ann Example", List.of("ADMIN", "USER"));

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(KEYS.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("cinema-user-service")
                .setExpectedAudience("cinema")
                .setEvaluationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 60))
                .setRequireExpirationTime()
                .setRequireJwtId()
                .build()
                .processToClaims(token.compact());
        assertThat(claims.getSubject()).isEqualTo("42");
        // An array even for one audience: MP-JWT reads aud as a list (a bare string costs it two exceptions).
        assertThat(claims.getClaimValue("aud")).isEqualTo(List.of("cinema"));
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("Ann@Example.org");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Ann Example");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("ADMIN", "USER");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.getEpochSecond() + 900);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(900));
        assertThat(new String(Base64.getUrlDecoder().decode(token.compact().split("\\.")[0])))
                .contains("\"alg\":\"RS256\"").contains("\"typ\":\"JWT\"");
    }

    @Test
    void theKeyIsReadFromAPkcs8PemFileOnFirstUseOnly() throws Exception {
        Path file = Files.createTempFile("jwt-private", ".pem");
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, pem);
        try {
            PrivateKey key = PemKeys.readRsaPrivateKey("file:" + file);
            assertThat(key.getEncoded()).isEqualTo(KEYS.getPrivate().getEncoded());
        } finally {
            Files.delete(file);
        }
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8");
    }

    @Test
    void aMissingKeyFailsWhenATokenIsSignedNotBefore() {
        AccessTokenSigner signer = new AccessTokenSigner(() -> {
            throw new IllegalStateException("cinema.jwt.private-key.location is not set");
        }, new AccessTokenSigner.Settings("i", "a", Duration.ofMinutes(15)), Clock.systemUTC());

        assertThatThrownBy(() -> signer.sign("1", "a@example.org", "A", List.of("USER")))
                .hasMessageContaining("cinema.jwt.private-key.location");
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
