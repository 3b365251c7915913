package com.cinema.booking.it;

import com.cinema.qr.QrCodePng;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.util.Arrays;
import java.util.List;

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

    /** The text a mail client shows: the whole body, or the first part of one with attachments. */
    static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof MimeMultipart parts ? (String) parts.getBodyPart(0).getContent() : content.toString();
    }

    /** The ticket an e-mail carries: its attachment's file name and what its QR code reads. */
    record AttachedTicket(String fileName, String pass) {
    }

    /** The one PNG attached after the text (multipart/mixed), read as a scanner reads it. */
    static AttachedTicket ticket(MimeMessage mail) throws Exception {
        BodyPart image = attached(mail, "image/png");
        String pass = QrCodePng.read(image.getInputStream().readAllBytes())
                .orElseThrow(() -> new AssertionError("the attached ticket holds no readable QR code"));
        return new AttachedTicket(image.getFileName(), pass);
    }

    /** The showing's calendar event an e-mail carries: its attachment's file name and the event as read back. */
    record AttachedCalendar(String fileName, VEvent event) {

        String value(String property) {
            return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
        }
    }

    /** The one text/calendar file attached (a published event), parsed as a calendar reads it. */
    static AttachedCalendar calendar(MimeMessage mail) throws Exception {
        BodyPart file = attached(mail, "text/calendar");
        assertThat(file.getContentType()).contains("method=PUBLISH");
        Calendar calendar = new CalendarBuilder().build(file.getInputStream());
        assertThat(calendar.getComponents()).hasSize(1);
        return new AttachedCalendar(file.getFileName(), (VEvent) calendar.getComponents().get(0));
    }

    /** The one attachment of this content type after the text (multipart/mixed). */
    private static BodyPart attached(MimeMessage mail, String contentType) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        List<BodyPart> matching = new java.util.ArrayList<>();
        for (int i = 1; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith(contentType)) {
                matching.add(parts.getBodyPart(i));
            }
        }
        assertThat(matching).as("one " + contentType + " attachment").hasSize(1);
        return matching.get(0);
    }
}
