package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a cinema offers its visitors beyond the screens; a cinema has any number of them. */
public enum Facility {
    WHEELCHAIR_ACCESS,
    HEARING_LOOP,
    AUDIO_DESCRIPTION,
    PARKING,
    CAFE,
    BAR,
    RESTAURANT,
    BABY_CHANGING;

    /**
     * The facilities with these names (ignoring case and surrounding space; duplicates count once);
     * null means none. An unknown or blank name is reported on the field {@code facilities}.
     */
    public static Set<Facility> named(Collection<String> names) {
        Set<Facility> facilities = EnumSet.noneOf(Facility.class);
        if (names == null) {
            return facilities;
        }
        for (String name : names) {
            facilities.add(named(name));
        }
        return facilities;
    }

    private static Facility named(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(key)).findFirst()
                .orElseThrow(() -> new ValidationException("facilities",
                        "unknown facility '" + (name == null ? "" : name.strip()) + "'; must be one of " + known()));
    }

    private static String known() {
        return Arrays.stream(values()).map(Facility::name).collect(Collectors.joining(", "));
    }
}
