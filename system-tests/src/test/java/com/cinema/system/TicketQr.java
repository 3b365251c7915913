package com.cinema.system;

import com.cinema.qr.QrCodePng;
import com.cinema.testing.GraphQlHttp;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confirmed booking's ticket as its customer gets it: the PNG from the gateway, or attached to an e-mail the
 * platform wrote as an .eml file, and the text of its QR code.
 */
public final class TicketQr {

    private TicketQr() {
    }

    /** GET /api/bookings/{id}/ticket as the customer, and the text of its QR code (the pass the door scans). */
    public static String payload(GraphQlHttp customer, String bookingId) {
        HttpResponse<byte[]> png = bookingFile(customer, bookingId, "ticket", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        return payloadOf(png.body());
    }

    /** GET /api/bookings/{id}/{file} (ticket, calendar) with the caller's token (null: none), as the raw response. */
    static <T> HttpResponse<T> bookingFile(GraphQlHttp caller, String bookingId, String file,
                                           HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformExtension.platform().gatewayUrl()
                + "/api/bookings/" + bookingId + "/" + file));
        if (caller != null) {
            request.header("Authorization", caller.authorization());
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ticket attached to an e-mail file: its file name and the text of its QR code. */
    public record Attached(String fileName, String payload) {
    }

    /** The one image/png attached to the e-mail in {@code eml} (multipart/mixed: the text, then the files). */
    public static Attached attachedTo(Path eml) {
        return attachment(eml, "image/png", (fileName, bytes) -> new Attached(fileName, payloadOf(bytes)));
    }

    /** What {@code read} makes of the file name and bytes of the one attachment of this content type in {@code eml}. */
    static <T> T attachment(Path eml, String contentType, BiFunction<String, byte[], T> read) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(mail.getContentType()).as(eml.toString()).startsWith("multipart/mixed");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            List<BodyPart> matching = new ArrayList<>();
            for (int i = 1; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getContentType().startsWith(contentType)) {
                    matching.add(parts.getBodyPart(i));
                }
            }
            assertThat(matching).as("one " + contentType + " attached to " + eml).hasSize(1);
            BodyPart file = matching.get(0);
            return read.apply(file.getFileName(), file.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new AssertionError("not a readable e-mail: " + eml, e);
        }
    }

    /** The text of the QR code in a PNG image, read as a scanner app reads it. */
    public static String payloadOf(byte[] png) {
        return QrCodePng.read(png).orElseThrow(() -> new AssertionError("the ticket image holds no readable QR code"));
    }
}
