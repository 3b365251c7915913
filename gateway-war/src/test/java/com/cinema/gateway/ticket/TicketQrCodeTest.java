package com.cinema.gateway.ticket;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.UpstreamUnavailableException;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TicketQrCodeTest {

    private static final String PAYLOAD = "CT1.SzdRSDJNWlA6NDEsNDIsNDM.lvS9w3b5m0Qm2b7Q1cJ3c0oWzY6q0m5w1mE0vJb9XyA";

    @Test
    void thePngDecodesBackToThePayload() throws Exception {
        byte[] png = TicketQrCode.png(PAYLOAD);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(TicketQrCode.SIZE);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(PAYLOAD);
    }

    @Test
    void theBookingServicesAnswersBecomeHttpStatuses() {
        assertThat(TicketResource.statusOf(new NotFoundException("Booking", 5))).isEqualTo(404);
        assertThat(TicketResource.statusOf(new ConflictException("not confirmed"))).isEqualTo(409);
        assertThat(TicketResource.statusOf(new UpstreamUnavailableException("booking", null))).isEqualTo(503);
    }
}
