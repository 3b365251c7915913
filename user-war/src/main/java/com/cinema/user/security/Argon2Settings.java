package com.cinema.user.security;

/** The cost of one Argon2id hash: memory in KiB, passes over it, and lanes. */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {

    /** OWASP's recommended minimum (Password Storage Cheat Sheet). */
    public static final Argon2Settings OWASP = new Argon2Settings(19456, 2, 1);

    public Argon2Settings {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("invalid Argon2 parameters m=" + memoryKiB + ",t=" + iterations
                    + ",p=" + parallelism);
        }
    }
}
