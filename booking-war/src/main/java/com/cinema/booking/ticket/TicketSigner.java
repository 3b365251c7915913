package com.cinema.booking.ticket;

import com.cinema.common.error.ValidationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs and verifies ticket payloads: {@code CT1.<base64url(code:id,id,...)>.<base64url(HMAC-SHA256)>}, the MAC
 * taken over everything before the last dot, so the version and the body are both covered. The version prefix
 * lets a later format (or key) be told apart; anything else is refused as field {@code payload}.
 */
public final class TicketSigner {

    static final String VERSION = "CT1";
    /** Shorter keys are refused: HMAC-SHA256 wants at least 256 bits of secret. */
    public static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public TicketSigner(String secret) {
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("The ticket signing key must have at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(TicketPass pass) {
        StringBuilder body = new StringBuilder(pass.bookingCode()).append(':');
        for (int i = 0; i < pass.ticketIds().size(); i++) {
            body.append(i == 0 ? "" : ",").append(pass.ticketIds().get(i));
        }
        String signed = VERSION + "." + ENCODER.encodeToString(body.toString().getBytes(StandardCharsets.UTF_8));
        return signed + "." + ENCODER.encodeToString(mac(signed));
    }

    /** The pass a genuine payload carries; a forged, altered, truncated or foreign payload is VALIDATION. */
    public TicketPass verify(String payload) {
        if (payload == null || payload.length() > 2048) {
            throw refused();
        }
        int lastDot = payload.lastIndexOf('.');
        int firstDot = payload.indexOf('.');
        if (firstDot < 0 || lastDot == firstDot || !payload.substring(0, firstDot).equals(VERSION)) {
            throw refused();
        }
        String signed = payload.substring(0, lastDot);
        // Compared as text, in constant time: how much of a forged MAC matches must not show in the timing, and
        // a MAC in a non-canonical base64 spelling is not the one we issued.
        byte[] expected = ENCODER.encodeToString(mac(signed)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, payload.substring(lastDot + 1).getBytes(StandardCharsets.UTF_8))) {
            throw refused();
        }
        byte[] body;
        try {
            body = DECODER.decode(signed.substring(firstDot + 1));
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    private static TicketPass parse(String body) {
        int colon = body.indexOf(':');
        if (colon < 0 || !CODE.matcher(body.substring(0, colon)).matches()) {
            throw refused();
        }
        List<Long> ids = new ArrayList<>();
        try {
            for (String id : body.substring(colon + 1).split(",")) {
                ids.add(Long.parseLong(id));
            }
        } catch (NumberFormatException e) {
            throw refused();
        }
        return new TicketPass(body.substring(0, colon), ids);
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static ValidationException refused() {
        return new ValidationException("payload", "is not a valid ticket of this cinema");
    }
}
