package com.cinema.booking.domain;

import com.cinema.common.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The waitlist table in memory: entries by id in joining order, changes undone with the transaction. */
final class FakeWaitlist implements Waitlist {

    private final InMemoryBookingService.FakeTransactions tx;
    private final InMemoryBookingService.FakeSeatLocks seatLocks;
    /** The showtimes, for the safety net's filter (set by the service). */
    ShowtimeStore showtimes;
    final Map<Long, WaitlistEntry> rows = new LinkedHashMap<>();
    /** Runs once, right after the next read of entries to close (a race a test plays), then is cleared. */
    Runnable afterRead;
    private long nextId = 1;

    FakeWaitlist(InMemoryBookingService.FakeTransactions tx, InMemoryBookingService.FakeSeatLocks seatLocks) {
        this.tx = tx;
        this.seatLocks = seatLocks;
    }

    @Override
    public WaitlistEntry join(long showtimeId, long userId, int seats, String email, Instant now) {
        tx.requireOpen();
        if (active(showtimeId, userId).isPresent()) {
            throw new IllegalStateException("unique key (showtime_id, active_user_id)");
        }
        long id = nextId++;
        put(new WaitlistEntry(id, showtimeId, userId, seats, WaitlistStatus.WAITING, email, null, null, now, 0, 0));
        return withPosition(rows.get(id));
    }

    @Override
    public Optional<WaitlistEntry> active(long showtimeId, long userId) {
        tx.requireOpen();
        return rows.values().stream().filter(e -> e.showtimeId() == showtimeId && e.userId() == userId
                && e.status().isActive()).map(this::withPosition).findFirst();
    }

    @Override
    public List<WaitlistEntry> waiting(long showtimeId) {
        tx.requireOpen();
        return rows.values().stream().filter(e -> e.showtimeId() == showtimeId && e.status() == WaitlistStatus.WAITING)
                .map(this::withPosition).toList();
    }

    @Override
    public Optional<WaitlistEntry> offeredWith(long bookingId) {
        tx.requireOpen();
        return rows.values().stream().filter(e -> e.status() == WaitlistStatus.OFFERED
                && Long.valueOf(bookingId).equals(e.bookingId())).findFirst();
    }

    @Override
    public boolean offer(WaitlistEntry entry, long bookingId, Instant offerExpiresAt, Instant now) {
        WaitlistEntry stored = rows.get(entry.id());
        if (stored == null || stored.status() != WaitlistStatus.WAITING || stored.version() != entry.version()) {
            return false;
        }
        put(new WaitlistEntry(stored.id(), stored.showtimeId(), stored.userId(), stored.seats(), WaitlistStatus.OFFERED,
                stored.email(), bookingId, offerExpiresAt, stored.createdAt(), stored.version() + 1, 0));
        return true;
    }

    @Override
    public boolean end(WaitlistEntry entry, WaitlistStatus end, Instant now) {
        WaitlistEntry stored = rows.get(entry.id());
        if (stored == null || stored.status() != entry.status() || stored.version() != entry.version()) {
            return false;
        }
        put(new WaitlistEntry(stored.id(), stored.showtimeId(), stored.userId(), stored.seats(), end, stored.email(),
                stored.bookingId(), stored.offerExpiresAt(), stored.createdAt(), stored.version() + 1, 0));
        return true;
    }

    @Override
    public Optional<WaitlistEntry> find(long id) {
        tx.requireOpen();
        return Optional.ofNullable(rows.get(id)).map(this::withPosition);
    }

    @Override
    public List<WaitlistEntry> activeOf(long showtimeId) {
        tx.requireOpen();
        return readForClosing(rows.values().stream()
                .filter(e -> e.showtimeId() == showtimeId && e.status().isActive()).map(this::withPosition).toList());
    }

    @Override
    public List<WaitlistEntry> waitingForStarted(Instant now, int limit) {
        tx.requireOpen();
        return readForClosing(rows.values().stream().filter(e -> e.status() == WaitlistStatus.WAITING
                        && showtimes.find(e.showtimeId()).map(s -> !s.getStartsAt().isAfter(now)).orElse(false))
                .limit(limit).map(this::withPosition).toList());
    }

    /** What a read for closing returns, after {@link #afterRead} played whatever happens next elsewhere. */
    private List<WaitlistEntry> readForClosing(List<WaitlistEntry> entries) {
        Runnable race = afterRead;
        afterRead = null;
        if (race != null) {
            race.run();
        }
        return entries;
    }

    /**
     * Another replica's committed change (not undone by this transaction's rollback), e.g. from {@link #afterRead}:
     * the entry moves on to {@code status} with a new version.
     */
    void changedElsewhere(long id, WaitlistStatus status) {
        WaitlistEntry e = rows.get(id);
        rows.put(id, new WaitlistEntry(e.id(), e.showtimeId(), e.userId(), e.seats(), status, e.email(), e.bookingId(),
                e.offerExpiresAt(), e.createdAt(), e.version() + 1, 0));
    }

    @Override
    public List<WaitlistEntry> ofUser(long userId, PageRequest page) {
        tx.requireOpen();
        return rows.values().stream().filter(e -> e.userId() == userId)
                .sorted(Comparator.comparingLong(WaitlistEntry::id).reversed()).skip(page.offset()).limit(page.size())
                .map(this::withPosition)
                .toList();
    }

    @Override
    public List<Long> showtimesWaiting(Instant now, int limit) {
        tx.requireOpen();
        return rows.values().stream().filter(e -> e.status() == WaitlistStatus.WAITING).map(WaitlistEntry::showtimeId)
                .distinct().filter(id -> showtimes.find(id).map(s -> s.takesHoldsAt(now)).orElse(false))
                .sorted().limit(limit).toList();
    }

    @Override
    public Set<Long> lockedSeats(long showtimeId) {
        tx.requireOpen();
        Set<Long> locked = new HashSet<>();
        seatLocks.rows.keySet().stream().filter(k -> k.get(0) == showtimeId).forEach(k -> locked.add(k.get(1)));
        return locked;
    }

    /** The entry as stored now, by customer. */
    WaitlistEntry of(long showtimeId, long userId) {
        List<WaitlistEntry> entries = new ArrayList<>(rows.values().stream()
                .filter(e -> e.showtimeId() == showtimeId && e.userId() == userId).toList());
        return withPosition(entries.get(entries.size() - 1));
    }

    /** Writes the entry as it is now (e.g. without its e-mail), undone with the transaction. */
    void replace(WaitlistEntry entry) {
        put(entry);
    }

    private void put(WaitlistEntry entry) {
        tx.requireOpen();
        WaitlistEntry before = rows.put(entry.id(), entry);
        tx.onRollback(() -> {
            if (before == null) {
                rows.remove(entry.id());
            } else {
                rows.put(entry.id(), before);
            }
        });
    }

    private WaitlistEntry withPosition(WaitlistEntry e) {
        int position = e.status() != WaitlistStatus.WAITING ? 0 : (int) rows.values().stream()
                .filter(o -> o.showtimeId() == e.showtimeId() && o.status() == WaitlistStatus.WAITING && o.id() <= e.id())
                .count();
        return new WaitlistEntry(e.id(), e.showtimeId(), e.userId(), e.seats(), e.status(), e.email(), e.bookingId(),
                e.offerExpiresAt(), e.createdAt(), e.version(), position);
    }
}
