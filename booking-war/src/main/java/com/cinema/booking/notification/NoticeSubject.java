package com.cinema.booking.notification;

/**
 * What a notice is about: a booking, or a waitlist entry (a closed entry may have no booking). An outbox row names
 * exactly one of the two (booking V14). The subject is the stem of the notice's message keys, so they stay the same
 * on every attempt; a booking's keys are those it had before entries had notices.
 */
public record NoticeSubject(Type type, long id) {

    public enum Type { BOOKING, WAITLIST_ENTRY }

    public static NoticeSubject booking(long bookingId) {
        return new NoticeSubject(Type.BOOKING, bookingId);
    }

    public static NoticeSubject waitlistEntry(long entryId) {
        return new NoticeSubject(Type.WAITLIST_ENTRY, entryId);
    }

    /** {@code booking-42} or {@code waitlist-entry-7}: the stem of the notice's Message-ID and SMS key. */
    public String key() {
        return (type == Type.BOOKING ? "booking-" : "waitlist-entry-") + id;
    }

    /** For logs: {@code booking 42}, {@code waitlist entry 7}. */
    @Override
    public String toString() {
        return (type == Type.BOOKING ? "booking " : "waitlist entry ") + id;
    }
}
