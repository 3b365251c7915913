package com.cinema.common.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up check tells a missing, unreadable or wrong key from a good one, without showing any key. */
class KeyMaterialCheckTest {

    @TempDir
    Path dir;

    @Test
    void aReadableRsaPublicKeyIsOkAndASigningKeyIsOnlyCheckedWhereConfigured() throws Exception {
        var pair = KeyPairGenerator.getInstance("RSA");
        pair.initialize(2048);
        Path pem = dir.resolve("jwt-public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        assertThat(KeyMaterialCheck.inspect(Optional.of(pem.toString()), Optional.empty()))
                .containsExactly(java.util.Map.entry("tokenVerificationKey", "ok"));
        assertThat(KeyMaterialCheck.inspect(Optional.of("file:" + pem), Optional.of(pem.toString())))
                .containsEntry("tokenVerificationKey", "ok").containsEntry("tokenSigningKey", "ok");
    }

    @Test
    void missingUnreadableOrWrongKeysAreNamed() throws Exception {
        Path notAKey = dir.resolve("garbage.pem");
        Files.writeString(notAKey, "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");

        assertThat(KeyMaterialCheck.inspect(Optional.empty(), Optional.empty()))
                .containsEntry("tokenVerificationKey", "not set");
        assertThat(KeyMaterialCheck.inspect(Optional.of(dir.resolve("absent.pem").toString()),
                Optional.of(dir.resolve("absent-private.pem").toString())))
                .containsEntry("tokenVerificationKey", "unreadable").containsEntry("tokenSigningKey", "unreadable");
        assertThat(KeyMaterialCheck.inspect(Optional.of(notAKey.toString()), Optional.empty()))
                .containsEntry("tokenVerificationKey", "not an RSA public key");
    }
}
