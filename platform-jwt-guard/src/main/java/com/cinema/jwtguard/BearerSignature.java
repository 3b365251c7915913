package com.cinema.jwtguard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whether a bearer token carries an RS256 signature that the platform's public key verifies: the one check the
 * guard makes before MP-JWT sees a token. Nothing else of the token is judged here (issuer, audience, expiry and
 * groups stay MP-JWT's), and nothing of it is ever logged or kept.
 */
final class BearerSignature {

    /** The algorithm the servers accept (cinema-server.xml, mpJwt signatureAlgorithm="RS256"). */
    private static final Pattern RS256 = Pattern.compile("\"alg\"\\s*:\\s*\"RS256\"");
    private static final Pattern OTHER_ALG = Pattern.compile("\"alg\"\\s*:");

    private BearerSignature() {
    }

    /** The token of an {@code Authorization: Bearer ...} header value, or null for any other header. */
    static String token(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * True only for a compact JWS whose header names RS256 (once) and whose signature over header.payload the
     * key verifies. Malformed text, another algorithm (none, HS256) and a foreign key's signature are false.
     */
    static boolean verifies(String token, PublicKey key) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.indexOf('.', second + 1) >= 0 || second == token.length() - 1) {
            return false;
        }
        try {
            Base64.Decoder url = Base64.getUrlDecoder();
            String header = new String(url.decode(token.substring(0, first)), StandardCharsets.UTF_8);
            if (!RS256.matcher(header).find() || OTHER_ALG.matcher(header).results().count() != 1) {
                return false;
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(token.substring(0, second).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(url.decode(token.substring(second + 1)));
        } catch (IllegalArgumentException | GeneralSecurityException notAValidSignature) {
            return false;
        }
    }

    /** An RSA public key from PEM text ("-----BEGIN PUBLIC KEY-----", X.509 SubjectPublicKeyInfo). */
    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("not a PEM public key");
        }
    }
}
