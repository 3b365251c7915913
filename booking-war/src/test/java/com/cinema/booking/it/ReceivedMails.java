package com.cinema.booking.it;

import com.cinema.booking.notification.GoogleCalendarLinks;
import com.cinema.qr.QrCodePng;
import com.cinema.testing.MailParts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the mail ITs' GreenMail server received, by the outbox's Message-ID (one per notice, kind and subject). */
final class ReceivedMails {

    private ReceivedMails() {
    }

    /** The received e-mails with this Message-ID, e.g. {@code <booking-42.booking_reminder@cinema.booking>}. */
    static List<MimeMessage> withId(GreenMailExtension mail, String messageId) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return messageId.equals(message.getMessageID());
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The words a text-only mail client shows (every notice has them, beside its HTML). */
    static String text(MimeMessage mail) {
        return MailParts.text(mail);
    }

    /** The ticket an e-mail carries: its file's name and what its QR code reads. */
    record AttachedTicket(String fileName, String pass) {
    }

    /** The e-mail's ticket, having checked that its HTML shows that very file (by its Content-ID) inline. */
    static AttachedTicket ticket(MimeMessage mail) throws Exception {
        MimeBodyPart image = (MimeBodyPart) MailParts.file(mail, "image/png");
        assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
        String contentId = image.getContentID();
        assertThat(contentId).startsWith("<").endsWith(">");
        assertThat(Jsoup.parse(MailParts.html(mail)).select("img").eachAttr("src"))
                .containsExactly("cid:" + contentId.substring(1, contentId.length() - 1));
        String pass = QrCodePng.read(MailParts.bytes(image))
                .orElseThrow(() -> new AssertionError("the e-mail's ticket holds no readable QR code"));
        return new AttachedTicket(MailParts.fileName(image), pass);
    }

    /**
     * The query of the HTML's one "Add to Google Calendar" link, decoded, e.g. {@code text} and {@code dates}; the
     * link goes to Google Calendar's event template (the default, {@code cinema.notifications.google-calendar-link}).
     */
    static Map<String, String> googleCalendarLink(MimeMessage mail) {
        String link = links(mail).get("Add to Google Calendar");
        assertThat(link).isNotNull();
        return GoogleCalendarLinks.query(link);
    }

    /** The HTML's links by their words (each once). */
    static Map<String, String> links(MimeMessage mail) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element a : Jsoup.parse(MailParts.html(mail)).select("a[href]")) {
            assertThat(links.put(a.text(), a.attr("href"))).as("one " + a.text()).isNull();
        }
        return links;
    }

    /** The showing's calendar event an e-mail carries: its attachment's file name and the event as read back. */
    record AttachedCalendar(String fileName, VEvent event) {

        String value(String property) {
            return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
        }
    }

    /** The one text/calendar file attached (a published event), parsed as a calendar reads it. */
    static AttachedCalendar calendar(MimeMessage mail) throws Exception {
        Part file = MailParts.file(mail, "text/calendar");
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getContentType()).contains("method=PUBLISH");
        Calendar calendar = new CalendarBuilder().build(file.getInputStream());
        assertThat(calendar.getComponents()).hasSize(1);
        return new AttachedCalendar(file.getFileName(), (VEvent) calendar.getComponents().get(0));
    }
}
