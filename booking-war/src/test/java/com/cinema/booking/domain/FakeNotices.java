package com.cinema.booking.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The outbox, undone with the transaction: a booking's notice once per booking and kind (the key ignores a repeat);
 * a waitlist entry's notice recorded on every call, since the domain queues one only when its own close of the entry
 * won, so a repeat is a bug the tests must see.
 */
final class FakeNotices implements BookingNotices {

    private final InMemoryBookingService.FakeTransactions tx;
    final List<String> queued = new ArrayList<>();
    /** A recipient whose waitlist notice the outbox refuses (a database error played), or null. */
    String refuse;

    FakeNotices(InMemoryBookingService.FakeTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void queue(Booking booking, Kind kind, String recipient) {
        if (kind.aboutWaitlistEntry()) {
            throw new IllegalArgumentException(kind + " is about a waitlist entry");
        }
        String notice = booking.getId() + ":" + kind + ":" + recipient;
        if (!queued.contains(notice)) {
            record(notice);
        }
    }

    @Override
    public void queue(WaitlistEntry entry, Kind kind) {
        if (!kind.aboutWaitlistEntry()) {
            throw new IllegalArgumentException(kind + " is about a booking");
        }
        tx.requireOpen();
        if (entry.email().equals(refuse)) {
            throw new IllegalStateException("outbox insert failed (played)");
        }
        record("entry-" + entry.id() + ":" + kind + ":" + entry.email());
    }

    private void record(String notice) {
        queued.add(notice);
        tx.onRollback(() -> queued.remove(queued.lastIndexOf(notice)));
    }
}
