package com.cinema.user.security;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with salt and
 * hash in base64 without padding. The parameters travel with the hash so they can be raised later.
 */
public record PhcString(int version, Argon2Settings settings, byte[] salt, byte[] hash) {

    public static final String ALGORITHM = "argon2id";

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** Reads an encoded hash; anything else (another algorithm, a damaged value) is an IllegalArgumentException. */
    public static PhcString parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded == null ? "" : encoded);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an argon2id PHC string");
        }
        Argon2Settings settings = new Argon2Settings(
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return new PhcString(Integer.parseInt(m.group(1)), settings,
                Base64.getDecoder().decode(m.group(5)), Base64.getDecoder().decode(m.group(6)));
    }

    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$" + ALGORITHM + "$v=" + version + "$m=" + settings.memoryKiB() + ",t=" + settings.iterations()
                + ",p=" + settings.parallelism() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
