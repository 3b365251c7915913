package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.DownstreamServiceException;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.booking.BookingFilter;
import com.cinema.gateway.api.booking.BookingPage;
import com.cinema.gateway.api.booking.CouponQuote;
import com.cinema.gateway.api.booking.Notice;
import com.cinema.gateway.api.booking.PaymentInput;
import com.cinema.gateway.api.booking.Ticket;
import com.cinema.gateway.api.booking.TicketTypeChoice;
import com.cinema.gateway.api.booking.TicketTypeOffer;
import com.cinema.gateway.api.booking.TicketsSent;
import com.cinema.gateway.api.dashboard.SalesSummary;
import com.cinema.gateway.api.reward.LoyaltyProgress;
import com.cinema.gateway.api.dashboard.ShowtimeOccupancyPage;
import com.cinema.gateway.api.showtime.SchedulingRules;
import com.cinema.gateway.api.showtime.ScreeningFeature;
import com.cinema.gateway.api.showtime.SeatMap;
import com.cinema.gateway.api.showtime.Showtime;
import com.cinema.gateway.api.showtime.ShowtimeInput;
import com.cinema.gateway.api.waitlist.WaitlistEntry;
import com.cinema.gateway.seatevents.SeatEventBatch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Fault-tolerant calls to the booking service's GraphQL API. Only reads are retried (class-level {@code @Retry}):
 * a repeated hold could take seats twice over or answer SEAT_UNAVAILABLE for seats the first attempt took, and a
 * repeated schedule change could report a conflict with itself. Limits can be changed through MicroProfile
 * Config, e.g. {@code com.cinema.gateway.client.BookingServiceClient/Timeout/value=3000}.
 */
