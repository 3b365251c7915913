package com.cinema.movie.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PosterImageTest {

    private static final long MAX = 2 * 1024 * 1024;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static void assertRejected(byte[] bytes, long max, int status, String text) {
        assertThatThrownBy(() -> PosterImage.inspect(bytes, max))
                .isInstanceOf(PosterImage.Rejected.class)
                .hasMessageContaining(text)
                .satisfies(e -> assertThat(((PosterImage.Rejected) e).status()).isEqualTo(status));
    }

    @Test
    void aRealPngIsAcceptedWithItsSizeAndSha256() throws IOException {
        byte[] png = image("png", 40, 60);
        PosterImage poster = PosterImage.inspect(png, MAX);
        assertThat(poster.contentType()).isEqualTo("image/png");
        assertThat(poster.width()).isEqualTo(40);
        assertThat(poster.height()).isEqualTo(60);
        assertThat(poster.etag()).hasSize(64).isEqualTo(PosterImage.sha256(png));
        assertThat(PosterImage.version(poster.etag())).hasSize(12).isEqualTo(poster.etag().substring(0, 12));
    }

    @Test
    void aRealJpegIsAcceptedWithItsSize() throws IOException {
        PosterImage poster = PosterImage.inspect(image("jpg", 30, 20), MAX);
        assertThat(poster.contentType()).isEqualTo("image/jpeg");
        assertThat(poster.width()).isEqualTo(30);
        assertThat(poster.height()).isEqualTo(20);
    }

    @Test
    void aWebpIsRecognisedByItsRiffHeader() {
        byte[] webp = new byte[64];
        byte[] header = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, webp, 0, header.length);
        assertThat(PosterImage.inspect(webp, MAX).contentType()).isEqualTo("image/webp");
    }

    @Test
    void aTextFileNamedLikeAnImageIsUnsupported() {
        assertRejected("This is not a picture, just text saved as poster.png\n".getBytes(StandardCharsets.UTF_8),
                MAX, 415, "PNG, JPEG or WebP");
    }

    @Test
    void otherImageFormatsAreUnsupported() throws IOException {
        assertRejected(image("gif", 10, 10), MAX, 415, "PNG, JPEG or WebP");
        assertRejected(image("bmp", 10, 10), MAX, 415, "PNG, JPEG or WebP");
    }

    @Test
    void aPngSignatureWithoutAHeaderChunkIsUnsupported() {
        byte[] fake = new byte[30];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, fake, 0, signature.length);
        assertRejected(fake, MAX, 415, "PNG, JPEG or WebP");
    }

    @Test
    void aJpegThatCannotBeReadIsUnsupported() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4};
        assertRejected(broken, MAX, 415, "JPEG");
    }

    @Test
    void anImageOverTheLimitIsTooLargeAndOneAtTheLimitIsNot() throws IOException {
        byte[] png = image("png", 8, 8);
        assertThat(PosterImage.inspect(png, png.length).contentType()).isEqualTo("image/png");
        assertRejected(png, png.length - 1, 413, "larger than");
        assertRejected(new byte[(int) MAX + 1], MAX, 413, "larger than " + MAX);
    }

    @Test
    void anEmptyBodyIsBadInput() {
        assertRejected(new byte[0], MAX, 400, "empty");
        assertRejected(null, MAX, 400, "empty");
    }
}
