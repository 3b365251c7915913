package com.cinema.common.input;

import java.util.Locale;

/**
 * A case-insensitive "contains" pattern for JPQL {@code lower(x) like :p escape '\'}: a visitor typing
 * "100%" looks for a literal percent sign, not a wildcard.
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
