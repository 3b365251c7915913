package com.cinema.common.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One query or mutation of another service's GraphQL API, as a typed client sends it: the root field, its
 * arguments with their GraphQL types, and the Java type its answer is read into. The document is rendered once,
 * when the constant is made, e.g.
 * <pre>{@code
 * static final GraphQlOperation<MoviePage> MOVIES = GraphQlOperation.query("movies", MoviePage.class,
 *         "filter: MovieFilter", "page: Int", "size: Int", "sort: MovieSort");
 * }</pre>
 * renders {@code query movies($filter: MovieFilter, ...) { movies(filter: $filter, ...) { items { id ... } ... } }}.
 * The contract tests check every document against the provider's committed schema (docs/api.md).
 *
 * @param <T> what the root field's value is read into
 */
public final class GraphQlOperation<T> {

    private final String kind;
    private final String field;
    private final List<Argument> arguments;
    private final Type resultType;
    private final Type envelopeType;
    private final String document;

    private GraphQlOperation(String kind, String field, Type resultType, String... arguments) {
        this.kind = kind;
        this.field = Objects.requireNonNull(field);
        this.arguments = Arrays.stream(arguments).map(Argument::parse).toList();
        this.resultType = resultType;
        this.envelopeType = new Parameterized(GraphQlClient.Envelope.class, resultType);
        this.document = render();
    }

    /** A query whose root field answers one {@code type}; arguments as {@code "name: GraphQLType"}. */
    public static <T> GraphQlOperation<T> query(String field, Class<T> type, String... arguments) {
        return new GraphQlOperation<>("query", field, type, arguments);
    }

    /** A query whose root field answers a list of {@code elementType}. */
    public static <T> GraphQlOperation<List<T>> queryForList(String field, Class<T> elementType, String... arguments) {
        return new GraphQlOperation<>("query", field, new Parameterized(List.class, elementType), arguments);
    }

    public static <T> GraphQlOperation<T> mutation(String field, Class<T> type, String... arguments) {
        return new GraphQlOperation<>("mutation", field, type, arguments);
    }

    public static <T> GraphQlOperation<List<T>> mutationForList(String field, Class<T> elementType,
                                                                String... arguments) {
        return new GraphQlOperation<>("mutation", field, new Parameterized(List.class, elementType), arguments);
    }

    private String render() {
        StringBuilder text = new StringBuilder(kind).append(' ').append(field);
        if (!arguments.isEmpty()) {
            text.append(arguments.stream().map(a -> "$" + a.name() + ": " + a.type())
                    .collect(Collectors.joining(", ", "(", ")")));
        }
        text.append(" { ").append(field);
        if (!arguments.isEmpty()) {
            text.append(arguments.stream().map(a -> a.name() + ": $" + a.name())
                    .collect(Collectors.joining(", ", "(", ")")));
        }
        String selection = GraphQlSelection.of(resultType);
        if (!selection.isEmpty()) {
            text.append(' ').append(selection);
        }
        return text.append(" }").toString();
    }

    /** The variables of one call: the values in the order the arguments were declared. */
    Map<String, Object> variables(Object... values) {
        if (values.length != arguments.size()) {
            throw new IllegalArgumentException(field + " takes " + arguments.size() + " arguments, got " + values.length);
        }
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                variables.put(arguments.get(i).name(), values[i]);
            }
        }
        return variables;
    }

    public String field() {
        return field;
    }

    public String document() {
        return document;
    }

    public List<Argument> arguments() {
        return arguments;
    }

    Type envelopeType() {
        return envelopeType;
    }

    @Override
    public String toString() {
        return document;
    }

    /** One argument of the root field: its name and GraphQL type, e.g. {@code ids: [String!]!}. */
    public record Argument(String name, String type) {
        static Argument parse(String declaration) {
            int colon = declaration.indexOf(':');
            if (colon <= 0 || colon == declaration.length() - 1) {
                throw new IllegalArgumentException("An argument is declared as \"name: Type\", not \"" + declaration + "\"");
            }
            return new Argument(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
        }
    }

    /** A generic type made at run time (List of X, Envelope of X), for JSON-B to read answers into. */
    record Parameterized(Type raw, Type argument) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{argument};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String getTypeName() {
            return raw.getTypeName() + "<" + argument.getTypeName() + ">";
        }
    }
}
