package com.cinema.common.input;

import com.cinema.common.error.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.function.Supplier;

/**
 * Bean Validation at the edge, reported with field names as the client spells them
 * (e.g. {@code input.password}). Explicit rather than {@code @Valid}: Liberty's method validation would
 * surface as an unnamed server error.
 */
public final class EdgeValidation {

    private EdgeValidation() {
    }

    /** Validates one input argument; the first broken field (by name) is reported. */
    public static <T> T valid(Validator validator, String argument, T input) {
        if (input == null) {
            throw new ValidationException(argument, "is required");
        }
        validator.validate(input).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new ValidationException(argument + "." + v.getPropertyPath(), v.getMessage());
                });
        return input;
    }

    /** Runs a domain call and names its validation errors inside the argument, e.g. password as input.password. */
    public static <T> T within(String argument, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            String problem = e.getMessage().substring(e.field().length() + 2);
            throw new ValidationException(argument + "." + e.field(), problem);
        }
    }
}
