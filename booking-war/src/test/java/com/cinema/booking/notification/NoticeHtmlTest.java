package com.cinema.booking.notification;

import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.TicketType;
import com.cinema.mail.MailMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML e-mails, read back with jsoup as a mail client would render them. */
class NoticeHtmlTest {

    private static final Instant STARTS = Instant.parse("2031-07-04T18:30:00Z");
    private static final Venues.Place PLACE = new Venues.Place("1 Leicester Square, London", 51.51, -0.13);

    private static NoticeText.Showing showing(String title) {
        return new NoticeText.Showing(title, "Lumen Leicester Square", "Screen 3", STARTS, "Europe/London", PLACE);
    }

    private static NoticeText.Facts facts(Kind kind, String title, boolean ticketAttached) {
        return new NoticeText.Facts(42, "K7QH2MZP", kind, "ann@example.org", showing(title), List.of(
                new NoticeText.Seat("F7", "VIP", 1250, TicketType.ADULT),
                new NoticeText.Seat("F8", "STANDARD", 650, TicketType.CHILD)), 1900, "GBP",
                Instant.parse("2031-07-04T17:45:00Z"), kind == Kind.TICKETS_SENT_AGAIN ? 1 : 0, ticketAttached);
    }

    private static Document html(MailMessage mail) {
        assertThat(mail.html()).as("an HTML body beside the text").isNotNull();
        return Jsoup.parse(mail.html());
    }

    @Test
    void theConfirmationShowsTheTicketsQrCodeInlineWithTheShowingSeatsAndTotal() {
        MailMessage mail = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Stub Feature", true));
        Document page = html(mail);

        assertThat(page.title()).isEqualTo(mail.subject());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Your booking is confirmed");

        Element qr = page.selectFirst("img");
        assertThat(qr.attr("src")).as("the attachment's Content-ID")
                .isEqualTo("cid:" + NoticeText.ticketContentId("K7QH2MZP"))
                .isEqualTo("cid:ticket-K7QH2MZP.png@cinema.booking");
        assertThat(qr.attr("alt")).isEqualTo("Ticket QR code of booking K7QH2MZP");
        assertThat(page.text()).contains("show this QR code at the door")
                .as("the text's pointer to the attached file is not repeated under the picture")
                .doesNotContain("attached to this e-mail (ticket-K7QH2MZP.png)");

        assertThat(rows(page, "table[role=presentation] tr:has(td + td)")).contains(
                List.of("Film", "Stub Feature"),
                List.of("Cinema", "Lumen Leicester Square, Screen 3"),
                List.of("Address", "1 Leicester Square, London"),
                List.of("When", "Friday 4 July 2031, 19:30 (Europe/London time)"));
        assertThat(page.select("th[scope=col]").eachText()).containsExactly("Seat", "Type", "Price");
        assertThat(rows(page, "thead ~ tbody > tr")).containsExactly(
                List.of("F7", "VIP", "£12.50"), List.of("F8", "Standard, Child", "£6.50"));
        assertThat(page.text()).contains("Total paid: £19.00")
                .contains("To add the showing to your calendar, open the attached showing-K7QH2MZP.ics.");
    }

    private static final String PORTAL = "https://cinema.example";
    private static final String GOOGLE = "https://calendar.example/render?action=TEMPLATE&text=Stub+Feature";

