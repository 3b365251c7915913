package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Auditorium layouts of the cinema service, reused for {@code cinema.booking.auditorium-cache-ttl} so
 * seat maps and holds do not call the cinema service on every request. Unknown auditoriums are not cached.
 */
@ApplicationScoped
public class AuditoriumCache {

    private record Entry(AuditoriumLayout layout, Instant fetchedAt) {
    }

    @Inject
    CinemaEstate estate;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    /** The layout, from the cache while it is young enough. */
    public Optional<AuditoriumLayout> get(long auditoriumId) {
        Entry entry = entries.get(auditoriumId);
        if (entry != null && entry.fetchedAt().plus(settings.auditoriumCacheTtl()).isAfter(clock.instant())) {
            return Optional.of(entry.layout());
        }
        return fresh(auditoriumId);
    }

    /** Asks the cinema service now (used when scheduling, where a stale layout would be wrong). */
    public Optional<AuditoriumLayout> fresh(long auditoriumId) {
        Optional<AuditoriumLayout> layout = estate.auditorium(auditoriumId);
        layout.ifPresentOrElse(l -> entries.put(auditoriumId, new Entry(l, clock.instant())),
                () -> entries.remove(auditoriumId));
        return layout;
    }
}
