package com.cinema.movie.domain;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * A poster upload checked by its content, never by its name or declared type: PNG, JPEG or WebP, within the
 * size limit. Pure; {@link #inspect} throws {@link Rejected} with the HTTP status the refusal deserves.
 */
public record PosterImage(byte[] bytes, String contentType, String etag, Integer width, Integer height) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why an upload was refused: 400 (empty), 413 (too large) or 415 (not a supported image). */
    public static final class Rejected extends RuntimeException {
        private final int status;

        public Rejected(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static PosterImage inspect(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Rejected(400, "the image is empty");
        }
        if (bytes.length > maxBytes) {
            throw new Rejected(413, "the image is larger than " + maxBytes + " bytes");
        }
        String type = contentTypeOf(bytes);
        if (type == null) {
            throw new Rejected(415, "must be a PNG, JPEG or WebP image (checked by its content, not its name)");
        }
        Integer width = null;
        Integer height = null;
        if (type.equals(PNG)) {
            width = readInt(bytes, 16);
            height = readInt(bytes, 20);
            if (width <= 0 || height <= 0) {
                throw new Rejected(415, "the PNG image has no valid size");
            }
        } else if (type.equals(JPEG)) {
            int[] size = jpegSize(bytes);
            if (size == null) {
                throw new Rejected(415, "the JPEG image cannot be read");
            }
            width = size[0];
            height = size[1];
        }
        return new PosterImage(bytes, type, sha256(bytes), width, height);
    }

    /** The image type by its magic bytes, or null when it is none of PNG, JPEG and WebP. */
    public static String contentTypeOf(byte[] b) {
        if (b.length >= 24 && startsWith(b, PNG_SIGNATURE, 0) && ascii(b, 12, 4).equals("IHDR")) {
            return PNG;
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 16 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")
                && ascii(b, 12, 3).equals("VP8")) {
            return WEBP;
        }
        return null;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] jpegSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix, int offset) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int offset, int length) {
        return new String(b, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int readInt(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16) | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    /** The first 12 characters of the etag: enough to make the poster's URL change with its content. */
    public static String version(String etag) {
        return etag.length() <= 12 ? etag : etag.substring(0, 12);
    }
}
