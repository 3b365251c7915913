package com.cinema.booking.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.testing.MutableClock;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The booking service's use cases wired to in-memory fakes of every port and a clock the test moves: no
 * server, no database. The fake transactions undo what the fake stores did when the work throws, so
 * all-or-nothing rules can be checked; {@link FakeTransactions#failAfter} plays lock contention.
 */
final class InMemoryBookingService {

    static final Instant START = Instant.parse("2026-12-04T12:00:00Z");
    static final Duration HOLD = Duration.ofMinutes(10);
    static final Duration GAP = Duration.ofMinutes(15);
    static final Duration CUTOFF = Duration.ofHours(2);
    static final Duration REMINDER_BEFORE = Duration.ofHours(3);
    static final Duration REMINDER_AFTER_BOOKING = Duration.ofHours(1);
    static final Duration RECONCILE_AFTER = Duration.ofMinutes(2);
    static final Duration OFFER_WINDOW = Duration.ofMinutes(15);

    final MutableClock clock = new MutableClock(START);
    /** How old a cached layout may be that stands in while the cinema service is down (a test may shorten it). */
    Duration auditoriumCacheMaxStale = Duration.ofMinutes(15);
    final FakeTransactions transactions = new FakeTransactions();
    final FakeBookings bookings = new FakeBookings(transactions);
    final FakeShowtimes showtimes = new FakeShowtimes(transactions);
    final FakeSeatLocks seatLocks = new FakeSeatLocks(transactions);
    final FakeSeatEvents seatEvents = new FakeSeatEvents(transactions);
    final FakeOccupancy occupancy = new FakeOccupancy(seatLocks, bookings);
    final List<Long> scheduleLocks = new ArrayList<>();
    /** Showtimes whose hold lock a hold took (the seat rules' serialisation), in order. */
    final List<Long> holdLocks = new ArrayList<>();
    final SeatRuleSettings seatRuleSettings = new SeatRuleSettings();
    final Map<Long, MovieSummary> movies = new HashMap<>();
    final Map<Long, AuditoriumLayout> auditoriums = new HashMap<>();
    final Map<Long, String> timeZones = new HashMap<>();
    final CountingMetrics metrics = new CountingMetrics();
    final FakeCustomerHolds customerHolds = new FakeCustomerHolds(bookings, transactions);
    HoldQuota holdQuota = new HoldQuota(10, 20);
    final BookingSettings settings = new BookingSettings() {
        @Override
        public HoldQuota holdQuota() {
            return holdQuota;
        }

        @Override
        public Duration holdDuration() {
            return HOLD;
        }

        @Override
        public Duration cleaningGap() {
            return GAP;
        }

        @Override
        public int maxRunDays() {
            return 28;
        }

        @Override
        public Duration reminderBefore() {
            return REMINDER_BEFORE;
        }

        @Override
        public Duration reminderAfterBooking() {
            return REMINDER_AFTER_BOOKING;
        }

        @Override
        public Duration auditoriumCacheTtl() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration auditoriumCacheMaxStale() {
            return InMemoryBookingService.this.auditoriumCacheMaxStale;
        }

        @Override
        public Duration seatEventRetention() {
            return Duration.ofHours(1);
        }

        @Override
        public SeatPricing pricing() {
            return new SeatPricing(SeatPricing.DEFAULT_SURCHARGES);
        }

        @Override
        public Duration cancellationCutoff() {
            return CUTOFF;
        }

        @Override
        public Duration reconcileAfter() {
            return RECONCILE_AFTER;
        }
    };
    final FakePayments payments = new FakePayments();
    final FakeCoupons coupons = new FakeCoupons();
    final FakeNotices notices = new FakeNotices(transactions);
    final CheckoutSettlement settlement = new CheckoutSettlement();
    final BookingCancellation cancellation = new BookingCancellation();
    final Checkout checkout = new Checkout();
    final CouponApplication couponApplication = new CouponApplication();
    final CheckoutReconciler reconciler = new CheckoutReconciler();
    /** The ticket types on sale (a test may configure others). */
    TicketTypes ticketTypes = TicketTypes.defaults();
    final TicketTypeSettings ticketTypeSettings = new TicketTypeSettings() {
        @Override
        public TicketTypes ticketTypes() {
            return ticketTypes;
        }
    };
    /** Movie ids the ticket type change asked the movie service for, in order. */
    final List<Long> movieLookups = new ArrayList<>();
    final TicketTypeChange ticketTypeChange = new TicketTypeChange();

    final AuditoriumCache auditoriumCache = new AuditoriumCache();
    final SeatRelease seatRelease = new SeatRelease();
    final HoldExpiry expiry = new HoldExpiry();
    final SeatHolds holds = new SeatHolds();
    final ShowtimeSchedule schedule = new ShowtimeSchedule();
    final ShowtimeListings listings = new ShowtimeListings();
    final BookingLedger ledger = new BookingLedger();
    final FakeWaitlist waitlist = new FakeWaitlist(transactions, seatLocks);
    final WaitlistSettings waitlistSettings = new WaitlistSettings();
    final WaitlistOffers waitlistOffers = new WaitlistOffers();
    final FakePersonalData personalData = new FakePersonalData(transactions, bookings, showtimes, waitlist, notices);
    final ContactErasure erasure = new ContactErasure();
    final CustomerLocks customerLocks = new CustomerLocks();
    final BookingReminders reminders = new BookingReminders();
    /** The hold sweeper's rounds, run by the test: expiry, the waitlist's safety net and closing, reminders, pruning. */
    final HoldSweeper sweeper = new HoldSweeper();

    /** Gives a hold expiry (this service's own, or a test's subclass of it) this service's ports. */
    <T extends HoldExpiry> T wired(T holdExpiry) {
        holdExpiry.bookings = bookings;
        holdExpiry.seats = seatRelease;
        holdExpiry.transactions = transactions;
        holdExpiry.metrics = metrics;
        holdExpiry.occupancy = occupancy;
        return holdExpiry;
    }

    InMemoryBookingService() {
        seatRuleSettings.companionReleaseBefore = Duration.ofHours(2);
        CinemaEstate estate = new CinemaEstate() {
            @Override
            public Optional<AuditoriumLayout> auditorium(long id) {
                return Optional.ofNullable(auditoriums.get(id));
            }

            @Override
            public Optional<String> timeZone(long cinemaId) {
                return Optional.ofNullable(timeZones.get(cinemaId));
            }
        };
        auditoriumCache.estate = estate;
        auditoriumCache.settings = settings;
        auditoriumCache.clock = clock;

        seatRelease.locks = seatLocks;
        seatRelease.events = seatEvents;
        seatRelease.holdLocks = holdLocks::add;
        seatRelease.waitlist = waitlistOffers;

        waitlist.showtimes = showtimes;
        waitlistSettings.offerWindow = OFFER_WINDOW;
        waitlistSettings.safetyNetInterval = Duration.ofMinutes(1);
        waitlistOffers.waitlist = waitlist;
        waitlistOffers.transactions = transactions;
        waitlistOffers.showtimes = showtimes;
        waitlistOffers.bookings = bookings;
        waitlistOffers.seatLocks = seatLocks;
        waitlistOffers.seatEvents = seatEvents;
        waitlistOffers.occupancy = occupancy;
        waitlistOffers.holdLocks = holdLocks::add;
        waitlistOffers.auditoriums = auditoriumCache;
        waitlistOffers.settings = settings;
        waitlistOffers.waitlistSettings = waitlistSettings;
        waitlistOffers.notices = notices;
        waitlistOffers.holds = holds;
        customerLocks.transactions = transactions;
        customerLocks.customerHolds = customerHolds;
        waitlistOffers.customerLocks = customerLocks;
        waitlistOffers.clock = clock;

        erasure.transactions = transactions;
        erasure.customerLocks = customerLocks;
        erasure.personalData = personalData;
        erasure.clock = clock;

        sweeper.expiry = expiry;
        sweeper.events = seatEvents;
        sweeper.bookings = bookings;
        sweeper.transactions = transactions;
        sweeper.settings = settings;
        sweeper.metrics = metrics;
        sweeper.waitlist = waitlistOffers;
        sweeper.reminders = reminders;
        sweeper.clock = clock;

        reminders.bookings = bookings;
        reminders.notices = notices;
        reminders.transactions = transactions;
        reminders.settings = settings;
        bookings.showtimes = showtimes;
        bookings.notices = notices;
        bookings.clock = clock;

        wired(expiry);

        holds.transactions = transactions;
        holds.bookings = bookings;
        holds.showtimes = showtimes;
        holds.seatLocks = seatLocks;
        holds.customerHolds = customerHolds;
        holds.customerLocks = customerLocks;
        holds.seatEvents = seatEvents;
        holds.seatRelease = seatRelease;
        holds.expiry = expiry;
        holds.auditoriums = auditoriumCache;
        holds.settings = settings;
        holds.metrics = metrics;
        holds.clock = clock;
        holds.occupancy = occupancy;
        holds.holdLocks = holdLocks::add;
        holds.seatRules = seatRuleSettings;

        schedule.showtimes = showtimes;
        schedule.bookings = bookings;
        schedule.scheduleLocks = scheduleLocks::add;
        schedule.occupancy = occupancy;
        schedule.seatRelease = seatRelease;
        schedule.transactions = transactions;
        schedule.movies = id -> Optional.ofNullable(movies.get(id));
        schedule.estate = estate;
        schedule.auditoriums = auditoriumCache;
        schedule.settings = settings;
        schedule.clock = clock;
        schedule.waitlist = waitlistOffers;

        listings.showtimes = showtimes;
        listings.occupancy = occupancy;
        listings.transactions = transactions;
        listings.auditoriums = auditoriumCache;
        listings.settings = settings;
        listings.clock = clock;

        ledger.bookings = bookings;
        ledger.transactions = transactions;
        ledger.clock = clock;

        schedule.cancellation = cancellation;

        settlement.transactions = transactions;
        settlement.bookings = bookings;
        settlement.showtimes = showtimes;
        settlement.seatEvents = seatEvents;
        settlement.seatRelease = seatRelease;
        settlement.waitlist = waitlistOffers;
        settlement.notices = notices;
        settlement.coupons = coupons;
        settlement.cancellation = cancellation;
        settlement.metrics = metrics;
        settlement.clock = clock;

        cancellation.transactions = transactions;
        cancellation.bookings = bookings;
        cancellation.showtimes = showtimes;
        cancellation.seatRelease = seatRelease;
        cancellation.holds = holds;
        cancellation.notices = notices;
        cancellation.payments = payments;
        cancellation.coupons = coupons;
        cancellation.settings = settings;
        cancellation.metrics = metrics;
        cancellation.clock = clock;

        checkout.transactions = transactions;
        checkout.bookings = bookings;
        checkout.showtimes = showtimes;
        checkout.payments = payments;
        checkout.coupons = coupons;
        checkout.settlement = settlement;
        checkout.metrics = metrics;
        checkout.clock = clock;

        couponApplication.transactions = transactions;
        couponApplication.bookings = bookings;
        couponApplication.showtimes = showtimes;
        couponApplication.coupons = coupons;
        couponApplication.clock = clock;

        ticketTypeChange.transactions = transactions;
        ticketTypeChange.bookings = bookings;
        ticketTypeChange.showtimes = showtimes;
        ticketTypeChange.coupons = coupons;
        ticketTypeChange.movies = id -> {
            movieLookups.add(id);
            return Optional.ofNullable(movies.get(id));
        };
        ticketTypeChange.settings = ticketTypeSettings;
        ticketTypeChange.clock = clock;

        reconciler.transactions = transactions;
        reconciler.bookings = bookings;
        reconciler.payments = payments;
        reconciler.settlement = settlement;
        reconciler.cancellation = cancellation;
        reconciler.settings = settings;
        reconciler.metrics = metrics;
        reconciler.clock = clock;
    }

    /**
     * Auditorium 7 with one row of six standard seats (A1-A6, ids 1-6) and a two-hour showtime there five hours
     * after {@link #START}: the stage of most booking tests. {@code seatRules} switches the cinema's seat rules.
     */
    Showtime rowOfSixInFiveHours(boolean seatRules) {
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            seats.add(new AuditoriumLayout.SeatInfo(n, "A" + n, "A", n, n - 1, 0, "STANDARD", false));
        }
        auditoriums.put(7L, new AuditoriumLayout(7, 3, "STANDARD", 1, 6, seats, seatRules));
        return scheduled(7, START.plus(Duration.ofHours(5)), Duration.ofMinutes(120));
    }

    /** {@code userId} holds one seat of the showtime, with {@code coupon} applied unless it is null. */
    Booking held(long userId, long showtimeId, String seatId, String coupon) {
        Booking booking = holds.hold(userId, showtimeId, List.of(seatId));
        if (coupon != null) {
            couponApplication.apply(userId, booking.getId(), coupon);
        }
        return booking;
    }

    /** A showtime stored as scheduled, as if staff had created it (no checks). */
    Showtime scheduled(long auditoriumId, Instant start, Duration length) {
        AuditoriumLayout room = auditoriums.get(auditoriumId);
        Showtime showtime = new Showtime(1, room == null ? 1 : room.cinemaId(), auditoriumId, start, start.plus(length),
                1000, "GBP", "Europe/London", room == null ? 0 : room.capacity());
        transactions.inOne(() -> showtimes.add(showtime));
        return showtime;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the fakes ----

    /** Runs work at once; when it throws, undoes what the fake stores did in it (like a rollback). */
    static final class FakeTransactions implements Transactions {
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger begun = new AtomicInteger();
        private Deque<Runnable> undo;

        @Override
        public <T> T inOne(Supplier<T> work) {
            if (undo != null) {
                throw new IllegalStateException("transactions do not nest");
            }
            begun.incrementAndGet();
            if (passes.getAndUpdate(n -> Math.max(0, n - 1)) == 0 && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new TransientStoreFailure(new RuntimeException("deadlock (played)"));
            }
            undo = new ArrayDeque<>();
            try {
                return work.get();
            } catch (RuntimeException e) {
                undo.forEach(Runnable::run);
                throw e;
            } finally {
                undo = null;
            }
        }

        @Override
        public <T> T retrying(Supplier<T> work) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return inOne(work);
                } catch (TransientStoreFailure e) {
                    if (attempt >= 4) {
                        throw e;
                    }
                }
            }
        }

        /** Every store call must run inside a transaction, as with the real adapters. */
        void requireOpen() {
            if (undo == null) {
                throw new IllegalStateException("store used outside a transaction");
            }
        }

        void onRollback(Runnable action) {
            requireOpen();
            undo.push(action);
        }

        /** Lets the next {@code skip} transactions run, then fails {@code count} as if deadlocked. */
        void failAfter(int skip, int count) {
            passes.set(skip);
            failures.set(count);
        }
    }

    static final class FakeBookings implements BookingStore {
        private final FakeTransactions tx;
        final Map<Long, Booking> rows = new LinkedHashMap<>();
        /** When each booking was made, by the test's clock (the entity's own stamp is the database's). */
        final Map<Long, Instant> madeAt = new HashMap<>();
        private final AtomicLong ids = new AtomicLong(100);
        FakeShowtimes showtimes;
        FakeNotices notices;
        Clock clock;

        FakeBookings(FakeTransactions tx) {
            this.tx = tx;
        }

        @Override
        public void add(Booking booking) {
            long id = ids.incrementAndGet();
            setId(booking, id);
            rows.put(id, booking);
            madeAt.put(id, clock.instant());
            tx.onRollback(() -> rows.remove(id));
        }

        @Override
        public Optional<Booking> find(long id) {
            tx.requireOpen();
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<Booking> lockForChange(long id) {
            return find(id);
        }

        @Override
        public List<Booking> ofUser(long userId, Boolean upcoming, Instant now, PageRequest page) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> b.getUserId() == userId).skip(page.offset()).limit(page.size())
                    .toList();
        }

        @Override
        public List<Booking> search(BookingSearch search, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countMatching(BookingSearch search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Booking> byIds(Collection<Long> ids, Long owner) {
            throw new UnsupportedOperationException();
        }

        /** Deliberately looser than the SQL (any status): the domain must re-check each candidate itself. */
        @Override
        public List<Long> runOutHolds(Instant now, int limit) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> !b.getHoldExpiresAt().isAfter(now))
                    .map(Booking::getId).limit(limit).toList();
        }

        @Override
        public List<Long> runOutHoldsLocking(long showtimeId, Collection<Long> seatIds, Instant now) {
            return runOutHolds(now, Integer.MAX_VALUE).stream()
                    .filter(id -> rows.get(id).getShowtimeId() == showtimeId && rows.get(id).getTickets().stream()
                            .anyMatch(t -> seatIds.contains(t.getSeatId())))
                    .toList();
        }

        @Override
        public List<Long> heldOf(long showtimeId) {
            tx.requireOpen();
            return rows.values().stream()
                    .filter(b -> b.getShowtimeId() == showtimeId && b.getStatus() == BookingStatus.HELD)
                    .map(Booking::getId).toList();
        }

        @Override
        public List<Long> inStepSince(CheckoutStep step, Instant before, int limit) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> b.getCheckoutStep() == step
                    && !b.getCheckoutStepAt().isAfter(before)).map(Booking::getId).limit(limit).toList();
        }

        @Override
        public List<Long> paymentPendingSince(Instant before, int limit) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> b.getStatus() == BookingStatus.PAYMENT_PENDING
                    && !b.getCheckoutStepAt().isAfter(before)).map(Booking::getId).limit(limit).toList();
        }

        @Override
        public List<Long> confirmedOf(long showtimeId) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> b.getShowtimeId() == showtimeId
                    && b.getStatus() == BookingStatus.CONFIRMED).map(Booking::getId).toList();
        }

        @Override
        public List<Long> dueForReminder(Instant now, Instant startsBy, Instant madeBy, int limit) {
            tx.requireOpen();
            return rows.values().stream().filter(b -> {
                Showtime showtime = showtimes.rows.get(b.getShowtimeId());
                return b.getStatus() == BookingStatus.CONFIRMED && b.getCustomerEmail() != null
                        && !showtime.isCancelled() && showtime.getStartsAt().isAfter(now)
                        && !showtime.getStartsAt().isAfter(startsBy) && !madeAt.get(b.getId()).isAfter(madeBy)
                        && notices.queued.stream().noneMatch(n -> n.startsWith(b.getId() + ":" + BookingNotices.Kind.BOOKING_REMINDER + ":"));
            }).sorted(Comparator.comparing((Booking b) -> showtimes.rows.get(b.getShowtimeId()).getStartsAt())
                    .thenComparing(Booking::getId)).limit(limit).map(Booking::getId).toList();
        }

        @Override
        public Optional<Long> withIdempotencyKey(long userId, String idempotencyKey) {
            tx.requireOpen();
            return rows.values().stream()
                    .filter(b -> b.getUserId() == userId && idempotencyKey.equals(b.getIdempotencyKey()))
                    .map(Booking::getId).findFirst();
        }

        @Override
        public long activeHolds(Instant now) {
            tx.requireOpen();
            return rows.values().stream()
                    .filter(b -> b.getStatus() == BookingStatus.HELD && b.getHoldExpiresAt().isAfter(now)).count();
        }
    }

    /** Counts from the fake bookings; the lock is only recorded (the fakes run one transaction at a time). */
    static final class FakeCustomerHolds implements CustomerHolds {
        private final FakeBookings bookings;
        private final FakeTransactions tx;
        final List<Long> locked = new ArrayList<>();
        final java.util.Set<Long> registered = new java.util.HashSet<>();
        int registrations;

        FakeCustomerHolds(FakeBookings bookings, FakeTransactions tx) {
            this.bookings = bookings;
            this.tx = tx;
        }

        @Override
        public void register(long userId) {
            tx.requireOpen();
            registrations++;
            registered.add(userId);
        }

        @Override
        public boolean lock(long userId) {
            tx.requireOpen();
            if (!registered.contains(userId)) {
                return false;
            }
            locked.add(userId);
            return true;
        }

        @Override
        public Map<Long, Integer> unpaidSeats(long userId, Instant now) {
            tx.requireOpen();
            Map<Long, Integer> seats = new HashMap<>();
            bookings.rows.values().stream()
                    .filter(b -> b.getUserId() == userId)
                    .filter(b -> (b.getStatus() == BookingStatus.HELD && b.getHoldExpiresAt().isAfter(now))
                            || b.getStatus() == BookingStatus.PAYMENT_PENDING)
                    .forEach(b -> seats.merge(b.getShowtimeId(), b.getTickets().size(), Integer::sum));
            return seats;
        }
    }

    static final class FakeShowtimes implements ShowtimeStore {
        private final FakeTransactions tx;
        final Map<Long, Showtime> rows = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong(500);

        FakeShowtimes(FakeTransactions tx) {
            this.tx = tx;
        }

        @Override
        public void add(Showtime showtime) {
            long id = ids.incrementAndGet();
            setId(showtime, id);
            rows.put(id, showtime);
            tx.onRollback(() -> rows.remove(id));
        }

        @Override
        public Optional<Showtime> find(long id) {
            tx.requireOpen();
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<Showtime> lockForChange(long id) {
            return find(id);
        }

        @Override
        public List<Showtime> findAll(Collection<Long> ids) {
            tx.requireOpen();
            return ids.stream().map(rows::get).filter(s -> s != null)
                    .sorted(Comparator.comparing(Showtime::getStartsAt)).toList();
        }

        @Override
        public List<Showtime> inAuditoriumBetween(long auditoriumId, Instant from, Instant to) {
            tx.requireOpen();
            return rows.values().stream().filter(s -> s.getAuditoriumId() == auditoriumId
                    && s.getStartsAt().isBefore(to) && s.getEndsAt().isAfter(from)).toList();
        }

        @Override
        public boolean anyStartingBetween(long auditoriumId, Instant from, Instant to) {
            tx.requireOpen();
            return rows.values().stream().anyMatch(s -> s.getAuditoriumId() == auditoriumId
                    && !s.getStartsAt().isBefore(from) && s.getStartsAt().isBefore(to));
        }

        @Override
        public List<Long> futureScheduled(Long movieId, Long cinemaId, Long auditoriumId, Instant now) {
            tx.requireOpen();
            return rows.values().stream().filter(s -> !s.isCancelled() && s.getStartsAt().isAfter(now)
                            && (movieId == null || s.getMovieId() == movieId)
                            && (cinemaId == null || s.getCinemaId() == cinemaId)
                            && (auditoriumId == null || s.getAuditoriumId() == auditoriumId))
                    .map(Showtime::getId).toList();
        }

        @Override
        public List<Showtime> search(ShowtimeSearch search) {
            tx.requireOpen();
            return rows.values().stream().filter(s -> !s.isCancelled()
                            && (search.from() == null || !s.getStartsAt().isBefore(search.from()))
                            && (search.to() == null || s.getStartsAt().isBefore(search.to()))
                            && s.getFeatures().containsAll(search.features()))
                    .sorted(Comparator.comparing(Showtime::getStartsAt)).toList();
        }
    }

    /** The locking booking's id by (showtime, seat), keyed like the table's primary key. */
    static final class FakeSeatLocks implements SeatLocks {
        private final FakeTransactions tx;
        final Map<List<Long>, Long> rows = new HashMap<>();

        FakeSeatLocks(FakeTransactions tx) {
            this.tx = tx;
        }

        @Override
        public boolean lock(long showtimeId, long bookingId, List<Long> seatIds, Instant now) {
            tx.requireOpen();
            if (seatIds.stream().anyMatch(seat -> rows.containsKey(List.of(showtimeId, seat)))) {
                return false;
            }
            for (Long seat : seatIds) {
                rows.put(List.of(showtimeId, seat), bookingId);
                tx.onRollback(() -> rows.remove(List.of(showtimeId, seat)));
            }
            return true;
        }

        @Override
        public void unlock(long bookingId) {
            Map<List<Long>, Long> removed = new HashMap<>();
            rows.entrySet().removeIf(e -> {
                if (e.getValue() == bookingId) {
                    removed.put(e.getKey(), e.getValue());
                    return true;
                }
                return false;
            });
            tx.onRollback(() -> rows.putAll(removed));
        }

        /** Which booking locks the seat of the showtime, or null. */
        Long holder(long showtimeId, long seatId) {
            return rows.get(List.of(showtimeId, seatId));
        }
    }

    static final class FakeSeatEvents implements SeatEvents {
        private final FakeTransactions tx;
        final List<SeatEvent> rows = new ArrayList<>();
        final Map<Long, Long> showtimeOf = new HashMap<>();

        FakeSeatEvents(FakeTransactions tx) {
            this.tx = tx;
        }

        @Override
        public void record(long showtimeId, Collection<Ticket> seats, SeatStatus status, Instant at) {
            int before = rows.size();
            for (Ticket seat : seats) {
                SeatEvent event = new SeatEvent(rows.size() + 1, seat.getSeatId(), seat.getSeatLabel(), status, at);
                rows.add(event);
                showtimeOf.put(event.sequence(), showtimeId);
            }
            tx.onRollback(() -> rows.subList(before, rows.size()).clear());
        }

        @Override
        public List<SeatEvent> after(long showtimeId, long sequence, Instant settledBy, int limit) {
            return rows.stream().filter(e -> showtimeOf.get(e.sequence()) == showtimeId && e.sequence() > sequence
                    && !e.occurredAt().isAfter(settledBy)).limit(limit).toList();
        }

        @Override
        public long lastSequence(long showtimeId, Instant settledBy) {
            return rows.stream().filter(e -> showtimeOf.get(e.sequence()) == showtimeId
                    && !e.occurredAt().isAfter(settledBy)).mapToLong(SeatEvent::sequence).max().orElse(0);
        }

        @Override
        public int prune(Instant before) {
            return 0;
        }

        /** "label:STATUS" of every event, oldest first. */
        List<String> described() {
            return rows.stream().map(e -> e.label() + ":" + e.status()).toList();
        }
    }

    /** Taken seats from the fake locks and bookings, by the domain's own rule of who keeps a seat. */
    static final class FakeOccupancy implements SeatOccupancy {
        private final FakeSeatLocks locks;
        private final FakeBookings bookings;

        FakeOccupancy(FakeSeatLocks locks, FakeBookings bookings) {
            this.locks = locks;
            this.bookings = bookings;
        }

        @Override
        public Map<Long, BookingStatus> takenSeats(long showtimeId, Instant now) {
            Map<Long, BookingStatus> taken = new HashMap<>();
            locks.rows.forEach((key, bookingId) -> {
                Booking booking = bookings.rows.get(bookingId);
                if (key.get(0) == showtimeId && keeps(booking, now)) {
                    taken.put(key.get(1), booking.getStatus());
                }
            });
            return taken;
        }

        @Override
        public Map<Long, Integer> takenCounts(Collection<Long> showtimeIds, Instant now) {
            Map<Long, Integer> counts = new HashMap<>();
            for (Long id : showtimeIds) {
                int taken = takenSeats(id, now).size();
                if (taken > 0) {
                    counts.put(id, taken);
                }
            }
            return counts;
        }

        private static boolean keeps(Booking booking, Instant now) {
            return booking.getStatus().keepsSeatsPastHoldTime()
                    || (booking.getStatus() == BookingStatus.HELD && booking.getHoldExpiresAt().isAfter(now));
        }
    }

    static final class CountingMetrics extends BookingMetrics {
        int conflicts;
        int created;
        int expired;

        @Override
        public void holdConflict() {
            conflicts++;
        }

        @Override
        public void holdCreated() {
            created++;
        }

        @Override
        public void holdsExpired(int count) {
            expired += count;
        }

        int released;

        @Override
        public void holdReleased() {
            released++;
        }

        /** The gauge's last reading; -1 until the first. */
        long activeHolds = -1;

        @Override
        public void activeHolds(long count) {
            activeHolds = count;
        }

        final List<String> checkouts = new ArrayList<>();
        final List<String> refunds = new ArrayList<>();
        final List<String> reconciled = new ArrayList<>();

        @Override
        public void checkout(String outcome) {
            checkouts.add(outcome);
        }

        @Override
        public void refund(String kind) {
            refunds.add(kind);
        }

        @Override
        public void reconciled(String decision) {
            reconciled.add(decision);
        }
    }
}
