package com.cinema.common.client;

import jakarta.json.bind.annotation.JsonbTransient;
import org.eclipse.microprofile.graphql.Ignore;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The GraphQL selection set a Java type asks for: its public instance fields, nested objects expanded, lists
 * unwrapped. It is worked out once per operation (a typed client's operations are constants), so reading an
 * answer never reflects over the result classes again.
 */
final class GraphQlSelection {

    /** Deep enough for every answer the services give (page → items → tickets); deeper means a cycle. */
    private static final int MAX_DEPTH = 8;

    private GraphQlSelection() {
    }

    /** The selection set of {@code type} including its braces, or "" for a scalar or enum. */
    static String of(Type type) {
        return of(type, 0);
    }

    private static String of(Type type, int depth) {
        Class<?> raw = elementClass(type);
        if (isLeaf(raw)) {
            return "";
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("Selection of " + raw.getName() + " nests deeper than " + MAX_DEPTH
                    + " levels: a result type refers to itself");
        }
        List<String> fields = new ArrayList<>();
        for (Field field : selectedFields(raw)) {
            String nested = of(field.getGenericType(), depth + 1);
            fields.add(nested.isEmpty() ? field.getName() : field.getName() + " " + nested);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(raw.getName() + " has no public fields to select");
        }
        return "{ " + String.join(" ", fields) + " }";
    }

    /** Public instance fields, superclass first, except those marked as not part of the wire form. */
    static List<Field> selectedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            fields.addAll(selectedFields(type.getSuperclass()));
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                    && !field.isAnnotationPresent(Ignore.class) && !field.isAnnotationPresent(JsonbTransient.class)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The class an answer of this type is made of: the element class for lists and arrays. */
    static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? elementClass(c.getComponentType()) : c;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return elementClass(p.getActualTypeArguments()[0]);
            }
            return raw;
        }
        if (type instanceof WildcardType w) {
            return elementClass(w.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("Cannot select fields of " + type);
    }

    static boolean isLeaf(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || type == Boolean.class
                || type == Character.class || Number.class.isAssignableFrom(type) || type == BigDecimal.class
                || type == BigInteger.class || Temporal.class.isAssignableFrom(type) || type == UUID.class
                || type == Object.class;
    }
}
