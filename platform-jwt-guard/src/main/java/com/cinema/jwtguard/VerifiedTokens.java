package com.cinema.jwtguard;

import java.security.PublicKey;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The signature check with a memory of the tokens it passed: a signed-in client sends the same token with every
 * request for its whole lifetime, and an RSA verification each time cost 1.4-1.6 % of the gateway's and the
 * booking server's CPU under the seat-hold benchmark (issue #16). A token is remembered by its whole text, signature
 * included, so a token changed in any character is checked anew; a refused token is never remembered. Past
 * {@code capacity} tokens the memory starts again empty, which bounds it without bookkeeping per entry. Holds the
 * tokens themselves, as MP-JWT's own token cache does; it never logs them.
 */
final class VerifiedTokens {

    private final int capacity;
    private final BiPredicate<String, PublicKey> signatureCheck;
    private final Set<String> passed = ConcurrentHashMap.newKeySet();

    VerifiedTokens(int capacity) {
        this(capacity, BearerSignature::verifies);
    }

    VerifiedTokens(int capacity, BiPredicate<String, PublicKey> signatureCheck) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.signatureCheck = signatureCheck;
    }

    /** Whether the token's signature verifies with the key; one instance serves one key. */
    boolean verifies(String token, PublicKey key) {
        if (passed.contains(token)) {
            return true;
        }
        if (!signatureCheck.test(token, key)) {
            return false;
        }
        if (capacity > 0) {
            if (passed.size() >= capacity) {
                passed.clear();
            }
            passed.add(token);
        }
        return true;
    }

    int size() {
        return passed.size();
    }
}
