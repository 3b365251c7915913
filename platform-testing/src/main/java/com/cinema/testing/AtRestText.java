package com.cinema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's bytes as text to search for data that must never be stored (full card numbers), byte for byte so that
 * leftovers of deleted rows count too.
 * <p>
 * An H2 database file ({@code .mv.db}) also holds H2's own bookkeeping written as lowercase hex text: chunk headers
 * and the layout map's chunk entries ({@code root:40000033c4,...,occupancy:4000000000000002}, where occupancy is a
 * bit set of dead pages) and page positions ({@code 4000000000009995} is a page of chunk 65,536). Such a value can
 * spell a test card number by chance, so those values are blanked before searching; stored column values never
 * have H2's shapes ({@code name:hex}, or hex right after a byte holding its own length) and are searched.
 */
public final class AtRestText {

    /** A field of a chunk header or layout entry: name, colon, hex value. */
    private static final Pattern H2_FIELD = Pattern.compile("(?<=[A-Za-z]:)[0-9a-f]+");
    /** A run of hex long enough to spell a card number. */
    private static final Pattern HEX_RUN = Pattern.compile("[0-9a-f]{8,}");

    private AtRestText() {
    }

    /** The text of {@code file} with, in an H2 database file, H2's own hex bookkeeping blanked. */
    public static String of(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.getFileName().toString().endsWith(".mv.db") ? withoutH2Bookkeeping(text) : text;
    }

    static String withoutH2Bookkeeping(String text) {
        StringBuilder masked = new StringBuilder(text);
        blank(masked, H2_FIELD.matcher(text), false);
        blank(masked, HEX_RUN.matcher(text), true);
        return masked.toString();
    }

    /**
     * Blanks each match; with {@code onlyLengthPrefixed}, only a run right after a byte that holds the run's length
     * (how H2 writes the strings of its layout map, page positions among them; a VARCHAR column value has a type
     * byte there instead).
     */
    private static void blank(StringBuilder text, Matcher matches, boolean onlyLengthPrefixed) {
        while (matches.find()) {
            int start = matches.start();
            int length = matches.end() - start;
            if (onlyLengthPrefixed && (start == 0 || text.charAt(start - 1) != length)) {
                continue;
            }
            for (int i = start; i < matches.end(); i++) {
                text.setCharAt(i, '#');
            }
        }
    }
}
