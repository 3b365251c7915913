package com.cinema.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport against a real in-process SMTP server (GreenMail), and the .eml fallback without a host. */
class JakartaMailTransportTest {

    private static final MailMessage MAIL = new MailMessage("<booking-7.booking_confirmed@cinema.booking>",
            "ann@example.org", "Your tickets for Stub Feature - booking K7QH2MZP", "Seats: F7 £12.50\n");

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
        MailSettings files = new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), false, false,
                Duration.ofSeconds(2), "Cinema <tickets@cinema.test>", dir.resolve("mail"));
        JakartaMailTransport transport = new JakartaMailTransport(files);

        transport.deliver(MAIL);
        transport.deliver(MAIL);

        try (var listing = Files.list(dir.resolve("mail"))) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("booking-7.booking_confirmed@cinema.booking.eml");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("mail/booking-7.booking_confirmed@cinema.booking.eml"))) {
            MimeMessage read = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
            assertThat(read.getMessageID()).isEqualTo(MAIL.messageId());
            assertThat(read.getSubject()).isEqualTo(MAIL.subject());
            assertThat(read.getContent().toString()).contains("£12.50");
        }
    }
}
