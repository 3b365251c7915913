package com.cinema.booking.domain;

import java.util.ArrayList;
import java.util.List;

/** The outbox: once per booking and kind, undone with the transaction. */
final class FakeNotices implements BookingNotices {

    private final InMemoryBookingService.FakeTransactions tx;
    final List<String> queued = new ArrayList<>();

    FakeNotices(InMemoryBookingService.FakeTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void queue(Booking booking, Kind kind, String recipient) {
        String notice = booking.getId() + ":" + kind + ":" + recipient;
        if (!queued.contains(notice)) {
            queued.add(notice);
            tx.onRollback(() -> queued.remove(notice));
        }
    }
}
