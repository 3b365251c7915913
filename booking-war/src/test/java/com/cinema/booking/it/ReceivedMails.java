package com.cinema.booking.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

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
}
