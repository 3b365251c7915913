package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A confirmed booking's ticket as its customer downloads it: the PNG from the gateway and the text of its QR code. */
public final class TicketQr {

    private TicketQr() {
    }

    /** GET /api/bookings/{id}/ticket as the customer, and the text of its QR code (the pass the door scans). */
    public static String payload(GraphQlHttp customer, String bookingId) {
        try {
            HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(PlatformExtension.platform().gatewayUrl() + "/api/bookings/" + bookingId + "/ticket"))
                    .header("Authorization", customer.authorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("the ticket image holds no readable QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
