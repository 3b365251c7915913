package com.cinema.common.input;

import com.cinema.common.error.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values sent as strings (filters, inputs): read in any case, a wrong one names its field and the choices. */
public final class EnumInput {

    private EnumInput() {
    }

    /** The constant named {@code value} (any case, surrounding blanks ignored), or a VALIDATION error of {@code field}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new ValidationException(field, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Like {@link #parse}, for optional filters: null stays null. */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String field, String value) {
        return value == null ? null : parse(type, field, value);
    }
}
