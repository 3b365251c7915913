package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeRejection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.FragmentDefinition;
import graphql.language.FloatValue;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gateway's query cost model (issue #17; docs/api.md, "Limits"), judged on the parsed document before anything
 * runs: field depth, aliases, and a cost that counts every field resolving an object (each may call a service),
 * weighted by how many times it resolves: a list multiplies what is below it by the page size asked for
 * ({@code size}, capped at the largest page) or, where nothing bounds it, by the assumed length of an unpaged list.
 * Types come from the gateway's committed schema snapshot, so {@code Movie.showtimes} is known to be a list and
 * {@code Showtime.movie} one object. Unknown fields cost nothing here: the engine refuses them.
 */
public final class QueryCost {

    /** The limits, each from MicroProfile Config (see {@link QueryCostCheck}). */
    public record Limits(int maxDepth, int maxAliases, int maxCost, int unpagedListLength, int maxPageSize) {
    }

    private final TypeDefinitionRegistry schema;
    private final Limits limits;
    private final GraphQlDocuments documents;

    /** @param documents the parse shared with the gateway's other edge checks */
    public QueryCost(TypeDefinitionRegistry schema, Limits limits, GraphQlDocuments documents) {
        this.schema = schema;
        this.limits = limits;
        this.documents = documents;
    }

    public Optional<EdgeRejection> check(String query, String operationName, JsonObject variables) {
        Document document;
        try {
            // A document that does not parse throws here and is never kept.
            document = documents.parse(query);
        } catch (InvalidSyntaxException e) {
            // Never the source text: a broken login mutation carries a password.
            var at = e.getLocation();
            return refuse("query", "is not a valid GraphQL document"
                    + (at == null ? "" : " (line " + at.getLine() + ", column " + at.getColumn() + ")"));
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Optional<OperationDefinition> operation = operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .findFirst();
        if (operation.isEmpty()) {
            return Optional.empty(); // the engine explains a missing or ambiguous operation
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        Walk walk = new Walk(fragments, variables == null ? JsonValue.EMPTY_JSON_OBJECT : variables);
        String root = switch (operation.get().getOperation()) {
            case MUTATION -> "Mutation";
            case SUBSCRIPTION -> "Subscription";
            default -> "Query";
        };
        for (VariableDefinition variable : operation.get().getVariableDefinitions()) {
            JsonValue value = walk.variables.get(variable.getName());
            if (typeNameOf(variable.getType()).equals("Int") && value instanceof JsonNumber number
                    && !isInt(number.bigDecimalValue())) {
                return refuse(variable.getName(), INT_RANGE);
            }
        }
        try {
            walk.selections(operation.get().getSelectionSet(), root, 1, 1L, null, new HashSet<>());
        } catch (OverLimit over) {
            return refuse(over.field, over.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<EdgeRejection> refuse(String field, String message) {
        // A GraphQL answer (200) like any other query error; nothing was executed.
        return Optional.of(EdgeRejection.validation(200, field, message));
    }

    /** One pass over the operation; stops at the first limit passed. */
    private final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        final JsonObject variables;
        private int aliases;
        private long cost;

        Walk(Map<String, FragmentDefinition> fragments, JsonObject variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        /**
         * @param times    how many times this selection set resolves
         * @param pageSize a {@code size} asked for on an enclosing page field, applied to the list inside it
         */
        void selections(SelectionSet set, String typeName, int depth, long times, Integer pageSize,
                        Set<String> fragmentPath) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    field(field, typeName, depth, times, pageSize, fragmentPath);
                } else if (selection instanceof InlineFragment inline) {
                    String on = inline.getTypeCondition() == null ? typeName : inline.getTypeCondition().getName();
                    selections(inline.getSelectionSet(), on, depth, times, pageSize, fragmentPath);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment == null || !fragmentPath.add(spread.getName())) {
                        continue; // unknown or cyclic: the engine refuses the document
                    }
                    selections(fragment.getSelectionSet(), fragment.getTypeCondition().getName(), depth, times,
                            pageSize, fragmentPath);
                    fragmentPath.remove(spread.getName());
                }
            }
        }

        private void field(Field field, String typeName, int depth, long times, Integer pageSize,
                           Set<String> fragmentPath) {
            if (depth > limits.maxDepth()) {
                throw new OverLimit("query", "nests fields deeper than " + limits.maxDepth()
                        + " levels (cinema.edge.graphql.max-depth)");
            }
            if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
                throw new OverLimit("query", "uses more than " + limits.maxAliases()
                        + " aliases (cinema.edge.graphql.max-aliases)");
            }
            if (field.getName().startsWith("__")) {
                return;
            }
            Optional<FieldDefinition> definition = definition(typeName, field.getName());
            if (definition.isEmpty()) {
                return;
            }
            for (Argument argument : field.getArguments()) {
                definition.get().getInputValueDefinitions().stream()
                        .filter(a -> a.getName().equals(argument.getName())).findFirst()
                        .filter(a -> typeNameOf(a.getType()).equals("Int") && !fitsInt(argument.getValue()))
                        .ifPresent(a -> {
                            throw new OverLimit(argument.getName(), INT_RANGE);
                        });
                checkNumberLiterals(argument.getName(), argument.getValue());
            }
            if (field.getSelectionSet() == null) {
                return;
            }
            // An object field resolves once per parent: each resolution may be a downstream call.
            cost += times;
            if (cost > limits.maxCost()) {
                throw new OverLimit("query", "costs more than " + limits.maxCost() + " (cinema.edge.graphql.max-cost): "
                        + "ask for smaller pages or fewer nested lists");
            }
            Type<?> type = definition.get().getType();
            Integer asked = sizeArgument(field);
            long below = times;
            Integer pageInside = asked;
            if (isList(type)) {
                int length = asked != null ? asked : pageSize != null ? pageSize : limits.unpagedListLength();
                below = times * Math.max(1, length);
                pageInside = null;
            }
            selections(field.getSelectionSet(), typeNameOf(type), depth + 1, below, pageInside, fragmentPath);
        }

        /** The page size asked for, as a literal or a variable, capped at the largest page served. */
        private Integer sizeArgument(Field field) {
            for (Argument argument : field.getArguments()) {
                if (!argument.getName().equals("size")) {
                    continue;
                }
                long size = limits.maxPageSize();
                if (argument.getValue() instanceof IntValue literal) {
                    size = literal.getValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
                } else if (argument.getValue() instanceof VariableReference ref
                        && variables.get(ref.getName()) instanceof JsonNumber number) {
                    size = (long) Math.min(number.doubleValue(), Integer.MAX_VALUE);
                }
                return (int) Math.max(1, Math.min(size, limits.maxPageSize()));
            }
            return null;
        }
    }