@ApplicationScoped
@UpstreamService("booking")
@Timeout(CallBudget.ATTEMPT_MS)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class BookingServiceClient {

    static final GraphQlOperation<List<Showtime>> SHOWTIMES = GraphQlOperation.queryForList("showtimes",
            Showtime.class, "movieId: ID", "cinemaId: ID", "date: Date", "from: DateTime", "to: DateTime",
            "features: [ScreeningFeature]");
    // One call for the showtimes of a whole list of movies or cinemas (Movie.showtimes / Cinema.showtimes on lists).
    static final GraphQlOperation<List<Showtime>> SHOWTIMES_OF = GraphQlOperation.queryForList("showtimesOf",
            Showtime.class, "movieIds: [String!]", "cinemaIds: [String!]", "date: Date", "from: DateTime",
            "to: DateTime");
    static final GraphQlOperation<Showtime> SHOWTIME = GraphQlOperation.query("showtime", Showtime.class, "id: ID!");
    // [String!]!: Liberty's SmallRye GraphQL 1.0 cannot validate @Id list arguments (docs/decisions).
    static final GraphQlOperation<List<Showtime>> SHOWTIMES_BY_IDS = GraphQlOperation.queryForList("showtimesByIds",
            Showtime.class, "ids: [String!]!");
    // The seat map as one JSON string: the booking service serialises one GraphQL field instead of nine per seat,
    // and this side parses it with JSON-B (docs/decisions/0005).
    static final GraphQlOperation<String> PACKED_SEAT_MAP = GraphQlOperation.query("packedSeatMap", String.class,
            "showtimeId: ID!");
    static final GraphQlOperation<SeatEventBatch> SEAT_EVENTS = GraphQlOperation.query("seatEvents",
            SeatEventBatch.class, "showtimeId: ID!", "after: Int");
    static final GraphQlOperation<List<Booking>> MY_BOOKINGS = GraphQlOperation.queryForList("myBookings",
            Booking.class, "upcoming: Boolean", "page: Int");
    static final GraphQlOperation<Booking> BOOKING = GraphQlOperation.query("booking", Booking.class, "id: ID!");
    static final GraphQlOperation<Integer> FORGET_MY_CONTACT_DETAILS = GraphQlOperation.mutation(
            "forgetMyContactDetails", Integer.class);
    static final GraphQlOperation<List<Booking>> BOOKINGS_BY_IDS = GraphQlOperation.queryForList("bookingsByIds",
            Booking.class, "ids: [String!]!");
    static final GraphQlOperation<List<LoyaltyMilestoneRef>> MY_LOYALTY_MILESTONES = GraphQlOperation.queryForList(
            "myLoyaltyMilestones", LoyaltyMilestoneRef.class);
    static final GraphQlOperation<LoyaltyProgress> MY_LOYALTY_PROGRESS = GraphQlOperation.query("myLoyaltyProgress",
            LoyaltyProgress.class);
    static final GraphQlOperation<List<WaitlistEntry>> MY_WAITLIST = GraphQlOperation.queryForList("myWaitlist",
            WaitlistEntry.class, "page: Int");
    static final GraphQlOperation<List<Notice>> MY_NOTICES = GraphQlOperation.queryForList("myNotices", Notice.class,
            "bookingId: ID");
    static final GraphQlOperation<List<Notice>> BOOKING_NOTICES = GraphQlOperation.queryForList("bookingNotices",
            Notice.class, "bookingId: ID!");
    static final GraphQlOperation<TicketsSent> SEND_TICKETS_AGAIN = GraphQlOperation.mutation("sendTicketsAgain",
            TicketsSent.class, "bookingId: ID!");
    static final GraphQlOperation<WaitlistEntry> JOIN_WAITLIST = GraphQlOperation.mutation("joinWaitlist",
            WaitlistEntry.class, "showtimeId: ID!", "seats: Int!");
    static final GraphQlOperation<WaitlistEntry> LEAVE_WAITLIST = GraphQlOperation.mutation("leaveWaitlist",
            WaitlistEntry.class, "showtimeId: ID!");
    static final GraphQlOperation<BookingPage> BOOKINGS = GraphQlOperation.query("bookings", BookingPage.class,
            "filter: BookingFilter", "page: Int", "size: Int");
    static final GraphQlOperation<Showtime> CREATE_SHOWTIME = GraphQlOperation.mutation("createShowtime",
            Showtime.class, "input: ShowtimeInput!");
    static final GraphQlOperation<List<Showtime>> SCHEDULE_SHOWTIME_RUN = GraphQlOperation.mutationForList(
            "scheduleShowtimeRun", Showtime.class, "input: ShowtimeInput!", "days: Int!");
    static final GraphQlOperation<Showtime> UPDATE_SHOWTIME = GraphQlOperation.mutation("updateShowtime",
            Showtime.class, "id: ID!", "input: ShowtimeInput!");
    static final GraphQlOperation<Showtime> CANCEL_SHOWTIME = GraphQlOperation.mutation("cancelShowtime",
            Showtime.class, "id: ID!");
    static final GraphQlOperation<Booking> HOLD_SEATS = GraphQlOperation.mutation("holdSeats", Booking.class,
            "showtimeId: ID!", "seatIds: [String!]!");
    static final GraphQlOperation<Booking> RELEASE_HOLD = GraphQlOperation.mutation("releaseHold", Booking.class,
            "bookingId: ID!");
    static final GraphQlOperation<CouponQuote> QUOTE_COUPON = GraphQlOperation.query("quoteCoupon",
            CouponQuote.class, "bookingId: ID!", "code: String!");
    static final GraphQlOperation<Booking> APPLY_COUPON = GraphQlOperation.mutation("applyCoupon", Booking.class,
            "bookingId: ID!", "code: String!");
    static final GraphQlOperation<Booking> REMOVE_COUPON = GraphQlOperation.mutation("removeCoupon", Booking.class,
            "bookingId: ID!");
    static final GraphQlOperation<List<TicketTypeOffer>> TICKET_TYPES = GraphQlOperation.queryForList("ticketTypes",
            TicketTypeOffer.class);
    static final GraphQlOperation<Booking> CHOOSE_TICKET_TYPES = GraphQlOperation.mutation("chooseTicketTypes",
            Booking.class, "bookingId: ID!", "tickets: [TicketTypeChoice!]!");
    static final GraphQlOperation<Booking> CHECKOUT = GraphQlOperation.mutation("checkout", Booking.class,
            "bookingId: ID!", "payment: PaymentInput!", "idempotencyKey: String!");
    static final GraphQlOperation<Booking> CANCEL_BOOKING = GraphQlOperation.mutation("cancelBooking",
            Booking.class, "bookingId: ID!");
    static final GraphQlOperation<Booking> REFUND_BOOKING = GraphQlOperation.mutation("refundBooking",
            Booking.class, "bookingId: ID!", "reason: String!");

    static final GraphQlOperation<SalesSummary> SALES_SUMMARY = GraphQlOperation.query("salesSummary",
            SalesSummary.class, "from: Date", "to: Date");
    static final GraphQlOperation<ShowtimeOccupancyPage> SHOWTIME_OCCUPANCY = GraphQlOperation.query(
            "showtimeOccupancy", ShowtimeOccupancyPage.class, "from: Date", "to: Date", "page: Int", "size: Int");

    static final GraphQlOperation<SchedulingRules> SCHEDULING_RULES = GraphQlOperation.query("schedulingRules",
            SchedulingRules.class);

    /** Yasson keeps its model of each class; one instance is thread-safe. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @ConfigProperty(name = "cinema.services.booking.url")
    String bookingServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient bookingService;

    @PostConstruct
    void connect() {
        bookingService = GraphQlClient.connect("booking", bookingServiceUrl, requestTimeout);
    }

    public List<Showtime> showtimes(String movieId, String cinemaId, LocalDate date, OffsetDateTime from,
                                    OffsetDateTime to, List<ScreeningFeature> features) {
        return bookingService.execute(SHOWTIMES, null, movieId, cinemaId, date, from, to, features);
    }

    public List<Showtime> showtimesOf(List<String> movieIds, List<String> cinemaIds, LocalDate date,
                                      OffsetDateTime from, OffsetDateTime to) {
        return bookingService.execute(SHOWTIMES_OF, null, movieIds, cinemaIds, date, from, to);
    }

    public Showtime showtime(String id) {
        return bookingService.execute(SHOWTIME, null, id);
    }

    public List<Showtime> showtimesByIds(List<String> ids) {
        return bookingService.execute(SHOWTIMES_BY_IDS, null, ids);
    }

    public SeatMap seatMap(String showtimeId) {
        String packed = bookingService.execute(PACKED_SEAT_MAP, null, showtimeId);
        if (packed == null) {
            return null;
        }
        try {
            return JSON.fromJson(packed, SeatMap.class);
        } catch (JsonbException e) {
            throw new DownstreamServiceException("booking", "packedSeatMap gave an unreadable answer: "
                    + e.getMessage(), e);
        }
    }

    /** Not retried: the seat-event poller asks again on its next tick anyway. Runs without a request context. */
    @Timeout(2000)
    @Retry(maxRetries = 0)
    public SeatEventBatch seatEvents(String showtimeId, Integer after) {
        return bookingService.execute(SEAT_EVENTS, null, showtimeId, after);
    }

    public List<Booking> myBookings(Boolean upcoming, Integer page) {
        return bookingService.execute(MY_BOOKINGS, caller.authorization(), upcoming, page);
    }

    /** The caller's loyalty milestones (issue #21). */
    public List<LoyaltyMilestoneRef> myLoyaltyMilestones() {
        return bookingService.execute(MY_LOYALTY_MILESTONES, caller.authorization());
    }

    /** The caller's confirmed bookings and the loyalty programme's milestones, reached or not. */
    public LoyaltyProgress myLoyaltyProgress() {
        return bookingService.execute(MY_LOYALTY_PROGRESS, caller.authorization());
    }

    /** The caller's waitlist entries (issue #21). */
    public List<WaitlistEntry> myWaitlist(Integer page) {
        return bookingService.execute(MY_WAITLIST, caller.authorization(), page);
    }

    /** The messages sent, or to be sent, to the caller about their bookings and waitlist places (or one booking). */
    public List<Notice> myNotices(String bookingId) {
        return bookingService.execute(MY_NOTICES, caller.authorization(), bookingId);
    }

    /** The messages about any customer's booking (staff). */
    public List<Notice> bookingNotices(String bookingId) {
        return bookingService.execute(BOOKING_NOTICES, caller.authorization(), bookingId);
    }

    /**
     * The booking service asks the user service for the customer's address: one inner call. Not retried: a repeat
     * would be a second e-mail (or, within the interval, a RATE_LIMITED answer for a request that went through).
     */
    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    @Retry(maxRetries = 0)
    public TicketsSent sendTicketsAgain(String bookingId) {
        return bookingService.execute(SEND_TICKETS_AGAIN, caller.authorization(), bookingId);
    }

    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    @Retry(maxRetries = 0)
    public WaitlistEntry joinWaitlist(String showtimeId, int seats) {
        return bookingService.execute(JOIN_WAITLIST, caller.authorization(), showtimeId, seats);
    }

    @Timeout(5000)
    @Retry(maxRetries = 0)
    public WaitlistEntry leaveWaitlist(String showtimeId) {
        return bookingService.execute(LEAVE_WAITLIST, caller.authorization(), showtimeId);
    }

    /**
     * Erases the caller's e-mail address and phone number from their bookings, waitlist entries and notices
     * (closing an account); CONFLICT, with nothing erased, while they have an upcoming booking, a hold or a waitlist
     * place. Retried like a read: a repeat finds nothing left to erase.
     */
    public Integer forgetMyContactDetails() {
        return bookingService.execute(FORGET_MY_CONTACT_DETAILS, caller.authorization());
    }

    public Booking booking(String id) {
        return bookingService.execute(BOOKING, caller.authorization(), id);
    }

    /** These bookings as far as the caller may see them (staff: all; a customer: their own), newest first. */
    public List<Booking> bookingsByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : bookingService.execute(BOOKINGS_BY_IDS, caller.authorization(), ids);
    }

    public BookingPage bookings(BookingFilter filter, Integer page, Integer size) {
        return bookingService.execute(BOOKINGS, caller.authorization(), filter, page, size);
    }

    @Timeout(CallBudget.THREE_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Showtime createShowtime(ShowtimeInput input) {
        return bookingService.execute(CREATE_SHOWTIME, caller.authorization(), input);
    }

    /** Not retried: a run that was scheduled but whose answer was lost would clash with itself when sent again. */
    @Timeout(CallBudget.THREE_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public List<Showtime> scheduleShowtimeRun(ShowtimeInput input, int days) {
        return bookingService.execute(SCHEDULE_SHOWTIME_RUN, caller.authorization(), input, days);
    }

    @Timeout(CallBudget.THREE_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Showtime updateShowtime(String id, ShowtimeInput input) {
        return bookingService.execute(UPDATE_SHOWTIME, caller.authorization(), id, input);
    }

    @Timeout(5000)
    @Retry(maxRetries = 0)
    public Showtime cancelShowtime(String id) {
        return bookingService.execute(CANCEL_SHOWTIME, caller.authorization(), id);
    }

    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    @Retry(maxRetries = 0)
    public Booking holdSeats(String showtimeId, List<String> seatIds) {
        return bookingService.execute(HOLD_SEATS, caller.authorization(), showtimeId, seatIds);
    }

    @Timeout(5000)
    @Retry(maxRetries = 0)
    public Booking releaseHold(String bookingId) {
        return bookingService.execute(RELEASE_HOLD, caller.authorization(), bookingId);
    }

    @Retry(maxRetries = 0)
    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    public CouponQuote quoteCoupon(String bookingId, String code) {
        return bookingService.execute(QUOTE_COUPON, caller.authorization(), bookingId, code);
    }

    /** The coupon service quotes the coupon, a second time when the tickets changed meanwhile: two inner calls. */
    @Timeout(CallBudget.TWO_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Booking applyCoupon(String bookingId, String code) {
        return bookingService.execute(APPLY_COUPON, caller.authorization(), bookingId, code);
    }

    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    @Retry(maxRetries = 0)
    public Booking removeCoupon(String bookingId) {
        return bookingService.execute(REMOVE_COUPON, caller.authorization(), bookingId);
    }

    /** Public and idempotent: the class's quick retry applies. */
    public List<TicketTypeOffer> ticketTypes() {
        return bookingService.execute(TICKET_TYPES, null);
    }

    /**
     * The booking service may ask the movie service for the film's age rating and the coupon service, twice at most,
     * for the hold's coupon quoted again: three inner calls.
     */
    @Timeout(CallBudget.THREE_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Booking chooseTicketTypes(String bookingId, List<TicketTypeChoice> tickets) {
        return bookingService.execute(CHOOSE_TICKET_TYPES, caller.authorization(), bookingId, tickets);
    }

    /**
     * Longer than the booking service's own chain (coupon, then payment with its processor, then confirmation), so
     * the customer never hears "failed" for a checkout that then succeeds; not retried here: the customer's
     * idempotency key makes a repeat safe, and the portal repeats with the same key.
     */
    @Timeout(CallBudget.CHECKOUT_MS)
    @Retry(maxRetries = 0)
    public Booking checkout(String bookingId, PaymentInput payment, String idempotencyKey) {
        return bookingService.execute(CHECKOUT, caller.authorization(), bookingId, payment, idempotencyKey);
    }

    @Timeout(CallBudget.TWO_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Booking cancelBooking(String bookingId) {
        return bookingService.execute(CANCEL_BOOKING, caller.authorization(), bookingId);
    }

    @Timeout(CallBudget.TWO_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public Booking refundBooking(String bookingId, String reason) {
        return bookingService.execute(REFUND_BOOKING, caller.authorization(), bookingId, reason);
    }

    static final GraphQlOperation<String> TICKET_PASS = GraphQlOperation.query("ticketPass", String.class,
            "bookingId: ID!");

    static final GraphQlOperation<Ticket> CHECK_IN_TICKET = GraphQlOperation.mutation("checkInTicket", Ticket.class,
            "payload: String!", "cinemaId: ID");

    /**
     * Staff at the door of {@code cinemaId} (null: a door that does not say): admits a scanned ticket once (never
     * retried: a repeat would read as a second scan).
     */
    @Retry(maxRetries = 0)
    public Ticket checkInTicket(String payload, String cinemaId) {
        return bookingService.execute(CHECK_IN_TICKET, caller.authorization(), payload, cinemaId);
    }

    /** The signed payload of a confirmed booking's tickets (its owner or staff), for the QR code. */
    public String ticketPass(String bookingId) {
        return bookingService.execute(TICKET_PASS, caller.authorization(), bookingId);
    }

    static final GraphQlOperation<CalendarFileRef> SHOWING_CALENDAR = GraphQlOperation.query("showingCalendar",
            CalendarFileRef.class, "bookingId: ID!");

    /**
     * A confirmed booking's showing as a calendar file (its owner or staff). The booking service asks the movie
     * service for the title and the cinema service for the cinema and screen; a read, but not retried: a second
     * try after that chain timed out would keep the customer waiting twice as long, and the button can be pressed
     * again.
     */
    @Timeout(CallBudget.THREE_INNER_CALLS_MS)
    @Retry(maxRetries = 0)
    public CalendarFileRef showingCalendar(String bookingId) {
        return bookingService.execute(SHOWING_CALENDAR, caller.authorization(), bookingId);
    }

    /** Staff's sales figures of a period (the dashboard); with the caller's own (ADMIN) token. */
    public SalesSummary salesSummary(LocalDate from, LocalDate to) {
        return bookingService.execute(SALES_SUMMARY, caller.authorization(), from, to);
    }

    /** One page of the period's showtimes with their seats sold (the occupancy export). */
    public ShowtimeOccupancyPage showtimeOccupancy(LocalDate from, LocalDate to, Integer page, Integer size) {
        return bookingService.execute(SHOWTIME_OCCUPANCY, caller.authorization(), from, to, page, size);
    }

    /** The booking service's scheduling rules (the admin scheduler's overlap preview); with the caller's token. */
    public SchedulingRules schedulingRules() {
        return bookingService.execute(SCHEDULING_RULES, caller.authorization());
    }
}
