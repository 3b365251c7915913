package com.cinema.user.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads the token-signing key from a PEM file, as openssl and deploy/ write it. */
public final class PemKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PemKeys() {
    }

    /** An RSA private key from a PKCS#8 PEM file (a location with or without the file: prefix). */
    public static PrivateKey readRsaPrivateKey(String location) {
        Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        try {
            return rsaPrivateKey(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT signing key " + path, e);
        }
    }

    static PrivateKey rsaPrivateKey(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the JWT signing key must be a PKCS#8 PEM (" + BEGIN + ")");
        }
        String body = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JWT signing key is not an RSA key", e);
        }
    }
}
