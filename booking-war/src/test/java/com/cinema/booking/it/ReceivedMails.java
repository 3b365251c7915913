package com.cinema.booking.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).as("the text and the ticket").isEqualTo(2);
        BodyPart image = parts.getBodyPart(1);
        assertThat(image.getContentType()).startsWith("image/png");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.getInputStream().readAllBytes()));
        int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
        String pass = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels)))).getText();
        return new AttachedTicket(image.getFileName(), pass);
    }
}
