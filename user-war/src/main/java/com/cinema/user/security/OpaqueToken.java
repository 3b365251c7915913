package com.cinema.user.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Refresh tokens: random and meaningless to clients; only their SHA-256 digest is ever stored. */
public final class OpaqueToken {

    static final int BYTES = 32;

    private OpaqueToken() {
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The stored form: SHA-256 in hex. A plain digest is enough because the token itself carries 256 random
     * bits; there is nothing to guess that a slow hash would protect.
     */
    public static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
