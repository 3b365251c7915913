package com.cinema.booking.notification;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingStore;
import com.cinema.booking.domain.MovieCatalogue;
import com.cinema.booking.domain.MovieSummary;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeStore;
import com.cinema.booking.domain.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gathers a notice's facts through the domain's ports (one read transaction, then the other services). */
@ApplicationScoped
public class NoticeComposer {

    @Inject
    BookingStore bookings;

    @Inject
    ShowtimeStore showtimes;

    @Inject
    MovieCatalogue movies;

    @Inject
    Venues venues;

    @Inject
    Transactions transactions;

    private record Stored(Booking booking, Showtime showtime) {
    }

    /** The e-mail of a notice, to the notice's recipient. */
    public MailMessage compose(OutboxNotice notice) {
        return NoticeText.compose(facts(notice, notice.recipient()));
    }

    /** The SMS of a notice, to {@code phone} (the number the user service gave at send time). */
    public SmsMessage composeSms(OutboxNotice notice, String phone) {
        return NoticeText.sms(facts(notice, phone));
    }

    private NoticeText.Facts facts(OutboxNotice notice, String recipient) {
        Stored stored = transactions.inOne(() -> {
            Booking booking = bookings.find(notice.bookingId()).orElseThrow(() -> new IllegalStateException(
                    "Booking " + notice.bookingId() + " of notice " + notice.id() + " does not exist"));
            return new Stored(booking, showtimes.find(booking.getShowtimeId()).orElseThrow());
        });
        Showtime showtime = stored.showtime();
        // Titles and names are looked up at sending time: a missing one (deleted since) is named by id.
        String title = movies.movie(showtime.getMovieId()).map(MovieSummary::title)
                .orElse("Movie " + showtime.getMovieId());
        Venues.Venue venue = venues.venue(showtime.getCinemaId(), showtime.getAuditoriumId())
                .orElse(new Venues.Venue("Cinema " + showtime.getCinemaId(), "Screen " + showtime.getAuditoriumId()));
        Booking booking = stored.booking();
        return new NoticeText.Facts(booking.getId(), booking.getCode(), notice.kind(),
                recipient, title, venue.cinemaName(), venue.auditoriumName(), showtime.getStartsAt(),
                showtime.getTimeZone(), booking.getTickets().stream()
                        .map(t -> new NoticeText.Seat(t.getSeatLabel(), t.getSeatType(), t.getPriceCents())).toList(),
                booking.getTotalCents(), booking.getCurrency(), booking.getHoldExpiresAt());
    }
}
