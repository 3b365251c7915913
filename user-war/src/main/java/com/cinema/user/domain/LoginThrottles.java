package com.cinema.user.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sign-in throttling that a stranger cannot use to lock someone else out (issue #17; docs/api.md, "Limits"): failed
 * sign-ins count per client address and account (a few, then that address waits for that account) and per client
 * address across all accounts (more, against one address spraying many accounts), never per account alone. The
 * owner signing in from another address is never held up by someone else's failures.
 *
 * @param perAddressAndAccount forgives the failures before a successful sign-in of the same pair
 * @param perAddress           counts failures only: one's own account signing in must not reset a spray
 */
public record LoginThrottles(LoginThrottle perAddressAndAccount, LoginThrottle perAddress) {

    public Instant windowStart() {
        return perAddressAndAccount.windowStart().isBefore(perAddress.windowStart())
                ? perAddressAndAccount.windowStart() : perAddress.windowStart();
    }

    /**
     * @param ofThePair    attempts of this address for this account within the window
     * @param ofTheAddress failed attempts of this address for any account within the window
     * @return empty when the attempt may be made now; otherwise the longer of the two waits
     */
    public Optional<Duration> retryAfter(List<LoginAttempt> ofThePair, List<LoginAttempt> ofTheAddress) {
        List<LoginAttempt> failures = ofTheAddress.stream().filter(a -> !a.isSucceeded()).toList();
        return Stream.of(perAddressAndAccount.retryAfter(ofThePair), perAddress.retryAfter(failures))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }
}
