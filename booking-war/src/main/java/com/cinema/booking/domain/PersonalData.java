package com.cinema.booking.domain;

import java.time.Instant;

/**
 * What the booking database holds about a customer that closes their account (port; the adapter is
 * {@code persistence.PersonalDataTable}): what they still have open, and the erasure of their contact details. Both
 * run inside the caller's {@link Transactions} transaction, under the customer's lock ({@link CustomerHolds#lock}).
 * Bookings, tickets, payment references and the user id stay (accounting); only contact details go.
 */
public interface PersonalData {

    /** The customer's open commitments at {@code now} ({@link OpenCommitments}). */
    OpenCommitments openCommitments(long userId, Instant now);

    /**
     * Erases the customer's contact details: the e-mail address of every booking and waitlist entry of theirs is
     * cleared, every outbox row about them names an erased recipient instead, and each of those rows still PENDING is
     * SKIPPED (never sent) with the account's closing as the reason. Returns the rows changed: 0 when nothing was left
     * to erase (a repeat).
     */
    int erase(long userId, Instant now);
}
