package com.cinema.booking.notification;

import java.util.List;

/**
 * What one notice's e-mail says, before it is written out: the same words as plain text ({@link #text}) and as HTML
 * ({@link NoticeHtml}), so the two never tell different stories. Built by {@link NoticeText}.
 *
 * @param subject  the e-mail's subject
 * @param heading  the HTML's title line (the text body starts with the intro)
 * @param intro    the opening paragraphs
 * @param details  the showing as label and value: film, cinema, address, time, and what else the notice names
 * @param seats    the tickets, one line each (empty: the notice lists none)
 * @param total    what was paid, is to pay or is refunded (null: none named)
 * @param door     how to get in, in words (null: not said); the HTML shows the QR code in its place when there is one
 * @param closing  the last paragraphs
 * @param ticket   the QR code the e-mail carries (null: none)
 * @param links    what the customer can do next, as buttons in the HTML
 */
public record NoticeLetter(String subject, String heading, List<String> intro, List<Row> details,
                           List<SeatLine> seats, Row total, String door, List<String> closing, Ticket ticket,
                           List<Link> links) {

    public NoticeLetter {
        intro = List.copyOf(intro);
        details = List.copyOf(details);
        seats = List.copyOf(seats);
        closing = List.copyOf(closing);
        links = List.copyOf(links);
    }

    /** A labelled fact, e.g. "When" and "Friday 4 July 2031, 19:30 (Europe/London time)". */
    public record Row(String label, String value) {
    }

    /**
     * A link to act on, a button in the HTML: the {@code primary} one (the booking's page in the portal) is in the
     * text too; the others, e.g. "Add to Google Calendar", a line of several hundred characters, in the HTML only.
     */
    public record Link(String label, String url, boolean primary) {
    }

    /** One ticket: "F7", "vip" (or "standard, Child"), "£12.50". */
    public record SeatLine(String seat, String kind, String price) {
    }

    /** The QR code attached as {@code fileName}, shown by the HTML as {@code cid:contentId}. */
    public record Ticket(String fileName, String contentId, String bookingCode) {

        /** What the HTML says under the QR code it shows. */
        public String caption() {
            return "Your ticket: show this QR code at the door, on your phone or printed. "
                    + "It is also under My bookings.";
        }
    }

    /** Whether the notice lists tickets (the HTML's seat table is left out otherwise). */
    public boolean hasSeats() {
        return !seats.isEmpty();
    }

    /** The plain-text body: intro, the showing's facts in a column, the seats, the total, then the closing lines. */
    public String text() {
        StringBuilder body = new StringBuilder(String.join("\n", intro)).append("\n\n");
        for (Row row : details) {
            body.append(String.format("%-8s ", row.label() + ":")).append(row.value()).append('\n');
        }
        if (!seats.isEmpty()) {
            body.append("Seats:\n");
            seats.forEach(s -> body.append("  ").append(s.seat()).append(" (").append(s.kind()).append(")  ")
                    .append(s.price()).append('\n'));
        }
        if (total != null) {
            body.append(total.label()).append(": ").append(total.value()).append('\n');
        }
        List<Link> inText = links.stream().filter(Link::primary).toList();
        if (door != null || !closing.isEmpty() || !inText.isEmpty()) {
            body.append('\n');
            if (door != null) {
                body.append(door).append('\n');
            }
            closing.forEach(line -> body.append(line).append('\n'));
            inText.forEach(link -> body.append(link.label()).append(": ").append(link.url()).append('\n'));
        }
        return body.toString();
    }
}
