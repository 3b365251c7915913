package com.cinema.booking.notification;

import com.cinema.mail.MailAttachment;
import com.cinema.mail.MailConfig;
import com.cinema.mail.MailMessage;
import com.cinema.qr.QrCodePng;
import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.BookingStore;
import com.cinema.booking.domain.MovieCatalogue;
import com.cinema.booking.domain.MovieSummary;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeStore;
import com.cinema.booking.domain.Transactions;
import com.cinema.booking.domain.Waitlist;
import com.cinema.booking.domain.WaitlistEntry;
import com.cinema.booking.ticket.TicketDoor;
import com.cinema.common.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers a notice's facts through the domain's ports (one read transaction for its booking or waitlist entry and
 * their showtime, then the other services), and tells whether a reminder is still to go out ({@link #outdated}). A
 * booking's calendar file for the booking page is composed here too ({@link #calendarOf}), from the same facts.
 */
@ApplicationScoped
public class NoticeComposer implements NoticeRelevance {

    @Inject
    BookingStore bookings;

    @Inject
    Waitlist waitlist;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    MovieCatalogue movies;

    @Inject
    Venues venues;

    @Inject
    Transactions transactions;

    @Inject
    TicketDoor door;

    @Inject
    Clock clock;

    @Inject
    MailConfig mail;

    @Inject
    NotificationSettings settings;

    /** Why a reminder to a customer who turned reminders off is skipped (on every channel). */
    static final String REMINDERS_OFF = "the customer turned reminders off";

    /** The notice's booking or waitlist entry, and its showtime, as stored. */
    private record Stored<T>(T subject, Showtime showtime) {
    }

    /** What the database says of a reminder: why it is outdated, or else whose booking it is about. */
    private record ReminderDue(String outdated, long customerId) {
    }

    /**
     * The e-mail of a notice, to the notice's recipient. One that carries a confirmed booking's tickets
     * ({@link NoticeText#carriesTickets}) attaches their signed pass as a QR code, the same the portal shows and the
     * door scans, so the e-mail alone gets the customer in; one about a booking's showing attaches it as a calendar
     * event ({@link NoticeText#attachesCalendar}: added with the tickets, marked cancelled with a cancellation).
     */
    public MailMessage compose(OutboxNotice notice) {
        return switch (notice.subject().type()) {
            case BOOKING -> bookingMail(notice);
            case WAITLIST_ENTRY -> NoticeText.compose(closedEntryFacts(notice, notice.recipient()),
                    new NoticeText.Links(settings.portalUrl(), null));
        };
    }

    private MailMessage bookingMail(OutboxNotice notice) {
        Stored<Booking> stored = storedBooking(notice);
        Booking booking = stored.subject();
        boolean confirmed = booking.getStatus() == BookingStatus.CONFIRMED;
        boolean withTicket = NoticeText.carriesTickets(notice.kind()) && confirmed;
        NoticeText.Facts facts = facts(stored, showing(stored.showtime()), notice, notice.recipient(), withTicket);
        ShowingCalendar.Event event = event(booking, facts.showing(), stored.showtime(),
                NoticeText.cancelsBooking(notice.kind()));
        String googleCalendar = NoticeText.addsToCalendar(notice.kind(), withTicket)
                ? settings.googleCalendarLink().flatMap(template -> ShowingCalendar.addLink(event, template))
                        .orElse(null)
                : null;
        MailMessage mail = NoticeText.compose(facts, new NoticeText.Links(settings.portalUrl(), googleCalendar));
        List<MailAttachment> attachments = new ArrayList<>();
        if (withTicket) {
            attachments.add(new MailAttachment(NoticeText.ticketFileName(booking.getCode()), "image/png",
                    QrCodePng.png(door.passOf(booking)), NoticeText.ticketContentId(booking.getCode())));
        }
        if (NoticeText.attachesCalendar(notice.kind(), confirmed)) {
            ShowingCalendar.File calendar = ShowingCalendar.of(event, organizer(), clock.instant());
            attachments.add(new MailAttachment(calendar.fileName(), ShowingCalendar.CONTENT_TYPE, calendar.bytes(),
                    null));
        }
        return mail.withAttachments(attachments);
    }

    /**
     * A confirmed booking's showing as a calendar file, for the booking page's "Add to calendar" (the caller has
     * already been allowed to see the booking). CONFLICT unless the booking is CONFIRMED; the film's title and the
     * cinema are asked of their services now, like an e-mail's.
     */
    public ShowingCalendar.File calendarOf(Booking booking) {
        if (booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new ConflictException("Booking " + booking.getCode() + " is " + booking.getStatus()
                    + ": only a confirmed booking's showing goes in a calendar");
        }
        Showtime showtime = transactions.inOne(() -> showtimes.find(booking.getShowtimeId()).orElseThrow());
        return ShowingCalendar.of(event(booking, showing(showtime), showtime, false), organizer(), clock.instant());
    }

    private ShowingCalendar.Organizer organizer() {
        return ShowingCalendar.Organizer.of(mail.from());
    }

    private static ShowingCalendar.Event event(Booking booking, NoticeText.Showing showing, Showtime showtime,
                                               boolean cancelled) {
        return new ShowingCalendar.Event(booking.getId(), booking.getCode(), showing, showtime.getEndsAt(),
                seats(booking), cancelled);
    }

    /** The SMS of a notice, to {@code phone} (the number the user service gave at send time). */
    public SmsMessage composeSms(OutboxNotice notice, String phone) {
        return switch (notice.subject().type()) {
            case BOOKING -> NoticeText.sms(bookingFacts(notice, phone));
            case WAITLIST_ENTRY -> NoticeText.sms(closedEntryFacts(notice, phone));
        };
    }

    /**
     * A reminder goes out only while its booking is confirmed, its showing still to come, and its customer (the
     * booking's owner) still wants reminders: the user service's {@code contactPreferences.reminders}, asked now like
     * the SMS opt-in, so turning them off after booking counts, on every channel. A customer the user service does not
     * know (or a closed account) gets none either. Asked last, so a reminder outdated anyway costs no call. Other kinds
     * are never outdated and never ask: confirmations, cancellations and waitlist notices are service messages a
     * customer cannot turn off. Throws when the user service cannot answer: the reminder is retried like any
     * transient failure ({@link NotificationSender}), not skipped.
     */
    @Override
    public Optional<String> outdated(OutboxNotice notice, Instant now, ContactDirectory contacts) {
        if (notice.kind() != Kind.BOOKING_REMINDER) {
            return Optional.empty();
        }
        ReminderDue due = transactions.inOne(() -> {
            Booking booking = bookings.find(notice.subject().id()).orElse(null);
            if (booking == null) {
                return new ReminderDue("booking " + notice.subject().id() + " no longer exists", 0);
            }
            if (booking.getStatus() != BookingStatus.CONFIRMED) {
                return new ReminderDue("booking " + booking.getId() + " is " + booking.getStatus() + " now", 0);
            }
            Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
            if (showtime.isCancelled() || !now.isBefore(showtime.getStartsAt())) {
                return new ReminderDue("the showing of booking " + booking.getId() + " has started or was cancelled",
                        0);
            }
            return new ReminderDue(null, booking.getUserId());
        });
        if (due.outdated() != null) {
            return Optional.of(due.outdated());
        }
        // Outside the transaction: no database connection is held while the user service answers.
        Optional<ContactDirectory.Contact> contact = contacts.contact(due.customerId());
        if (contact.isEmpty()) {
            return Optional.of(SmsChannel.UNKNOWN_CUSTOMER);
        }
        return contact.get().reminders() ? Optional.empty() : Optional.of(REMINDERS_OFF);
    }

    private NoticeText.Facts bookingFacts(OutboxNotice notice, String recipient) {
        Stored<Booking> stored = storedBooking(notice);
        return facts(stored, showing(stored.showtime()), notice, recipient, false);
    }

    private Stored<Booking> storedBooking(OutboxNotice notice) {
        return transactions.inOne(() -> {
            Booking booking = bookings.find(notice.subject().id()).orElseThrow(() -> missing(notice));
            return new Stored<>(booking, showtimes.find(booking.getShowtimeId()).orElseThrow());
        });
    }

    private NoticeText.Facts facts(Stored<Booking> stored, NoticeText.Showing showing, OutboxNotice notice,
                                   String recipient, boolean ticketAttached) {
        Booking booking = stored.subject();
        return new NoticeText.Facts(booking.getId(), booking.getCode(), notice.kind(), recipient, showing,
                seats(booking), booking.getTotalCents(), booking.getCurrency(), booking.getHoldExpiresAt(),
                notice.repeat(), ticketAttached);
    }

    private static List<NoticeText.Seat> seats(Booking booking) {
        return booking.getTickets().stream().map(t -> new NoticeText.Seat(t.getSeatLabel(), t.getSeatType(),
                t.getPriceCents(), t.getTicketType())).toList();
    }

    private NoticeText.WaitlistClosedFacts closedEntryFacts(OutboxNotice notice, String recipient) {
        if (notice.kind() != Kind.WAITLIST_CLOSED) {
            throw new IllegalStateException("Notice " + notice.id() + " about a waitlist entry is " + notice.kind());
        }
        Stored<WaitlistEntry> stored = transactions.inOne(() -> {
            WaitlistEntry entry = waitlist.find(notice.subject().id()).orElseThrow(() -> missing(notice));
            return new Stored<>(entry, showtimes.find(entry.showtimeId()).orElseThrow());
        });
        // An entry is closed by its showtime's cancellation or by the sweeper once the showtime started, and a
        // cancellation is never undone: a showtime not cancelled now had started. One cancelled after it started is
        // told as cancelled, which is what the customer finds true when the notice arrives.
        NoticeText.ClosedBecause reason = stored.showtime().isCancelled()
                ? NoticeText.ClosedBecause.SHOWTIME_CANCELLED : NoticeText.ClosedBecause.SHOWTIME_STARTED;
        return new NoticeText.WaitlistClosedFacts(stored.subject().id(), recipient, showing(stored.showtime()),
                stored.subject().seats(), reason, stored.showtime().getMovieId());
    }

    /**
     * The showing as the customer knows it. Film, cinema and screen are looked up at sending time: one missing
     * (deleted since) is named by id, and a cinema missing has no address.
     */
    private NoticeText.Showing showing(Showtime showtime) {
        Venues.Venue venue = venues.venue(showtime.getCinemaId(), showtime.getAuditoriumId())
                .orElse(new Venues.Venue("Cinema " + showtime.getCinemaId(), "Screen " + showtime.getAuditoriumId(),
                        null));
        String title = movies.movie(showtime.getMovieId()).map(MovieSummary::title)
                .orElse("Movie " + showtime.getMovieId());
        return new NoticeText.Showing(title, venue.cinemaName(), venue.auditoriumName(), showtime.getStartsAt(),
                showtime.getTimeZone(), venue.place(), showtime.getFeatures());
    }

    private static IllegalStateException missing(OutboxNotice notice) {
        return new IllegalStateException("The " + notice.subject() + " of notice " + notice.id() + " does not exist");
    }
}
