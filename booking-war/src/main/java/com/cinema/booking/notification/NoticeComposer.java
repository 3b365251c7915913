package com.cinema.booking.notification;

import com.cinema.mail.MailMessage;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * Gathers a notice's facts through the domain's ports (one read transaction for its booking or waitlist entry and
 * their showtime, then the other services).
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

    /** The notice's booking or waitlist entry, and its showtime, as stored. */
    private record Stored<T>(T subject, Showtime showtime) {
    }

    /** The e-mail of a notice, to the notice's recipient. */
    public MailMessage compose(OutboxNotice notice) {
        return switch (notice.subject().type()) {
            case BOOKING -> NoticeText.compose(bookingFacts(notice, notice.recipient()));
            case WAITLIST_ENTRY -> NoticeText.compose(closedEntryFacts(notice, notice.recipient()));
        };
    }

    /** The SMS of a notice, to {@code phone} (the number the user service gave at send time). */
    public SmsMessage composeSms(OutboxNotice notice, String phone) {
        return switch (notice.subject().type()) {
            case BOOKING -> NoticeText.sms(bookingFacts(notice, phone));
            case WAITLIST_ENTRY -> NoticeText.sms(closedEntryFacts(notice, phone));
        };
    }

    /** A reminder goes out only while its booking is confirmed and its showing still to come. */
    @Override
    public Optional<String> outdated(OutboxNotice notice, Instant now) {
        if (notice.kind() != Kind.BOOKING_REMINDER) {
            return Optional.empty();
        }
        return transactions.inOne(() -> {
            Booking booking = bookings.find(notice.subject().id()).orElse(null);
            if (booking == null) {
                return Optional.of("booking " + notice.subject().id() + " no longer exists");
            }
            if (booking.getStatus() != BookingStatus.CONFIRMED) {
                return Optional.of("booking " + booking.getId() + " is " + booking.getStatus() + " now");
            }
            Showtime showtime = showtimes.find(booking.getShowtimeId()).orElseThrow();
            if (showtime.isCancelled() || !now.isBefore(showtime.getStartsAt())) {
                return Optional.of("the showing of booking " + booking.getId() + " has started or was cancelled");
            }
            return Optional.<String>empty();
        });
    }

    private NoticeText.Facts bookingFacts(OutboxNotice notice, String recipient) {
        Stored<Booking> stored = transactions.inOne(() -> {
            Booking booking = bookings.find(notice.subject().id()).orElseThrow(() -> missing(notice));
            return new Stored<>(booking, showtimes.find(booking.getShowtimeId()).orElseThrow());
        });
        Booking booking = stored.subject();
        return new NoticeText.Facts(booking.getId(), booking.getCode(), notice.kind(), recipient,
                showing(stored.showtime()), booking.getTickets().stream()
                        .map(t -> new NoticeText.Seat(t.getSeatLabel(), t.getSeatType(), t.getPriceCents())).toList(),
                booking.getTotalCents(), booking.getCurrency(), booking.getHoldExpiresAt());
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
                stored.subject().seats(), reason);
    }

    private NoticeText.Showing showing(Showtime showtime) {
        // Titles and names are looked up at sending time: a missing one (deleted since) is named by id.
        String title = movies.movie(showtime.getMovieId()).map(MovieSummary::title)
                .orElse("Movie " + showtime.getMovieId());
        Venues.Venue venue = venues.venue(showtime.getCinemaId(), showtime.getAuditoriumId())
                .orElse(new Venues.Venue("Cinema " + showtime.getCinemaId(), "Screen " + showtime.getAuditoriumId()));
        return new NoticeText.Showing(title, venue.cinemaName(), venue.auditoriumName(), showtime.getStartsAt(),
                showtime.getTimeZone());
    }

    private static IllegalStateException missing(OutboxNotice notice) {
        return new IllegalStateException("The " + notice.subject() + " of notice " + notice.id() + " does not exist");
    }
}
