package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A customer closing their account (right to erasure): the gateway asks this service, with the customer's own token,
 * to forget their contact details once the user service confirmed the password, and closes the account at the user
 * service after it. One transaction under the customer's own lock, the lock every hold and every waitlist join takes
 * first ({@link CustomerLocks}): a hold or join racing with the erasure either committed before it (and is seen,
 * so the erasure is refused) or waits for it (and comes after). While anything is open ({@link OpenCommitments}) the
 * erasure is refused with CONFLICT naming it, and nothing is written. Idempotent: a repeat (the gateway's retry, or
 * the customer's after a later step failed) finds nothing left and changes 0 rows.
 */
@ApplicationScoped
public class ContactErasure {

    private static final Logger LOG = Logger.getLogger(ContactErasure.class.getName());

    @Inject
    Transactions transactions;

    @Inject
    CustomerLocks customerLocks;

    @Inject
    PersonalData personalData;

    @Inject
    Clock clock;

    /**
     * Erases the customer's contact details unless something is still open (CONFLICT, e.g. "Your account still has 1
     * upcoming booking and 1 waitlist place: cancel or finish them first"); returns the rows changed, 0 on a repeat.
     * Lock contention that outlasts the retries is CONFLICT too, with nothing erased.
     */
    public int forget(long userId) {
        int changed = Contention.answering(() -> Contention.busy("Your account", "nothing was erased"),
                () -> customerLocks.run(userId, () -> eraseUnderLock(userId)));
        LOG.info(() -> "Contact details of customer " + userId + " erased: " + changed + " rows changed");
        return changed;
    }

    private int eraseUnderLock(long userId) {
        return transactions.retrying(() -> {
            customerLocks.lock(userId);
            // Read after the lock: a hold that committed while this waited for it counts.
            Instant now = clock.instant();
            OpenCommitments open = personalData.openCommitments(userId, now);
            if (!open.none()) {
                throw new ConflictException(open.message());
            }
            return personalData.erase(userId, now);
        });
    }
}