    /**
     * Number literals anywhere in an argument (inside input objects and lists too) must be finite numbers within
     * single precision: MP GraphQL's engine fails on a larger literal ({@code latitude: 1e39}) instead of refusing
     * it, which would answer INTERNAL for the caller's mistake.
     */
    static final String NUMBER_RANGE = "is not a number this API accepts (too large)";

    private static void checkNumberLiterals(String path, graphql.language.Value<?> value) {
        if (value instanceof FloatValue literal) {
            double number = literal.getValue().doubleValue();
            if (!Double.isFinite(number) || Math.abs(number) > Float.MAX_VALUE) {
                throw new OverLimit(path, NUMBER_RANGE);
            }
        } else if (value instanceof IntValue literal) {
            if (new java.math.BigDecimal(literal.getValue()).abs().compareTo(new java.math.BigDecimal(Float.MAX_VALUE)) > 0) {
                throw new OverLimit(path, NUMBER_RANGE);
            }
        } else if (value instanceof graphql.language.ObjectValue object) {
            for (graphql.language.ObjectField field : object.getObjectFields()) {
                checkNumberLiterals(path + "." + field.getName(), field.getValue());
            }
        } else if (value instanceof graphql.language.ArrayValue list) {
            for (graphql.language.Value<?> item : list.getValues()) {
                checkNumberLiterals(path, item);
            }
        }
    }

    /** GraphQL's Int is 32 bits: {@code page: 1e30} is the caller's mistake, not a server failure. */
    static final String INT_RANGE = "must be a whole number from -2147483648 to 2147483647";

    private static boolean fitsInt(graphql.language.Value<?> value) {
        if (value instanceof FloatValue) {
            return false;
        }
        return !(value instanceof IntValue literal) || isInt(new java.math.BigDecimal(literal.getValue()));
    }

    private static boolean isInt(java.math.BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0
                && number.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && number.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private Optional<FieldDefinition> definition(String typeName, String fieldName) {
        return schema.getType(typeName, ObjectTypeDefinition.class)
                .flatMap(type -> type.getFieldDefinitions().stream()
                        .filter(f -> f.getName().equals(fieldName)).findFirst());
    }

    private static boolean isList(Type<?> type) {
        return type instanceof ListType || type instanceof NonNullType nonNull && isList(nonNull.getType());
    }

    private static String typeNameOf(Type<?> type) {
        if (type instanceof ListType list) {
            return typeNameOf(list.getType());
        }
        if (type instanceof NonNullType nonNull) {
            return typeNameOf(nonNull.getType());
        }
        return ((TypeName) type).getName();
    }

    private static final class OverLimit extends RuntimeException {
        private final String field;

        OverLimit(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
