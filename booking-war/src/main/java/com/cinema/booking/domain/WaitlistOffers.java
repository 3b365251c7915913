package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The waitlist of sold-out showtimes (issue #21; docs/decisions/0012-waitlist.md). Joining, leaving and every offer
 * happen under the showtime's hold lock ({@link ShowtimeHoldLocks}), the lock that {@link SeatRelease} takes before it
 * frees seats: freed seats are offered in the very transaction that frees them, so no one else can take them first,
 * and on any number of replicas the offers of one showtime are made one after the other, each seeing the seats the
 * one before it took. An offer is a HELD booking of the waiting customer that runs for the offer window; when it
 * ends unpaid its seats are freed like any hold's, which offers them to the next entry.
 */
@ApplicationScoped
public class WaitlistOffers {

    private static final Logger LOG = Logger.getLogger(WaitlistOffers.class.getName());

    /** Entries listed for a customer per page; showtimes the safety net looks at per sweep at most. */
    static final int LIST_LIMIT = 50;
    static final int SWEEP_LIMIT = 100;
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, LIST_LIMIT);

    @Inject
    Waitlist waitlist;

    @Inject
    Transactions transactions;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    BookingStore bookings;

    @Inject
    SeatLocks seatLocks;

    @Inject
    SeatEvents seatEvents;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    ShowtimeHoldLocks holdLocks;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    BookingSettings settings;

    @Inject
    WaitlistSettings waitlistSettings;

    @Inject
    BookingNotices notices;

    @Inject
    SeatHolds holds;

    @Inject
    CustomerLocks customerLocks;

    @Inject
    Clock clock;

    /**
     * Puts the customer on the showtime's waitlist for {@code seats} seats: VALIDATION on {@code seats} unless 1 to
     * 10; CONFLICT when the showtime is cancelled or has started, when fewer than that many seats are not free (it is
     * not sold out for them: hold them instead), or when the customer is on its waitlist already. Lock contention
     * that outlasts the retries is CONFLICT ({@link Contention}) with the customer not put on it.
     */
    public WaitlistEntry join(long userId, String email, long showtimeId, Integer seats) {
        int wanted = WaitlistSeats.wanted(seats);
        Supplier<String> notJoined = () -> Contention.busy("The waitlist of showtime " + showtimeId,
                "you were not put on it");
        Showtime showtime = Contention.answering(notJoined, () -> transactions.inOne(() -> showtimes.find(showtimeId)))
                .orElseThrow(() -> new NotFoundException("Showtime", showtimeId));
        if (showtime.isCancelled()) {
            throw new ConflictException("Showtime " + showtimeId + " is cancelled");
        }
        if (!showtime.takesHoldsAt(clock.instant())) {
            throw new ConflictException("Showtime " + showtimeId + " has already started");
        }
        AuditoriumLayout layout = auditoriums.get(showtime.getAuditoriumId()).orElseThrow(() ->
                new ConflictException("The auditorium of showtime " + showtimeId + " no longer exists"));
        return Contention.answering(notJoined,
                () -> customerLocks.run(userId, () -> joinUnderLocks(userId, email, showtimeId, wanted, layout)));
    }

    /**
     * The join's transaction: the customer's own lock first, as a hold takes it (so a join racing with the erasure of
     * the customer's contact details, {@link ContactErasure}, is seen by it or waits for it), then the showtime's hold
     * lock (the order a hold takes them in).
     */
    private WaitlistEntry joinUnderLocks(long userId, String email, long showtimeId, int wanted, AuditoriumLayout layout) {
        return transactions.retrying(() -> {
            customerLocks.lock(userId);
            holdLocks.lock(showtimeId);
            Instant now = clock.instant();
            if (waitlist.active(showtimeId, userId).isPresent()) {
                throw new ConflictException("You are on the waitlist of showtime " + showtimeId + " already");
            }
            int free = WaitlistSeats.free(layout, occupancy.takenSeats(showtimeId, now).keySet()).size();
            if (free >= wanted) {
                throw new ConflictException("Showtime " + showtimeId + " is not sold out: " + free
                        + (free == 1 ? " seat is" : " seats are") + " free; hold them instead");
            }
            return waitlist.join(showtimeId, userId, wanted, email, now);
        });
    }

    /**
     * Takes the customer off the showtime's waitlist (LEFT); an offer still held is given back first (its seats go
     * to the next entry). NOT_FOUND when the customer is not on it. Lock contention that outlasts the retries is
     * CONFLICT ({@link Contention}): still on the waitlist, try again; or, once the offer was given back (which
     * ended the entry), left but not shown.
     */
    public WaitlistEntry leave(long userId, long showtimeId) {
        Supplier<String> stillOn = () -> Contention.busy("Your place on the waitlist of showtime " + showtimeId,
                "you are still on it");
        WaitlistEntry entry = Contention.answering(stillOn,
                        () -> transactions.inOne(() -> waitlist.active(showtimeId, userId)))
                .orElseThrow(() -> new NotFoundException("You are not on the waitlist of showtime " + showtimeId));
        boolean offerGivenBack = entry.status() == WaitlistStatus.OFFERED && entry.bookingId() != null;
        if (offerGivenBack) {
            // Releasing the offered hold ends the entry (LEFT) in the release's own transaction (contended: a
            // CONFLICT of the release's own, nothing released and the entry kept).
            holds.release(userId, entry.bookingId());
        }
        Supplier<String> left = () -> "You left the waitlist of showtime " + showtimeId
                + (offerGivenBack ? " and the seats offered to you were given back" : "")
                + ", but your entry cannot be shown right now; look at your waitlist again in a moment";
        Contention.answering(offerGivenBack ? left : stillOn, () -> transactions.retrying(() -> {
            holdLocks.lock(showtimeId);
            waitlist.active(showtimeId, userId).filter(e -> e.status() == WaitlistStatus.WAITING)
                    .ifPresent(e -> {
                        if (!waitlist.end(e, WaitlistStatus.LEFT, clock.instant())) {
                            throw new ConflictException("Your waitlist entry changed meanwhile; please look again");
                        }
                    });
            return null;
        }));
        return Contention.answering(left, () -> transactions.inOne(() -> waitlist.ofUser(userId, FIRST_PAGE))).stream()
                .filter(e -> e.id() == entry.id()).findFirst().orElse(entry);
    }

    /** A page (zero-based; null: the first) of the customer's entries, newest first, {@link #LIST_LIMIT} to a page. */
    public List<WaitlistEntry> ofCustomer(long userId, Integer page) {
        PageRequest request = PageRequest.of(page, LIST_LIMIT);
        return transactions.inOne(() -> waitlist.ofUser(userId, request));
    }

    /**
     * In the caller's transaction, before a booking's seats are freed ({@link SeatRelease}), under the showtime's
     * hold lock: the entry whose offer this booking was ends (EXPIRED when it ran out, LEFT when given back).
     */
    void offerEnding(Booking booking, Instant now) {
        waitlist.offeredWith(booking.getId()).ifPresent(entry -> {
            WaitlistStatus end = booking.getStatus() == BookingStatus.EXPIRED ? WaitlistStatus.EXPIRED : WaitlistStatus.LEFT;
            if (!waitlist.end(entry, end, now)) {
                throw new TransientStoreFailure(new IllegalStateException("waitlist entry " + entry.id() + " changed"));
            }
        });
    }

    /**
     * In the showtime's cancellation, before its holds are released: every WAITING and OFFERED entry ends as CLOSED
     * with a WAITLIST_CLOSED notice (an offered hold is then released with the others), so no customer keeps waiting
     * for a showtime that is off.
     */
    public void showtimeCancelled(long showtimeId, Instant now) {
        holdLocks.lock(showtimeId);
        int closed = closeEach(waitlist.activeOf(showtimeId), now);
        if (closed > 0) {
            LOG.fine(() -> "Closed " + closed + " waitlist entries of cancelled showtime " + showtimeId);
        }
    }

    /**
     * From the hold sweeper: entries still WAITING for a showtime that has started are CLOSED with a WAITLIST_CLOSED
     * notice, since nothing is offered for it any more; at most {@link #SWEEP_LIMIT} a run, in one transaction (the
     * next sweep closes the rest). No hold lock: an offer at this point is refused anyway (the showtime no longer
     * takes holds), and each change is conditional on the entry still waiting, like an offer's. Returns how many
     * this run closed.
     */
    public int closeStarted(Instant now) {
        return transactions.inOne(() -> closeEach(waitlist.waitingForStarted(now, SWEEP_LIMIT), now));
    }

    /** In the caller's transaction: {@link #close}s each entry; returns how many this transaction closed. */
    private int closeEach(List<WaitlistEntry> entries, Instant now) {
        int closed = 0;
        for (WaitlistEntry entry : entries) {
            if (close(entry, now)) {
                closed++;
            }
        }
        return closed;
    }

    /**
     * In the caller's transaction: the active entry ends as CLOSED and its customer is told, in that order and only
     * when this transaction's conditional change (status and version) won, so a notice never goes out for an entry
     * this transaction did not close, and a rollback takes the notice with the change. Losing means the entry changed
     * since it was read: another sweep or a cancellation closed it (and told the customer), or it was offered or left
     * just before.
     */
    private boolean close(WaitlistEntry entry, Instant now) {
        if (!waitlist.end(entry, WaitlistStatus.CLOSED, now)) {
            return false;
        }
        if (entry.email() != null) {
            notices.queue(entry, BookingNotices.Kind.WAITLIST_CLOSED);
        }
        return true;
    }

    /** In the checkout's transaction: an offer that was bought is ACCEPTED. */
    public void bought(Booking booking, Instant now) {
        waitlist.offeredWith(booking.getId()).ifPresent(entry -> {
            if (!waitlist.end(entry, WaitlistStatus.ACCEPTED, now)) {
                throw new TransientStoreFailure(new IllegalStateException("waitlist entry " + entry.id() + " changed"));
            }
        });
    }

    /**
     * In the caller's transaction, which holds the showtime's hold lock: offers the showtime's free seats to its
     * WAITING entries in joining order, each to the first entry they fit; returns the offers made. Nothing is offered
     * for a cancelled or started showtime, or while its layout cannot be read (the safety net tries again).
     */
    int offerFreeSeats(long showtimeId, Instant now) {
        List<WaitlistEntry> waiting = waitlist.waiting(showtimeId);
        if (waiting.isEmpty()) {
            return 0;
        }
        Showtime showtime = showtimes.find(showtimeId).orElse(null);
        if (showtime == null || showtime.isCancelled() || !showtime.takesHoldsAt(now)) {
            return 0;
        }
        // Nothing can fit when even every unlocked sellable seat is too few (the common case of a sold-out showtime):
        // no need to read the layout from the cinema service.
        Set<Long> locked = waitlist.lockedSeats(showtimeId);
        int fewestWanted = waiting.stream().mapToInt(WaitlistEntry::seats).min().orElseThrow();
        if (showtime.getCapacity() - locked.size() < fewestWanted) {
            return 0;
        }
        if (now.isBefore(layoutsDownUntil)) {
            return 0;
        }
        Optional<AuditoriumLayout> layout;
        try {
            layout = auditoriums.get(showtime.getAuditoriumId());
        } catch (RuntimeException e) {
            // The cinema service is down and the layout not cached: the seats are freed without an offer rather than
            // the release failing; the safety net offers them once the layout can be read. Offers do not ask again
            // for a while, so many releases during an outage add no storm of calls (and open no breaker for holds).
            layoutsDownUntil = now.plus(LAYOUT_BACKOFF);
            LOG.warning(() -> "No waitlist offer for showtime " + showtimeId + " now (its layout cannot be read): " + e);
            return 0;
        }
        if (layout.isEmpty()) {
            return 0;
        }
        // Seats a lock row holds count as taken, even for a hold that ran out (the sweeper frees it, and that offers it).
        List<AuditoriumLayout.SeatInfo> free = new ArrayList<>(WaitlistSeats.free(layout.get(), locked));
        int offers = 0;
        for (WaitlistEntry entry : waiting) {
            Optional<List<AuditoriumLayout.SeatInfo>> seats = WaitlistSeats.pick(free, entry.seats());
            if (seats.isEmpty()) {
                continue;
            }
            Instant deadline = now.plus(waitlistSettings.offerWindow());
            Booking offer = new Booking(SeatHolds.newCode(), entry.userId(), showtimeId, showtime.getCurrency(), deadline,
                    HoldRequest.tickets(seats.get(), showtime.getBasePriceCents(), settings.pricing()));
            bookings.add(offer);
            if (!seatLocks.lock(showtimeId, offer.getId(), seats.get().stream().map(AuditoriumLayout.SeatInfo::id).toList(), now)) {
                // A hold without the showtime's lock (seat rules off) took one of them this instant: all again.
                throw new TransientStoreFailure(new IllegalStateException("a seat offered from the waitlist was taken"));
            }
            seatEvents.record(showtimeId, offer.getTickets(), SeatStatus.HELD, now);
            if (!waitlist.offer(entry, offer.getId(), deadline, now)) {
                throw new TransientStoreFailure(new IllegalStateException("waitlist entry " + entry.id() + " changed"));
            }
            if (entry.email() != null) {
                notices.queue(offer, BookingNotices.Kind.WAITLIST_OFFER, entry.email());
            }
            free.removeAll(seats.get());
            offers++;
        }
        return offers;
    }

    /** After a layout could not be read, offers wait this long before asking the cinema service again. */
    static final Duration LAYOUT_BACKOFF = Duration.ofSeconds(10);

    private volatile Instant lastSafetyNet = Instant.EPOCH;
    private volatile Instant layoutsDownUntil = Instant.EPOCH;

    /** From the hold sweeper: the safety net ({@link #offerWhereFree}) once per safety-net interval at most. */
    public int safetyNet(Instant now) {
        if (lastSafetyNet.plus(waitlistSettings.safetyNetInterval()).isAfter(now)) {
            return 0;
        }
        lastSafetyNet = now;
        return offerWhereFree(now);
    }

    /**
     * The safety net, every safety-net interval: offers whatever is free on showtimes with waiting entries, each showtime in a
     * transaction of its own under its hold lock. Seats freed while no entry was waiting yet, or while the layout
     * could not be read, reach the waitlist this way. Safe on every replica at once. Returns the offers made.
     */
    @SuppressWarnings("java:S1181")
    public int offerWhereFree(Instant now) {
        int offers = 0;
        for (Long showtimeId : transactions.inOne(() -> waitlist.showtimesWaiting(now, SWEEP_LIMIT))) {
            try {
                offers += transactions.inOne(() -> {
                    holdLocks.lock(showtimeId);
                    return offerFreeSeats(showtimeId, now);
                });
            } catch (TransientStoreFailure e) {
                // Another replica or a hold is busy with the showtime; the next sweep looks again.
            } catch (Throwable e) {
                LOG.log(Level.WARNING, "Offering free seats of showtime " + showtimeId + " to its waitlist failed: " + e, e);
            }
        }
        return offers;
    }
}
