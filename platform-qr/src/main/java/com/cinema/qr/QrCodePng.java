package com.cinema.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A payload (a ticket pass) drawn as a PNG QR code, medium error correction (a scuffed phone screen still scans).
 *
 * <p>Every code is read back with ZXing's standard reader before it is returned. About one payload in a hundred
 * gets a mask pattern (the one with the lowest penalty score) in which that reader finds a false finder pattern
 * and cannot read a perfect image; the door's scanner could fail the same way. Such a code is drawn again with
 * the other mask patterns until one reads back.
 */
public final class QrCodePng {

    /** Width and height of the image, in pixels. */
    public static final int SIZE = 320;
    private static final Logger LOG = Logger.getLogger(QrCodePng.class.getName());
    /** The QR standard's eight data mask patterns. */
    private static final int MASK_PATTERNS = 8;

    private QrCodePng() {
    }

    /** The PNG bytes of the payload's QR code, {@link #SIZE} pixels square. */
    public static byte[] png(String payload) {
        BufferedImage image = draw(payload, null);
        boolean readable = readsBack(image, payload);
        for (int mask = 0; mask < MASK_PATTERNS && !readable; mask++) {
            image = draw(payload, mask);
            readable = readsBack(image, payload);
        }
        if (!readable) {
            LOG.warning(() -> "No mask pattern gives a QR code that reads back (" + payload.length() + " characters)");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the QR code", e);
        }
    }

    /** The code with ZXing's choice of mask pattern (null) or the given one. */
    static BufferedImage draw(String payload, Integer maskPattern) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        if (maskPattern != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
            // ZXing core has no image output (that is its javase module): draw the modules with Java2D.
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /** Whether ZXing's standard QR reader, as a scanner app runs it, gets the payload back from the image. */
    static boolean readsBack(BufferedImage image, String payload) {
        return text(image).filter(payload::equals).isPresent();
    }

    /**
     * What a scanner reads from a PNG QR code (ZXing's standard reader), empty when it reads nothing: the door's
     * view of a ticket image, for tests of what the portal and the e-mails hand out.
     */
    public static Optional<String> read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image == null ? Optional.empty() : text(image);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
