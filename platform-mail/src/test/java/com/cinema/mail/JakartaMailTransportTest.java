package com.cinema.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport against a real in-process SMTP server (GreenMail), and the .eml fallback without a host. */
class JakartaMailTransportTest {

    private static final MailMessage MAIL = new MailMessage("<booking-7.booking_confirmed@cinema.booking>",
            "ann@example.org", "Your tickets for Stub Feature - booking K7QH2MZP", "Seats: F7 £12.50\n");

    /** A PNG signature followed by every byte value: all of them must survive the transfer encoding. */
    private static final byte[] PNG = png();
    private static final MailMessage MAIL_WITH_TICKET = new MailMessage(MAIL.messageId(), MAIL.to(), MAIL.subject(),
            MAIL.body(), List.of(new MailAttachment("ticket-K7QH2MZP.png", "image/png", PNG, "ticket-K7QH2MZP@cinema.booking")));

    private static final String HTML = "<!DOCTYPE html><html><body><p>Seats: F7 £12.50</p>"
            + "<img src=\"cid:ticket-K7QH2MZP@cinema.booking\" alt=\"QR code\"></body></html>\n";

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] png() {
        byte[] bytes = new byte[8 + 256];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        for (int i = 0; i < 256; i++) {
            bytes[8 + i] = (byte) i;
        }
        return bytes;
    }

    private MailSettings smtp(int port) {
        return new MailSettings(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), false, false,
                Duration.ofSeconds(2), "Cinema <tickets@cinema.test>", dir);
    }

    @Test
    void sendsOverSmtpWithTheStableMessageId() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            new JakartaMailTransport(smtp(port)).deliver(MAIL);

            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage received = smtp.getReceivedMessages()[0];
            assertThat(received.getMessageID()).isEqualTo(MAIL.messageId());
            assertThat(received.getSubject()).isEqualTo(MAIL.subject());
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ann@example.org");
            assertThat(received.getContent().toString()).contains("£12.50");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anSmtpOutageFailsQuicklyAndTheSameMessageGoesThroughOnceTheServerIsBack() throws Exception {
        int port = freePort();
        JakartaMailTransport transport = new JakartaMailTransport(smtp(port));
        assertThatThrownBy(() -> transport.deliver(MAIL)).isInstanceOf(jakarta.mail.MessagingException.class);

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            transport.deliver(MAIL);
            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withoutAHostEachMessageIsOneEmlFileNamedByItsMessageId() throws Exception {
        JakartaMailTransport transport = emlTransport();

        transport.deliver(MAIL);
        transport.deliver(MAIL);

        try (var listing = Files.list(dir.resolve("mail"))) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("booking-7.booking_confirmed@cinema.booking.eml");
        }
        MimeMessage read = readEml();
        assertThat(read.getMessageID()).isEqualTo(MAIL.messageId());
        assertThat(read.getSubject()).isEqualTo(MAIL.subject());
        assertThat(read.getContent().toString()).contains("£12.50");
    }

    @Test
    void aMessageWithoutAttachmentsStaysOneTextPlainPart() throws Exception {
        emlTransport().deliver(MAIL);

        MimeMessage read = readEml();
        assertThat(read.isMimeType("text/plain")).isTrue();
        assertThat(read.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(read.getContent()).isInstanceOf(String.class);
        assertThat((String) read.getContent()).isEqualToNormalizingNewlines(MAIL.body());
    }

    @Test
    void anAttachmentFollowsTheUnchangedTextBodyInAMultipartMixedEml() throws Exception {
        emlTransport().deliver(MAIL_WITH_TICKET);

        MimeMessage read = readEml();
        assertThat(read.getMessageID()).isEqualTo(MAIL.messageId());
        assertCarriesTheTicket(read);
    }

    @Test
    void anAttachmentGoesOverSmtpToo() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            new JakartaMailTransport(smtp(port)).deliver(MAIL_WITH_TICKET);

            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            assertCarriesTheTicket(smtp.getReceivedMessages()[0]);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anHtmlBodyGoesBesideTheTextAsItsAlternative() throws Exception {
        emlTransport().deliver(new MailMessage(MAIL.messageId(), MAIL.to(), MAIL.subject(), MAIL.body(), HTML,
                List.of()));

        MimeMessage read = readEml();
        assertThat(read.isMimeType("multipart/alternative")).isTrue();
        assertTextThenHtml((MimeMultipart) read.getContent());
    }

    @Test
    void anHtmlBodyShowsItsImageInlineAndTheOtherFilesAreAttached() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MailAttachment calendar = new MailAttachment("showing-K7QH2MZP.ics", "text/calendar; method=PUBLISH", ics,
                null);
        emlTransport().deliver(new MailMessage(MAIL.messageId(), MAIL.to(), MAIL.subject(), MAIL.body(), HTML,
                List.of(MAIL_WITH_TICKET.attachments().get(0), calendar)));

        MimeMessage read = readEml();
        assertThat(read.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) read.getContent();
        assertThat(mixed.getCount()).as("the message, then the calendar file").isEqualTo(2);

        BodyPart message = mixed.getBodyPart(0);
        assertThat(message.isMimeType("multipart/related")).isTrue();
        MimeMultipart related = (MimeMultipart) message.getContent();
        assertThat(related.getCount()).isEqualTo(2);
        assertThat(related.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        assertTextThenHtml((MimeMultipart) related.getBodyPart(0).getContent());
        assertIsTheTicket((MimeBodyPart) related.getBodyPart(1), Part.INLINE);

        MimeBodyPart file = (MimeBodyPart) mixed.getBodyPart(1);
        assertThat(file.isMimeType("text/calendar")).isTrue();
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("showing-K7QH2MZP.ics");
        assertThat(file.getContentID()).isNull();
        try (InputStream in = file.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(ics);
        }
    }

    /** The plain text first (what a text-only reader shows), then the HTML, both UTF-8 and unchanged. */
    private static void assertTextThenHtml(MimeMultipart alternative) throws Exception {
        assertThat(alternative.getCount()).isEqualTo(2);
        BodyPart text = alternative.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat((String) text.getContent()).isEqualToNormalizingNewlines(MAIL.body());
        BodyPart html = alternative.getBodyPart(1);
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(html.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) html.getContent()).isEqualToNormalizingNewlines(HTML);
    }

    /** MAIL_WITH_TICKET as a mail client sees it: the text first, then the PNG byte for byte. */
    private static void assertCarriesTheTicket(MimeMessage read) throws Exception {
        assertThat(read.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);

        BodyPart text = parts.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).isEqualToNormalizingNewlines(MAIL.body());

        assertIsTheTicket((MimeBodyPart) parts.getBodyPart(1), Part.ATTACHMENT);
    }

    /** The ticket's PNG byte for byte, with its file name and content id, attached or inline. */
    private static void assertIsTheTicket(MimeBodyPart ticket, String disposition) throws Exception {
        assertThat(ticket.isMimeType("image/png")).isTrue();
        assertThat(ticket.getFileName()).isEqualTo("ticket-K7QH2MZP.png");
        assertThat(ticket.getDisposition()).isEqualTo(disposition);
        assertThat(ticket.getEncoding()).isEqualTo("base64");
        assertThat(ticket.getContentID()).isEqualTo("<ticket-K7QH2MZP@cinema.booking>");
        try (InputStream in = ticket.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
    }

    private JakartaMailTransport emlTransport() {
        return new JakartaMailTransport(new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(),
                false, false, Duration.ofSeconds(2), "Cinema <tickets@cinema.test>", dir.resolve("mail")));
    }

    /** The .eml file MAIL's Message-ID names, parsed back with Jakarta Mail. */
    private MimeMessage readEml() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("mail/booking-7.booking_confirmed@cinema.booking.eml"))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