    /** Each link's words and address, as a mail client shows the HTML. */
    private static List<String> links(MailMessage mail) {
        return html(mail).select("a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
    }

    @Test
    void everyBookingEmailLinksToTheBookingsPageAndAnOfferToItsCheckout() {
        NoticeText.Links links = new NoticeText.Links(PORTAL, null);
        for (Kind kind : List.of(Kind.BOOKING_CONFIRMED, Kind.BOOKING_REMINDER, Kind.BOOKING_CANCELLED,
                Kind.SHOWTIME_CANCELLED, Kind.TICKETS_SENT_AGAIN)) {
            MailMessage mail = NoticeText.compose(facts(kind, "Stub Feature", NoticeText.carriesTickets(kind)), links);
            assertThat(links(mail)).as(kind.name()).containsExactly("View your booking " + PORTAL + "/#/bookings/42");
            assertThat(mail.body()).as(kind.name()).endsWith("\nView your booking: " + PORTAL + "/#/bookings/42\n");
        }
        MailMessage offer = NoticeText.compose(facts(Kind.WAITLIST_OFFER, "Stub Feature", false), links);
        assertThat(links(offer)).containsExactly("Pay for your seats " + PORTAL + "/#/checkout/42");
        assertThat(offer.body()).endsWith("Total to pay: £19.00\n\nPay for your seats: " + PORTAL + "/#/checkout/42\n");
        assertThat(links(NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Stub Feature", true)))).as("no portal set")
                .isEmpty();
    }

    @Test
    void theEmailsThatAddTheShowingToACalendarOfferGoogleCalendarBesideTheFile() {
        NoticeText.Links links = new NoticeText.Links(PORTAL, GOOGLE);
        for (Kind kind : List.of(Kind.BOOKING_CONFIRMED, Kind.TICKETS_SENT_AGAIN)) {
            MailMessage mail = NoticeText.compose(facts(kind, "Stub Feature", true), links);
            assertThat(links(mail)).as(kind.name()).containsExactly("View your booking " + PORTAL + "/#/bookings/42",
                    "Add to Google Calendar " + GOOGLE);
            assertThat(mail.html()).as("the & escaped in the attribute").contains("&amp;text").doesNotContain("&text");
            assertThat(mail.body()).as("not in the text: a line of hundreds of characters").doesNotContain(GOOGLE);
        }
        assertThat(links(NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Stub Feature", true),
                new NoticeText.Links(PORTAL, null)))).as("none configured").hasSize(1);
        assertThat(links(NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Stub Feature", false), links)))
                .as("a booking no longer confirmed when its confirmation goes out").hasSize(1);
        for (Kind kind : List.of(Kind.BOOKING_REMINDER, Kind.BOOKING_CANCELLED, Kind.SHOWTIME_CANCELLED,
                Kind.WAITLIST_OFFER)) {
            assertThat(links(NoticeText.compose(facts(kind, "Stub Feature", NoticeText.carriesTickets(kind)), links)))
                    .as(kind.name()).noneMatch(link -> link.startsWith("Add to Google Calendar"));
        }
    }

    @Test
    void withoutAnAttachedQrCodeThereIsNoPictureAndTheDoorIsSaidInWords() {
        Document page = html(NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, "Stub Feature", false)));

        assertThat(page.select("img")).isEmpty();
        assertThat(page.text()).contains("Show the QR code of your booking K7QH2MZP at the door (under My bookings).");
    }

    @Test
    void whatAnAdminTypedIsShownAsWrittenAndNeverReadAsMarkup() {
        String title = "<script>alert('x')</script> Tom & \"Jerry\" <b>II</b>";
        MailMessage mail = NoticeText.compose(facts(Kind.BOOKING_CONFIRMED, title, true));
        Document page = html(mail);

        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.title()).isEqualTo(mail.subject()).contains(title);
        assertThat(rows(page, "table[role=presentation] tr:has(td + td)")).contains(List.of("Film", title));
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void everyNoticeSaysTheSameInHtmlAsInItsText() {
        for (Kind kind : Arrays.stream(Kind.values()).filter(k -> k != Kind.WAITLIST_CLOSED).toList()) {
            NoticeText.Facts facts = facts(kind, "Stub Feature", NoticeText.carriesTickets(kind));
            NoticeLetter letter = NoticeText.letter(facts, new NoticeText.Links(PORTAL, GOOGLE));
            MailMessage mail = NoticeText.compose(facts, new NoticeText.Links(PORTAL, GOOGLE));
            String shown = html(mail).text();

            assertThat(mail.body()).as(kind + " text").isEqualTo(letter.text());
            List<String> said = new java.util.ArrayList<>(letter.intro());
            said.addAll(letter.closing());
            letter.details().forEach(row -> said.add(row.value()));
            letter.seats().forEach(seat -> said.add(seat.kind() + " " + seat.price()));
            said.forEach(words -> assertThat(shown).as(kind + " HTML").contains(words));
            assertThat(links(mail)).as(kind + ": every link a button")
                    .containsExactlyElementsOf(letter.links().stream().map(l -> l.label() + " " + l.url()).toList());
            if (letter.total() != null) {
                assertThat(shown).contains(letter.total().label() + ": " + letter.total().value());
            }
            if (letter.door() != null) {
                assertThat(shown).as(kind + ": the QR code itself, or the words that say where it is")
                        .contains(letter.ticket() != null ? letter.ticket().caption() : letter.door());
            }
        }
    }

    @Test
    void aClosedWaitlistPlaceNamesTheSeatsWantedAndListsNoTickets() {
        MailMessage mail = NoticeText.compose(new NoticeText.WaitlistClosedFacts(7, "ann@example.org",
                showing("Stub Feature"), 2, NoticeText.ClosedBecause.SHOWTIME_STARTED, 901),
                new NoticeText.Links(PORTAL, GOOGLE));
        Document page = html(mail);

        assertThat(page.selectFirst("h1").text()).isEqualTo("No seats came free");
        assertThat(page.select("thead")).as("no seat table").isEmpty();
        assertThat(rows(page, "table[role=presentation] tr:has(td + td)")).contains(List.of("Seats wanted", "2"));
        assertThat(page.text()).contains("nothing was charged");
        assertThat(links(mail)).as("the film's other showings").containsExactly("Find another showing " + PORTAL
                + "/#/movies/901");
        assertThat(mail.body()).endsWith("Seats wanted: 2\n\nFind another showing: " + PORTAL + "/#/movies/901\n");
        assertThat(mail.body()).contains("Seats wanted: 2\n").contains("Address: 1 Leicester Square, London\n");
    }

    /** The cells' text of each row the selector finds. */
    private static List<List<String>> rows(Document page, String selector) {
        return page.select(selector).stream().map(row -> row.select("> td").eachText()).toList();
    }
}
