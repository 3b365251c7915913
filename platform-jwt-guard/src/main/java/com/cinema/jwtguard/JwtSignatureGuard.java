package com.cinema.jwtguard;

import com.ibm.websphere.security.WebTrustAssociationFailedException;
import com.ibm.wsspi.security.tai.TAIResult;
import com.ibm.wsspi.security.tai.TrustAssociationInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Refuses a bearer token whose signature the platform's public key does not verify, before MP-JWT reads it
 * (issue #17, "no secrets in logs"; docs/decisions/0013-jwt-signature-guard.md).
 *
 * <p>Why: Liberty's MP-JWT (jose4j behind it) reports a token with a bad signature as an FFDC incident whose text
 * quotes the whole token, in logs/ffdc and in messages.log's FFDC1015I line, and neither mpJwt nor the logging
 * configuration can keep it out. Liberty asks the trust association interceptors in turn and stops at the first
 * that takes a request; this one is registered by a user feature (cinemaJwtGuard-1.0) with an id that Liberty
 * orders before MP-JWT's ({@code MPJwtTAI}). It takes only requests whose bearer token fails the RS256 check
 * against the key MP-JWT uses (MP_JWT_VERIFY_PUBLICKEY_LOCATION / mp.jwt.verify.publickey.location, or the key
 * itself in MP_JWT_VERIFY_PUBLICKEY / mp.jwt.verify.publickey) and answers them as MP-JWT does: 401 with
 * {@code WWW-Authenticate: Bearer}. A verified token, or any request without one, goes on to MP-JWT untouched,
 * which still checks everything else. Without a key it can read, it takes nothing (MP-JWT alone decides).
 * It logs nothing about a request.
 */
public class JwtSignatureGuard implements TrustAssociationInterceptor {

    private static final Logger LOG = Logger.getLogger(JwtSignatureGuard.class.getName());
    /** How long a key that could not be read is not asked for again. */
    private static final long RETRY_NANOS = 30_000_000_000L;
    /** How many verified tokens are remembered (CINEMA_JWT_GUARD_VERIFIED_TOKENS); 0 checks every request anew. */
    private static final int DEFAULT_VERIFIED_TOKENS = 2048;

    /** Set once: the key is read until it can be, then never again, so one memory of verified tokens serves it. */
    private volatile PublicKey key;
    private volatile long nextAttempt;
    private final VerifiedTokens verified = new VerifiedTokens(verifiedTokensCapacity());

    @Override
    public boolean isTargetInterceptor(HttpServletRequest request) {
        String token = BearerSignature.token(request.getHeader("Authorization"));
        if (token == null) {
            return false;
        }
        PublicKey verifier = key();
        return verifier != null && !verified.verifies(token, verifier);
    }

    @Override
    public TAIResult negotiateValidateandEstablishTrust(HttpServletRequest request, HttpServletResponse response)
            throws WebTrustAssociationFailedException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return TAIResult.create(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private PublicKey key() {
        PublicKey known = key;
        if (known != null || System.nanoTime() - nextAttempt < 0) {
            return known;
        }
        synchronized (this) {
            if (key == null && System.nanoTime() - nextAttempt >= 0) {
                try {
                    key = configuredKey().orElse(null);
                } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                    LOG.warning("JWT signature guard: cannot read the MP-JWT public key, MP-JWT alone checks tokens: "
                            + e.getClass().getSimpleName());
                }
                nextAttempt = System.nanoTime() + RETRY_NANOS;
            }
            return key;
        }
    }

    /** The key as MP-JWT is given it here: inline PEM first, else a file path or file: URL. */
    static Optional<PublicKey> configuredKey() throws IOException, GeneralSecurityException {
        Optional<String> inline = setting("mp.jwt.verify.publickey");
        if (inline.isPresent()) {
            return Optional.of(BearerSignature.publicKey(inline.get()));
        }
        Optional<String> location = setting("mp.jwt.verify.publickey.location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        String where = location.get();
        Path file = where.startsWith("file:") ? Path.of(URI.create(where)) : Path.of(where);
        if (where.contains("://") && !where.startsWith("file:") || !Files.isRegularFile(file)) {
            return Optional.empty(); // an http(s) or classpath location: MP-JWT's own business
        }
        return Optional.of(BearerSignature.publicKey(Files.readString(file)));
    }

    private static int verifiedTokensCapacity() {
        Optional<String> configured = setting("cinema.jwt.guard.verified.tokens");
        try {
            return configured.map(Integer::parseInt).filter(n -> n >= 0).orElse(DEFAULT_VERIFIED_TOKENS);
        } catch (NumberFormatException notANumber) {
            LOG.warning("JWT signature guard: cinema.jwt.guard.verified.tokens is not a number, using "
                    + DEFAULT_VERIFIED_TOKENS);
            return DEFAULT_VERIFIED_TOKENS;
        }
    }

    /** A MicroProfile Config key as a system property or its environment variable (dots as underscores). */
    private static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.replace('.', '_').toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @Override
    public int initialize(Properties properties) {
        return 0;
    }

    @Override
    public String getVersion() {
        return "1.0";
    }

    @Override
    public String getType() {
        return getClass().getName();
    }

    @Override
    public void cleanup() {
    }
}
