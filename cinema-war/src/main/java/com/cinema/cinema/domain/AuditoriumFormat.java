package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The projection and sound an auditorium is equipped for. */
public enum AuditoriumFormat {
    STANDARD,
    THREE_D,
    IMAX,
    DOLBY_ATMOS;

    /** The format of this name (ignoring case and surrounding space); anything else is a VALIDATION error on the field. */
    public static AuditoriumFormat named(String field, String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(key)).findFirst()
                .orElseThrow(() -> new ValidationException(field, "must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
