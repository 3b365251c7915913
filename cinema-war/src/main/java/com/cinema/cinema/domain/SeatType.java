package com.cinema.cinema.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a seat; the booking service prices a seat by its type. Each has a one-letter layout code. */
public enum SeatType {
    STANDARD('S'),
    PREMIUM('P'),
    VIP('V'),
    WHEELCHAIR('W'),
    COUPLE('C'),
    /** A companion seat beside a wheelchair space: sold only with that space until shortly before the show (issue #21). */
    COMPANION('A');

    private final char code;

    SeatType(char code) {
        this.code = code;
    }

    /** The upper-case letter that stands for this type in a {@link SeatLayout}. */
    public char code() {
        return code;
    }

    public static Optional<SeatType> ofCode(char code) {
        char upper = Character.toUpperCase(code);
        return Arrays.stream(values()).filter(t -> t.code == upper).findFirst();
    }
}
