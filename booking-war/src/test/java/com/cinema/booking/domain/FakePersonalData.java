package com.cinema.booking.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of persistence.PersonalDataTable over the in-memory stores, undone with the transaction: the same open
 * commitments, and the erasure of booking e-mails, waitlist e-mails and the recipients of the customer's queued notices
 * (the fake outbox's "subject:KIND:recipient" entries), counting only what changed.
 */
final class FakePersonalData implements PersonalData {

    static final String ERASED = "erased";

    private final InMemoryBookingService.FakeTransactions tx;
    private final InMemoryBookingService.FakeBookings bookings;
    private final InMemoryBookingService.FakeShowtimes showtimes;
    private final FakeWaitlist waitlist;
    private final FakeNotices notices;
    /** Erasures run (each one's rows changed), and checks made. */
    final List<Integer> erasures = new ArrayList<>();
    int checks;

    FakePersonalData(InMemoryBookingService.FakeTransactions tx, InMemoryBookingService.FakeBookings bookings,
                     InMemoryBookingService.FakeShowtimes showtimes, FakeWaitlist waitlist, FakeNotices notices) {
        this.tx = tx;
        this.bookings = bookings;
        this.showtimes = showtimes;
        this.waitlist = waitlist;
        this.notices = notices;
    }

    @Override
    public OpenCommitments openCommitments(long userId, Instant now) {
        tx.requireOpen();
        checks++;
        List<Booking> mine = bookings.rows.values().stream().filter(b -> b.getUserId() == userId).toList();
        int upcoming = (int) mine.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED
                && showtimes.rows.get(b.getShowtimeId()).getEndsAt().isAfter(now)).count();
        int holds = (int) mine.stream().filter(b -> b.getStatus() == BookingStatus.HELD
                && b.getHoldExpiresAt().isAfter(now)).count();
        int paying = (int) mine.stream().filter(b -> b.getStatus() == BookingStatus.PAYMENT_PENDING).count();
        int places = (int) waitlist.rows.values().stream().filter(e -> e.userId() == userId && e.status().isActive())
                .count();
        return new OpenCommitments(upcoming, holds, paying, places);
    }

    @Override
    public int erase(long userId, Instant now) {
        tx.requireOpen();
        int changed = 0;
        List<Long> bookingIds = new ArrayList<>();
        for (Booking booking : bookings.rows.values()) {
            if (booking.getUserId() != userId) {
                continue;
            }
            bookingIds.add(booking.getId());
            String email = booking.getCustomerEmail();
            if (email != null) {
                setEmail(booking, null);
                tx.onRollback(() -> setEmail(booking, email));
                changed++;
            }
        }
        List<Long> entryIds = new ArrayList<>();
        for (WaitlistEntry entry : List.copyOf(waitlist.rows.values())) {
            if (entry.userId() != userId) {
                continue;
            }
            entryIds.add(entry.id());
            if (entry.email() != null) {
                waitlist.replace(new WaitlistEntry(entry.id(), entry.showtimeId(), entry.userId(), entry.seats(),
                        entry.status(), null, entry.bookingId(), entry.offerExpiresAt(), entry.createdAt(),
                        entry.version() + 1, 0));
                changed++;
            }
        }
        for (int i = 0; i < notices.queued.size(); i++) {
            String notice = notices.queued.get(i);
            String subject = notice.substring(0, notice.indexOf(':'));
            boolean theirs = subject.startsWith("entry-") ? entryIds.contains(Long.parseLong(subject.substring(6)))
                    : bookingIds.contains(Long.parseLong(subject));
            String erased = notice.substring(0, notice.lastIndexOf(':') + 1) + ERASED;
            if (theirs && !notice.equals(erased)) {
                int at = i;
                notices.queued.set(at, erased);
                tx.onRollback(() -> notices.queued.set(at, notice));
                changed++;
            }
        }
        erasures.add(changed);
        int total = changed;
        tx.onRollback(() -> erasures.remove(erasures.size() - 1));
        return total;
    }

    private static void setEmail(Booking booking, String email) {
        try {
            Field field = Booking.class.getDeclaredField("customerEmail");
            field.setAccessible(true);
            field.set(booking, email);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
