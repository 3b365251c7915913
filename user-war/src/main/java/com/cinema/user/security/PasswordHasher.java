package com.cinema.user.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashes (Bouncy Castle), stored as PHC strings. Verification runs with the parameters
 * stored in the hash, so raising the configured ones later keeps old hashes valid until they are rehashed.
 */
public final class PasswordHasher {

    /**
     * Stored instead of a hash where no password may ever sign in (a closed account): not a PHC string, so
     * {@link #verify} answers false at once, whatever the password, and no Argon2 run could ever produce it.
     */
    public static final String NEVER_VERIFIES = "!no-password";

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final int VERSION = Argon2Parameters.ARGON2_VERSION_13;

    private final Argon2Settings settings;
    private final SecureRandom random;
    // Each hash holds m KiB of heap; on a small heap an unbounded burst of sign-ins would run out of memory.
    private final Semaphore slots;
    private final String dummyHash;

    public PasswordHasher(Argon2Settings settings, int concurrency, SecureRandom random) {
        this.settings = settings;
        this.random = random;
        this.slots = new Semaphore(Math.max(1, concurrency), true);
        // Random salt and random "hash" bytes: verifying against it costs a full derivation with the configured
        // parameters and never matches, without spending one Argon2 hash on every start.
        byte[] salt = new byte[SALT_BYTES];
        byte[] noHash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(noHash);
        this.dummyHash = new PhcString(VERSION, settings, salt, noHash).encode();
    }

    public Argon2Settings settings() {
        return settings;
    }

    /** A new PHC string with a fresh random salt and the configured parameters. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, VERSION, settings, salt, HASH_BYTES);
        return new PhcString(VERSION, settings, salt, hash).encode();
    }

    /** Whether the password matches; a damaged or foreign encoding never matches. */
    public boolean verify(String password, String encoded) {
        PhcString stored;
        try {
            stored = PhcString.parse(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (stored.hash().length < 4 || (stored.version() != VERSION && stored.version() != 0x10)) {
            return false;
        }
        byte[] actual = derive(password, stored.version(), stored.settings(), stored.salt(), stored.hash().length);
        return MessageDigest.isEqual(actual, stored.hash());
    }

    /**
     * Spends the time of one verification without a real hash, so that an unknown e-mail cannot be told
     * from a wrong password by the answer's delay.
     */
    public void verifyAgainstNothing(String password) {
        verify(password, dummyHash);
    }

    /** Whether a hash that verified was made with other parameters than the configured ones. */
    public boolean needsRehash(String encoded) {
        try {
            PhcString stored = PhcString.parse(encoded);
            return stored.version() != VERSION || !stored.settings().equals(settings)
                    || stored.salt().length != SALT_BYTES || stored.hash().length != HASH_BYTES;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private byte[] derive(String password, int version, Argon2Settings cost, byte[] salt, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(version)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        slots.acquireUninterruptibly();
        try {
            generator.generateBytes(secret, out);
        } finally {
            slots.release();
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
