package com.cinema.user.api;

import com.cinema.common.error.ValidationException;
import com.cinema.user.domain.AccountRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.function.Supplier;

/** Input checks at the edge, with field names as the client spells them (e.g. {@code input.password}). */
final class InputChecks {

    /** Empty or E.164: a form's empty phone field means "no phone". */
    static final String OPTIONAL_PHONE = "\\s*(" + AccountRules.E164 + ")?\\s*";

    private InputChecks() {
    }

    /** Bean Validation of one input argument; the first broken field (by name) is reported. */
    static <T> T valid(Validator validator, String argument, T input) {
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
    static <T> T within(String argument, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            String problem = e.getMessage().substring(e.field().length() + 2);
            throw new ValidationException(argument + "." + e.field(), problem);
        }
    }
}
