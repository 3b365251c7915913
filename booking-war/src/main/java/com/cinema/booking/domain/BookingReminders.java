package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reminds customers of their showing: once a showtime is {@code cinema.booking.reminder.before} (3 hours) away, each
 * of its confirmed bookings gets one BOOKING_REMINDER notice (e-mail, and SMS when the customer opted in), unless the
 * booking was made within {@code cinema.booking.reminder.after-booking} (an hour): its confirmation is still fresh,
 * and the reminder waits until that hour has passed, if the showing has not started by then. Queued for every
 * confirmed booking: whether the customer still wants reminders is asked when it is sent (a customer who turned them
 * off gets it on no channel, {@code notification.NoticeComposer#outdated}). Run by the hold sweeper; safe on every
 * replica at once, as the outbox keeps one notice per booking, kind and channel.
 */
@ApplicationScoped
public class BookingReminders {

    /** Bookings reminded per sweep at most; the rest follow on the next one. */
    static final int BATCH = 200;

    @Inject
    BookingStore bookings;

    @Inject
    BookingNotices notices;

    @Inject
    Transactions transactions;

    @Inject
    BookingSettings settings;

    /** Queues the reminders due at {@code now}, in one transaction; returns how many bookings were reminded. */
    public int queueDue(Instant now) {
        Duration before = settings.reminderBefore();
        if (before.isZero() || before.isNegative()) {
            return 0;
        }
        return transactions.inOne(() -> {
            List<Long> due = bookings.dueForReminder(now, now.plus(before),
                    now.minus(settings.reminderAfterBooking()), BATCH);
            int reminded = 0;
            for (long id : due) {
                // Locked, in the query's order: a replica sweeping at the same moment waits here and then finds the
                // reminder queued, and a booking cancelled since the query is left alone.
                Booking booking = bookings.lockForChange(id).filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                        .orElse(null);
                if (booking != null) {
                    notices.queue(booking, BookingNotices.Kind.BOOKING_REMINDER, booking.getCustomerEmail());
                    reminded++;
                }
            }
            return reminded;
        });
    }
}
