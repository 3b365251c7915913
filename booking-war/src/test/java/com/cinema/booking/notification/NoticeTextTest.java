package com.cinema.booking.notification;

import com.cinema.mail.MailMessage;
import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTextTest {

    // 18:30 UTC on a summer day: 19:30 in London (BST), 14:30 in New York (EDT).
    private static final Instant STARTS = Instant.parse("2031-07-04T18:30:00Z");

    /**
     * Stub Feature at Lumen Leicester Square, Screen 3, starting at {@link #STARTS}, in a cinema in {@code zone}
     * whose address is not known (the cinema service no longer has it).
     */
    private static NoticeText.Showing showing(String zone) {
        return new NoticeText.Showing("Stub Feature", "Lumen Leicester Square", "Screen 3", STARTS, zone, null);
    }

    /** An Adult ticket for a VIP seat. */
    private static NoticeText.Seat vip(String label, int priceCents) {
        return new NoticeText.Seat(label, "VIP", priceCents, TicketType.ADULT);
    }

    /** A Child ticket (A5, standard, 6.50), a Senior one (A6, premium, 9.50) and an Adult one (A7, standard, 10.00). */
    private static NoticeText.Facts mixedTickets(Kind kind, String recipient) {
        return new NoticeText.Facts(42, "K7QH2MZP", kind, recipient, showing("Europe/London"), List.of(
                new NoticeText.Seat("A5", "STANDARD", 650, TicketType.CHILD),
                new NoticeText.Seat("A6", "PREMIUM", 950, TicketType.SENIOR),
                new NoticeText.Seat("A7", "STANDARD", 1000, TicketType.ADULT)), 2600, "GBP",
                Instant.parse("2031-07-04T17:45:00Z"));
    }

    private static NoticeText.Facts facts(Kind kind, String zone, String currency, int... prices) {
        List<NoticeText.Seat> seats = new java.util.ArrayList<>();
        int total = 0;
        for (int i = 0; i < prices.length; i++) {
            seats.add(vip("F" + (7 + i), prices[i]));
            total += prices[i];
        }
        return new NoticeText.Facts(42, "K7QH2MZP", kind, "ann@example.org", showing(zone), seats, total, currency);
    }

    @Test
    void theConfirmationShowsTheCinemasLocalTimeSeatsAndTotal() {
        MailMessage mail = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Europe/London", "GBP", 1250, 1250));

        assertThat(mail.to()).isEqualTo("ann@example.org");
        assertThat(mail.subject()).contains("Stub Feature").contains("K7QH2MZP");
        assertThat(mail.body())
                .contains("Lumen Leicester Square, Screen 3")
                .contains("Friday 4 July 2031, 19:30 (Europe/London time)")
                .contains("F7 (VIP)  £12.50").contains("F8 (VIP)  £12.50")
                .contains("Total paid: £25.00")
                .doesNotContain("Refund").doesNotContain("Address:");
    }

    @Test
    void theCinemasAddressIsNamedUnderItWhenKnown() {
        NoticeText.Facts f = facts(Kind.BOOKING_REMINDER, "Europe/London", "GBP", 1250);
        NoticeText.Showing there = new NoticeText.Showing("Stub Feature", "Lumen Leicester Square", "Screen 3",
                STARTS, "Europe/London", new Venues.Place("24-26 Leicester Square, London", 51.5103, -0.1301));
        MailMessage mail = NoticeText.compose(new NoticeText.Facts(f.bookingId(), f.bookingCode(), f.kind(),
                f.recipient(), there, f.seats(), f.totalCents(), f.currency()));

        assertThat(mail.body()).contains("Cinema:  Lumen Leicester Square, Screen 3\n"
                + "Address: 24-26 Leicester Square, London\n"
                + "When:    Friday 4 July 2031, 19:30 (Europe/London time)\n");
    }

    @Test
    void aScreeningOfAKindIsNamedAsSuchAndAnOrdinaryOneIsNot() {
        NoticeText.Facts f = facts(Kind.BOOKING_CONFIRMED, "Europe/London", "GBP", 1250);
        NoticeText.Showing subtitled = new NoticeText.Showing("Stub Feature", "Lumen Leicester Square", "Screen 3",
                STARTS, "Europe/London", null, Set.of(ScreeningFeature.RELAXED, ScreeningFeature.SUBTITLED));
        MailMessage mail = NoticeText.compose(new NoticeText.Facts(f.bookingId(), f.bookingCode(), f.kind(),
                f.recipient(), subtitled, f.seats(), f.totalCents(), f.currency()));

        assertThat(mail.body()).contains("When:    Friday 4 July 2031, 19:30 (Europe/London time)\n"
                + "Type:    Subtitled, Relaxed screening\n");
        assertThat(NoticeText.compose(f).body()).doesNotContain("Type:").doesNotContain("screening\n");

        // the SMS has no rows: the kind goes with the film's title
        SmsMessage sms = NoticeText.sms(new NoticeText.Facts(f.bookingId(), f.bookingCode(), f.kind(), "+447700900123",
                subtitled, f.seats(), f.totalCents(), f.currency()));
        assertThat(sms.text()).contains("Stub Feature (Subtitled, Relaxed), Lumen Leicester Square Screen 3, ");
        assertThat(NoticeText.sms(new NoticeText.Facts(f.bookingId(), f.bookingCode(), f.kind(), "+447700900123",
                f.showing(), f.seats(), f.totalCents(), f.currency())).text())
                .contains("Stub Feature, Lumen").doesNotContain("(Subtitled");
    }

    @Test
    void aTicketOtherThanAdultIsNamedWithItsSeatInEveryNoticeThatListsSeats() {
        for (Kind kind : List.of(Kind.BOOKING_CONFIRMED, Kind.BOOKING_REMINDER, Kind.BOOKING_CANCELLED,
                Kind.SHOWTIME_CANCELLED, Kind.WAITLIST_OFFER)) {
            assertThat(NoticeText.compose(mixedTickets(kind, "ann@example.org")).body()).as(kind.name())
                    .contains("  A5 (Standard, Child)  £6.50\n")
                    .contains("  A6 (Premium, Senior)  £9.50\n")
                    .contains("  A7 (Standard)  £10.00\n")
                    .doesNotContain("Adult");
        }
        assertThat(NoticeText.compose(mixedTickets(Kind.BOOKING_CONFIRMED, "ann@example.org")).body())
                .contains("Total paid: £26.00");

        assertThat(NoticeText.sms(mixedTickets(Kind.BOOKING_CONFIRMED, "+447700900123")).text())
                .contains(". Seats A5 (Child), A6 (Senior), A7. Show the QR code");
        assertThat(NoticeText.sms(mixedTickets(Kind.BOOKING_REMINDER, "+447700900123")).text())
                .contains(". Seats A5 (Child), A6 (Senior), A7 (booking K7QH2MZP)");
        assertThat(NoticeText.sms(mixedTickets(Kind.WAITLIST_OFFER, "+447700900123")).text())
                .contains(". Seats A5 (Child), A6 (Senior), A7 held until");
        assertThat(NoticeText.sms(mixedTickets(Kind.BOOKING_CANCELLED, "+447700900123")).text())
                .as("a cancellation names the refund, not the seats").doesNotContain("A5").contains("Refund £26.00");
    }

    @Test
    void anotherZoneAndCurrencyAreFormattedTheirOwnWay() {
        MailMessage usd = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "America/New_York", "USD", 1999));
        assertThat(usd.body()).contains("Friday 4 July 2031, 14:30 (America/New_York time)").contains("Total paid: US$19.99");

        MailMessage eur = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Europe/Dublin", "EUR", 105));
        assertThat(eur.body()).contains("Friday 4 July 2031, 19:30 (Europe/Dublin time)").contains("€1.05");

        MailMessage yen = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Asia/Tokyo", "JPY", 1800));
        assertThat(yen.body()).contains("Saturday 5 July 2031, 03:30 (Asia/Tokyo time)").contains("JP¥1,800");
    }

    @Test
    void aReminderNamesTheShowingInTheCinemasTimeAndTheSeatsButNoMoney() {
        MailMessage mail = NoticeText.compose(facts(Kind.BOOKING_REMINDER, "Europe/London", "GBP", 1250, 1250));
        assertThat(mail.subject()).isEqualTo("Reminder: Stub Feature at Fri 4 Jul 19:30 - booking K7QH2MZP");
        assertThat(mail.messageId()).isEqualTo("<booking-42.booking_reminder@cinema.booking>");
        assertThat(mail.body())
                .startsWith("See you soon: your film starts at Friday 4 July 2031, 19:30 (Europe/London time).")
                .contains("Lumen Leicester Square, Screen 3").contains("F7 (VIP)").contains("F8 (VIP)")
                .contains("Show the QR code of your booking K7QH2MZP at the door")
                .doesNotContain("Total paid").doesNotContain("Refund");

        SmsMessage sms = NoticeText.sms(facts(Kind.BOOKING_REMINDER, "America/New_York", "USD", 1999));
        assertThat(sms.text()).isEqualTo("Cinema: see you soon! Stub Feature, Lumen Leicester Square Screen 3, "
                + "Fri 4 Jul 14:30. Seats F7 (booking K7QH2MZP). Show its QR code at the door.");
    }

    @Test
    void cancellationsNameTheRefund() {
        MailMessage cancelled = NoticeText.compose(facts(Kind.BOOKING_CANCELLED, "Europe/London", "GBP", 900));
        assertThat(cancelled.subject()).contains("cancelled");
        assertThat(cancelled.body()).contains("Refund: £9.00").doesNotContain("Total paid");

        MailMessage showtime = NoticeText.compose(facts(Kind.SHOWTIME_CANCELLED, "Europe/London", "GBP", 900));
        assertThat(showtime.body()).contains("cancelled by the cinema").contains("Refund: £9.00");
    }

    @Test
    void aWaitlistOfferNamesTheShowtimeSeatsAndTheDeadlineInTheCinemasTime() {
        // Held until 17:45 UTC = 18:45 in London.
        NoticeText.Facts offer = new NoticeText.Facts(42, "K7QH2MZP", Kind.WAITLIST_OFFER, "ann@example.org",
                showing("Europe/London"), List.of(vip("F7", 1250)), 1250, "GBP",
                Instant.parse("2031-07-04T17:45:00Z"));

        MailMessage mail = NoticeText.compose(offer);
        assertThat(mail.subject()).isEqualTo("Seats for you from the waitlist: Stub Feature - pay by Fri 4 Jul 18:45");
        assertThat(mail.body())
                .contains("holding them for you as booking K7QH2MZP until Friday 4 July 2031, 18:45 (Europe/London time)")
                .contains("next customer on the waitlist")
                .contains("Friday 4 July 2031, 19:30 (Europe/London time)")
                .contains("F7 (VIP)  £12.50").contains("Total to pay: £12.50")
                .doesNotContain("Refund").doesNotContain("Total paid");
        assertThat(mail.messageId()).isEqualTo("<booking-42.waitlist_offer@cinema.booking>");

        SmsMessage sms = NoticeText.sms(new NoticeText.Facts(42, "K7QH2MZP", Kind.WAITLIST_OFFER, "+447700900123",
                showing("Europe/London"), List.of(vip("F7", 1250)), 1250, "GBP",
                Instant.parse("2031-07-04T17:45:00Z")));
        assertThat(sms.text()).contains("Stub Feature").contains("Seats F7 held until Fri 4 Jul 18:45")
                .contains("K7QH2MZP").contains("£12.50");
        assertThat(sms.idempotencyKey()).isEqualTo("booking-42.waitlist_offer.sms");
    }

    private static NoticeText.WaitlistClosedFacts closed(String recipient, int seats, NoticeText.ClosedBecause reason) {
        return new NoticeText.WaitlistClosedFacts(7, recipient, showing("Europe/London"), seats, reason, 901);
    }

    @Test
    void aWaitlistEntryClosedByTheCancellationSaysSoWithTheShowingAndNothingCharged() {
        MailMessage mail = NoticeText.compose(
                closed("ann@example.org", 2, NoticeText.ClosedBecause.SHOWTIME_CANCELLED));

        assertThat(mail.to()).isEqualTo("ann@example.org");
        assertThat(mail.subject()).isEqualTo("Showing cancelled - your waitlist place for Stub Feature");
        assertThat(mail.body())
                .startsWith("We are sorry: the showing below has been cancelled by the cinema. You were on its "
                        + "waitlist for 2 seats; your place on it has ended and nothing was charged.")
                .contains("Film:    Stub Feature")
                .contains("Cinema:  Lumen Leicester Square, Screen 3")
                .contains("When:    Friday 4 July 2031, 19:30 (Europe/London time)")
                .contains("Seats wanted: 2")
                .doesNotContain("no seats came free").doesNotContain("Refund").doesNotContain("booking");
        assertThat(mail.messageId()).isEqualTo("<waitlist-entry-7.waitlist_closed@cinema.booking>");

        SmsMessage sms = NoticeText.sms(closed("+447700900123", 2, NoticeText.ClosedBecause.SHOWTIME_CANCELLED));
        assertThat(sms.to()).isEqualTo("+447700900123");
        assertThat(sms.text()).isEqualTo("Cinema: sorry, the cinema cancelled Stub Feature, Lumen Leicester Square "
                + "Screen 3, Fri 4 Jul 19:30. You were on its waitlist for 2 seats; nothing was charged.");
        assertThat(sms.idempotencyKey()).isEqualTo("waitlist-entry-7.waitlist_closed.sms");
    }

    @Test
    void aWaitlistEntryClosedAtTheStartSaysNoSeatsCameFree() {
        MailMessage mail = NoticeText.compose(closed("ann@example.org", 1, NoticeText.ClosedBecause.SHOWTIME_STARTED));

        assertThat(mail.subject()).isEqualTo("No seats came free from the waitlist: Stub Feature");
        assertThat(mail.body())
                .startsWith("We are sorry: the showing below has started and no seats came free for you. You were on "
                        + "its waitlist for 1 seat; your place on it has ended and nothing was charged.")
                .contains("When:    Friday 4 July 2031, 19:30 (Europe/London time)")
                .contains("Seats wanted: 1")
                .doesNotContain("cancelled");
        assertThat(mail.messageId()).as("the same notice whatever the reason")
                .isEqualTo("<waitlist-entry-7.waitlist_closed@cinema.booking>");

        SmsMessage sms = NoticeText.sms(closed("+447700900123", 1, NoticeText.ClosedBecause.SHOWTIME_STARTED));
        assertThat(sms.text()).isEqualTo("Cinema: sorry, no seats came free for you from the waitlist of Stub Feature, "
                + "Lumen Leicester Square Screen 3, Fri 4 Jul 19:30 (1 seat). It has started; nothing was charged.");
        assertThat(sms.text().length()).as("fits two SMS parts").isLessThanOrEqualTo(306);
    }

    @Test
    void aBookingsFactsNeverComposeANoticeAboutAWaitlistEntry() {
        assertThatThrownBy(() -> NoticeText.compose(facts(Kind.WAITLIST_CLOSED, "Europe/London", "GBP", 900)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeText.sms(facts(Kind.WAITLIST_CLOSED, "Europe/London", "GBP", 900)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMessageIdIsStablePerBookingAndKind() {
        MailMessage once = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Europe/London", "GBP", 900));
        MailMessage again = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Europe/London", "GBP", 900));
        MailMessage cancel = NoticeText.compose(facts(Kind.BOOKING_CANCELLED, "Europe/London", "GBP", 900));

        assertThat(once.messageId()).isEqualTo(again.messageId()).isEqualTo("<booking-42.booking_confirmed@cinema.booking>");
        assertThat(cancel.messageId()).isNotEqualTo(once.messageId());
    }

    @Test
    void theSmsSaysWhatMattersInOneShortText() {
        NoticeText.Facts confirmed = new NoticeText.Facts(42, "K7QH2MZP", Kind.BOOKING_CONFIRMED, "+447700900123",
                showing("Europe/London"), List.of(vip("F7", 1250),
                        vip("F8", 1250)), 2500, "GBP");
        SmsMessage sms = NoticeText.sms(confirmed);

        assertThat(sms.to()).isEqualTo("+447700900123");
        assertThat(sms.idempotencyKey()).isEqualTo("booking-42.booking_confirmed.sms");
        assertThat(sms.text()).contains("K7QH2MZP confirmed").contains("Stub Feature")
                .contains("Lumen Leicester Square Screen 3").contains("Fri 4 Jul 19:30").contains("Seats F7, F8");
        assertThat(sms.text().length()).as("fits two SMS parts").isLessThanOrEqualTo(306);

        SmsMessage cancelled = NoticeText.sms(facts(Kind.BOOKING_CANCELLED, "Europe/London", "GBP", 900));
        assertThat(cancelled.text()).contains("is cancelled").contains("Refund £9.00");
        assertThat(cancelled.idempotencyKey()).isEqualTo("booking-42.booking_cancelled.sms");
        SmsMessage showtime = NoticeText.sms(facts(Kind.SHOWTIME_CANCELLED, "Europe/London", "GBP", 900));
        assertThat(showtime.text()).contains("the cinema cancelled").contains("Refund £9.00");
    }

    @Test
    void eachChannelHasItsOwnStableMessageKey() {
        assertThat(NoticeText.messageKey(NoticeSubject.booking(42), Kind.BOOKING_CONFIRMED, Channel.EMAIL))
                .as("e-mails keep the Message-ID they had before channels")
                .isEqualTo("<booking-42.booking_confirmed@cinema.booking>");
        assertThat(NoticeText.messageKey(NoticeSubject.booking(42), Kind.BOOKING_CONFIRMED, Channel.SMS))
                .isEqualTo("booking-42.booking_confirmed.sms");
        assertThat(new OutboxNotice(1, NoticeSubject.booking(42), Kind.SHOWTIME_CANCELLED, Channel.SMS,
                OutboxNotice.customerRecipient(7), 0, STARTS).customerId()).isEqualTo(7);
    }

    @Test
    void aWaitlistEntryAndABookingWithTheSameIdHaveDifferentKeys() {
        assertThat(NoticeText.messageKey(NoticeSubject.waitlistEntry(42), Kind.WAITLIST_CLOSED, Channel.EMAIL))
                .isEqualTo("<waitlist-entry-42.waitlist_closed@cinema.booking>");
        assertThat(new OutboxNotice(1, NoticeSubject.waitlistEntry(42), Kind.WAITLIST_CLOSED, Channel.SMS,
                OutboxNotice.customerRecipient(7), 0, STARTS).messageKey())
                .isEqualTo("waitlist-entry-42.waitlist_closed.sms")
                .isNotEqualTo(NoticeText.messageKey(NoticeSubject.booking(42), Kind.WAITLIST_CLOSED, Channel.SMS));
    }

    /** Facts of an e-mail that carries the booking's tickets, copy {@code copy}, with or without their QR code. */
    private static NoticeText.Facts withTickets(Kind kind, int copy, boolean attached) {
        NoticeText.Facts f = facts(kind, "Europe/London", "GBP", 1250);
        return new NoticeText.Facts(f.bookingId(), f.bookingCode(), kind, f.recipient(), f.showing(), f.seats(),
                f.totalCents(), f.currency(), null, copy, attached);
    }

    @Test
    void anEmailWithTheQrCodeAttachedSaysItIsTheTicketAndNamesItsFile() {
        MailMessage confirmed = NoticeText.compose(withTickets(Kind.BOOKING_CONFIRMED, 0, true));
        MailMessage reminder = NoticeText.compose(withTickets(Kind.BOOKING_REMINDER, 0, true));

        assertThat(NoticeText.ticketFileName("K7QH2MZP")).isEqualTo("ticket-K7QH2MZP.png");
        for (MailMessage mail : List.of(confirmed, reminder)) {
            assertThat(mail.body()).contains("Your ticket is the QR code attached to this e-mail "
                    + "(ticket-K7QH2MZP.png): show it at the door, on your phone or printed.");
        }
        assertThat(NoticeText.compose(withTickets(Kind.BOOKING_CONFIRMED, 0, false)).body())
                .as("no attachment: the ticket is under My bookings").doesNotContain("attached")
                .contains("Show the QR code of your booking K7QH2MZP at the door (under My bookings).");
    }

    @Test
    void onlyTheKindsThatCarryTheTicketsAttachTheirQrCode() {
        assertThat(java.util.Arrays.stream(Kind.values()).filter(NoticeText::carriesTickets))
                .containsExactlyInAnyOrder(Kind.BOOKING_CONFIRMED, Kind.BOOKING_REMINDER, Kind.TICKETS_SENT_AGAIN);
    }

    @Test
    void theShowingGoesInTheCalendarWithTheTicketsAndIsMarkedCancelledWithACancellation() {
        String add = "To add the showing to your calendar, open the attached showing-K7QH2MZP.ics.";
        assertThat(NoticeText.compose(withTickets(Kind.BOOKING_CONFIRMED, 0, true)).body()).contains(add);
        assertThat(NoticeText.compose(withTickets(Kind.TICKETS_SENT_AGAIN, 1, true)).body()).contains(add);
        assertThat(NoticeText.compose(withTickets(Kind.BOOKING_CONFIRMED, 0, false)).body())
                .as("a booking no longer confirmed when its confirmation goes out").doesNotContain(".ics");
        assertThat(NoticeText.compose(withTickets(Kind.BOOKING_REMINDER, 0, true)).body()).doesNotContain(".ics");
        for (Kind cancellation : List.of(Kind.BOOKING_CANCELLED, Kind.SHOWTIME_CANCELLED)) {
            assertThat(NoticeText.compose(facts(cancellation, "Europe/London", "GBP", 900)).body())
                    .endsWith("Refund: £9.00 to the way you paid.\n\nIf the showing is in your calendar, open the "
                            + "attached showing-K7QH2MZP.ics to mark it cancelled there.\n");
        }

        assertThat(java.util.Arrays.stream(Kind.values()).filter(kind -> NoticeText.attachesCalendar(kind, true)))
                .containsExactlyInAnyOrder(Kind.BOOKING_CONFIRMED, Kind.TICKETS_SENT_AGAIN, Kind.BOOKING_CANCELLED,
                        Kind.SHOWTIME_CANCELLED);
        assertThat(java.util.Arrays.stream(Kind.values()).filter(kind -> NoticeText.attachesCalendar(kind, false)))
                .containsExactlyInAnyOrder(Kind.BOOKING_CANCELLED, Kind.SHOWTIME_CANCELLED);
        // Only those the customer adds (not the cancellations) offer "Add to Google Calendar", whose link is built
        // for them alone.
        assertThat(java.util.Arrays.stream(Kind.values()).filter(kind -> NoticeText.addsToCalendar(kind, true)))
                .containsExactlyInAnyOrder(Kind.BOOKING_CONFIRMED, Kind.TICKETS_SENT_AGAIN);
        assertThat(java.util.Arrays.stream(Kind.values()).filter(kind -> NoticeText.addsToCalendar(kind, false)))
                .isEmpty();
    }

    @Test
    void ticketsSentAgainAreTheConfirmationsFactsUnderTheirOwnSubjectAndANumberedMessageId() {
        MailMessage first = NoticeText.compose(withTickets(Kind.TICKETS_SENT_AGAIN, 1, true));
        MailMessage second = NoticeText.compose(withTickets(Kind.TICKETS_SENT_AGAIN, 2, true));

        assertThat(first.subject()).isEqualTo("Your tickets again: Stub Feature - booking K7QH2MZP");
        assertThat(first.body()).startsWith("As you asked, here are the tickets of your booking K7QH2MZP again.")
                .contains("Friday 4 July 2031, 19:30 (Europe/London time)").contains("F7 (VIP)  £12.50")
                .contains("Total paid: £12.50").contains("attached to this e-mail (ticket-K7QH2MZP.png)");
        // Each copy is its own message: a mail server that drops repeats by Message-ID must not drop the second.
        assertThat(first.messageId()).isEqualTo("<booking-42.tickets_sent_again.1@cinema.booking>");
        assertThat(second.messageId()).isEqualTo("<booking-42.tickets_sent_again.2@cinema.booking>");
        assertThat(NoticeText.messageKey(NoticeSubject.booking(42), Kind.BOOKING_CONFIRMED, Channel.EMAIL, 0))
                .as("copy 0 is every other notice, keyed as before").isEqualTo("<booking-42.booking_confirmed@cinema.booking>");
    }

    @Test
    void seatTypesAreNamedAsTheSeatMapNamesThem() {
        assertThat(java.util.stream.Stream.of("STANDARD", "PREMIUM", "VIP", "WHEELCHAIR", "COUPLE", "COMPANION")
                .map(NoticeText::seatTypeName)).containsExactly("Standard", "Premium", "VIP", "Wheelchair space",
                "Couple seat", "Companion seat");
    }

    @Test
    void ticketsSentAgainNeverGoBySms() {
        assertThatThrownBy(() -> NoticeText.sms(withTickets(Kind.TICKETS_SENT_AGAIN, 1, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-mail only");
    }
}
