package com.cinema.booking.domain;

import com.cinema.common.error.UpstreamUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Auditorium layouts of the cinema service, reused for {@code cinema.booking.auditorium-cache-ttl} so seat maps
 * and holds do not call the cinema service on every request. Unknown auditoriums are not cached.
 *
 * <p>A layout past its time is asked for again by one request at a time; the requests that arrive meanwhile keep
 * the layout they have. When the cinema service cannot answer, the layout it last gave is used for up to
 * {@code cinema.booking.auditorium-cache-max-stale}: layouts change only through the cinema service, and without
 * this every hold and seat map of a showtime failed while the cinema service (or the breaker in front of it) was
 * down, and the booking service's own callers then counted those failures against it (issue #16's holds run).
 */
@ApplicationScoped
public class AuditoriumCache {

    private static final Logger LOG = Logger.getLogger(AuditoriumCache.class.getName());

    private record Entry(AuditoriumLayout layout, Instant fetchedAt) {
    }

    @Inject
    CinemaEstate estate;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    /** Auditoriums whose layout one request is asking the cinema service for right now. */
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();

    /** The layout, from the cache while it is young enough (or while another request renews it). */
    public Optional<AuditoriumLayout> get(long auditoriumId) {
        Entry entry = entries.get(auditoriumId);
        Instant now = clock.instant();
        if (entry == null) {
            return fresh(auditoriumId);
        }
        if (entry.fetchedAt().plus(settings.auditoriumCacheTtl()).isAfter(now) || !refreshing.add(auditoriumId)) {
            return Optional.of(entry.layout());
        }
        try {
            return fresh(auditoriumId);
        } catch (UpstreamUnavailableException unavailable) {
            if (entry.fetchedAt().plus(settings.auditoriumCacheMaxStale()).isAfter(now)) {
                LOG.log(Level.WARNING, "Using the layout of auditorium {0} fetched at {1}: {2}",
                        new Object[] {auditoriumId, entry.fetchedAt(), unavailable.getMessage()});
                return Optional.of(entry.layout());
            }
            throw unavailable;
        } finally {
            refreshing.remove(auditoriumId);
        }
    }

    /** Asks the cinema service now (used when scheduling, where a stale layout would be wrong). */
    public Optional<AuditoriumLayout> fresh(long auditoriumId) {
        Optional<AuditoriumLayout> layout = estate.auditorium(auditoriumId);
        layout.ifPresentOrElse(l -> entries.put(auditoriumId, new Entry(l, clock.instant())),
                () -> entries.remove(auditoriumId));
        return layout;
    }
}
