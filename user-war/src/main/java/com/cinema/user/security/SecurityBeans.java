package com.cinema.user.security;

import com.cinema.user.domain.LoginThrottle;
import com.cinema.user.domain.LoginThrottles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Builds the security objects from MicroProfile Config (defaults in META-INF/microprofile-config.properties). */
@ApplicationScoped
public class SecurityBeans {

    @Inject
    @ConfigProperty(name = "cinema.password.argon2.memory-kib")
    int memoryKiB;

    @Inject
    @ConfigProperty(name = "cinema.password.argon2.iterations")
    int iterations;

    @Inject
    @ConfigProperty(name = "cinema.password.argon2.parallelism")
    int parallelism;

    @Inject
    @ConfigProperty(name = "cinema.password.hashing-concurrency")
    int hashingConcurrency;

    @Inject
    @ConfigProperty(name = "cinema.login.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "cinema.login.max-failures-per-address")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "cinema.login.failure-window-minutes")
    int failureWindowMinutes;

    @Inject
    @ConfigProperty(name = "cinema.jwt.private-key.location")
    Optional<String> privateKeyLocation;

    @Inject
    @ConfigProperty(name = "cinema.jwt.access-token-minutes")
    int accessTokenMinutes;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audiences;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher(SecureRandom random) {
        return new PasswordHasher(new Argon2Settings(memoryKiB, iterations, parallelism), hashingConcurrency, random);
    }

    @Produces
    @Singleton
    LoginThrottles loginThrottles(Clock clock) {
        Duration window = Duration.ofMinutes(failureWindowMinutes);
        return new LoginThrottles(new LoginThrottle(maxFailures, window, clock),
                new LoginThrottle(maxFailuresPerAddress, window, clock));
    }

    @Produces
    @Singleton
    AccessTokenSigner accessTokenSigner(Clock clock) {
        // mp.jwt.verify.audiences may list several; tokens are issued for the first.
        String audience = audiences.split(",")[0].strip();
        var settings = new AccessTokenSigner.Settings(issuer, audience, Duration.ofMinutes(accessTokenMinutes));
        return new AccessTokenSigner(() -> PemKeys.readRsaPrivateKey(privateKeyLocation.orElseThrow(
                () -> new IllegalStateException("cinema.jwt.private-key.location is not set: cannot sign tokens"))),
                settings, clock);
    }
}
