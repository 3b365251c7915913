package com.cinema.system;

import com.cinema.qr.QrCodePng;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MailParts;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

    /** The ticket's QR code in the e-mail in {@code eml} (shown inline by its HTML, a file to a text-only reader). */
    public static Attached attachedTo(Path eml) {
        return attachment(eml, "image/png", (fileName, bytes) -> new Attached(fileName, payloadOf(bytes)));
    }

    /** What {@code read} makes of the file name and bytes of the one file of this content type in {@code eml}. */
    static <T> T attachment(Path eml, String contentType, BiFunction<String, byte[], T> read) {
        Part file = MailParts.file(MailParts.readEml(eml), contentType);
        return read.apply(MailParts.fileName(file), MailParts.bytes(file));
    }

    /** The text of the QR code in a PNG image, read as a scanner app reads it. */
    public static String payloadOf(byte[] png) {
        return QrCodePng.read(png).orElseThrow(() -> new AssertionError("the ticket image holds no readable QR code"));
    }
}
