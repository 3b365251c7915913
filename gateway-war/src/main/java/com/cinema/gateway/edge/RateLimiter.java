package com.cinema.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets (Bucket4j) by key, each refilled evenly over a minute. The buckets live in this gateway's memory,
 * in a size-bounded cache: a client spraying new addresses evicts idle buckets rather than filling the heap.
 * With several gateway replicas each enforces its own share (docs/decisions/0006-edge-limits-and-rate-limits.md).
 */
public final class RateLimiter {

    private final Cache<String, Bucket> buckets;

    public RateLimiter(long maxBuckets) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /**
     * Takes {@code tokens} from the key's bucket of {@code perMinute}.
     *
     * @return empty when allowed; otherwise how long until that many tokens are back
     */
    public Optional<Duration> take(String key, long perMinute, int tokens) {
        Bucket bucket = buckets.get(key + "|" + perMinute, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        if (tokens > perMinute) {
            return Optional.of(Duration.ofMinutes(1)); // more than a whole minute's budget in one request
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
