package com.cinema.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The limits a GraphQL input type's Bean Validation annotations set, field by field ({@code @Size}, {@code @Min},
 * {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @Pattern}; messages and presence checks are left
 * out), in a form two classes can be compared by. The gateway's public input and the service's own each compare
 * theirs with one expectation in {@link PublicInputLimits}, so the two sides cannot drift apart unnoticed.
 * Annotations are read by name, so this needs no Bean Validation API on the test class path.
 */
public final class InputConstraints {

    private InputConstraints() {
    }

    /** Every limit on the instance fields of {@code input}: field name to its limits. */
    public static Map<String, Set<String>> of(Class<?> input) {
        Map<String, Set<String>> limits = new TreeMap<>();
        for (Field field : input.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            for (Annotation annotation : field.getAnnotations()) {
                String limit = describe(annotation);
                if (limit != null) {
                    limits.computeIfAbsent(field.getName(), f -> new TreeSet<>()).add(limit);
                }
            }
        }
        return limits;
    }

    /** An expectation to compare {@link #of(Class)} with. */
    public static Builder expect() {
        return new Builder();
    }

    private static String describe(Annotation annotation) {
        return switch (annotation.annotationType().getName()) {
            case "jakarta.validation.constraints.Size" ->
                    size((int) attribute(annotation, "min"), (int) attribute(annotation, "max"));
            case "jakarta.validation.constraints.Min" -> "min " + attribute(annotation, "value");
            case "jakarta.validation.constraints.Max" -> "max " + attribute(annotation, "value");
            case "jakarta.validation.constraints.DecimalMin" -> "decimal min " + attribute(annotation, "value")
                    + (Boolean.TRUE.equals(attribute(annotation, "inclusive")) ? "" : " exclusive");
            case "jakarta.validation.constraints.DecimalMax" -> "decimal max " + attribute(annotation, "value")
                    + (Boolean.TRUE.equals(attribute(annotation, "inclusive")) ? "" : " exclusive");
            case "jakarta.validation.constraints.Pattern" -> "pattern " + attribute(annotation, "regexp");
            default -> null;
        };
    }

    private static String size(int min, int max) {
        return "size " + min + ".." + max;
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
        }
    }

    /** Builds the limits a field should have, in the form {@link #of(Class)} reports them. */
    public static final class Builder {

        private final Map<String, Set<String>> limits = new TreeMap<>();

        private Builder add(String field, String limit) {
            limits.computeIfAbsent(field, f -> new TreeSet<>()).add(limit);
            return this;
        }

        public Builder maxLength(String field, int max) {
            return add(field, size(0, max));
        }

        public Builder length(String field, int min, int max) {
            return add(field, size(min, max));
        }

        public Builder range(String field, long min, long max) {
            return add(field, "min " + min).add(field, "max " + max);
        }

        public Builder decimalRange(String field, String min, String max) {
            return add(field, "decimal min " + min).add(field, "decimal max " + max);
        }

        public Builder pattern(String field, String regexp) {
            return add(field, "pattern " + regexp);
        }

        public Map<String, Set<String>> build() {
            Map<String, Set<String>> copy = new TreeMap<>();
            limits.forEach((field, set) -> copy.put(field, Collections.unmodifiableSortedSet(new TreeSet<>(set))));
            return copy;
        }
    }
}
