package com.cinema.gateway.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, "the API refuses every admin call from a customer", for every staff-only operation there is: the list is
 * read from the gateway's own resolvers ({@code @RolesAllowed("ADMIN")} on a {@code @Query} or {@code @Mutation}), so
 * a new admin operation is covered the day it is added. Each is called with well-typed arguments built from the
 * committed schema (docs/schema/gateway.graphql), so the engine reaches the role check: a customer gets FORBIDDEN and
 * a caller without a token UNAUTHENTICATED, and nothing is asked of any service (none listens in this module's IT).
 */
@MicroShedTest
class AdminOperationsRefuseCustomersIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final TestTokens TOKENS = TestTokens.forPlatform();

    @Test
    void everyStaffOnlyOperationRefusesACustomerAndAStranger() throws Exception {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("../docs/schema/gateway.graphql")));
        Map<String, String> operations = adminOperations();
        assertThat(operations).as("staff-only operations found by reflection")
                .containsKeys("dashboard", "createMovie", "createShowtime", "refundBooking", "createCoupon", "setUserRole",
                        "payments", "schedulingRules");
        // What the schema tells clients is for staff must be what the resolvers enforce.
        for (String root : List.of("Query", "Mutation")) {
            schema.getType(root, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions().stream()
                    .filter(f -> f.getDescription() != null && f.getDescription().getContent().contains("staff only"))
                    .forEach(f -> assertThat(operations).as("documented as staff only").containsKey(f.getName()));
        }

        GraphQlHttp customer = new GraphQlHttp(BASE).withBearer(TOKENS.user("4301", "it-customer@example.org"));
        GraphQlHttp stranger = new GraphQlHttp(BASE);
        List<String> wrong = new ArrayList<>();
        operations.forEach((field, kind) -> {
            String document = document(schema, kind, field);
            JsonObject asCustomer = customer.post(document);
            JsonObject asStranger = stranger.post(document);
            if (!"FORBIDDEN".equals(GraphQlHttp.firstErrorCode(asCustomer))
                    || !"UNAUTHENTICATED".equals(GraphQlHttp.firstErrorCode(asStranger))) {
                wrong.add(document + " -> customer " + asCustomer + ", stranger " + asStranger);
            }
        });
        assertThat(wrong).as("staff-only operations not refused").isEmpty();
    }

    /** Root field name to "query" or "mutation", for every resolver method that only staff may call. */
    private static Map<String, String> adminOperations() throws IOException {
        Path classes = Path.of("target/classes");
        Map<String, String> operations = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("com/cinema/gateway"))) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).sorted().toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type;
            try {
                type = Class.forName(name, false, AdminOperationsRefuseCustomersIT.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class that needs the server's runtime to load is no resolver of ours
            }
            for (Method method : type.getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                Mutation mutation = method.getAnnotation(Mutation.class);
                if ((query == null && mutation == null) || !staffOnly(type, method)) {
                    continue;
                }
                operations.put(query != null ? query.value() : mutation.value(), query != null ? "query" : "mutation");
            }
        }
        return operations;
    }

    private static boolean staffOnly(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(type.getAnnotation(RolesAllowed.class));
        return roles != null && Arrays.asList(roles.value()).equals(List.of("ADMIN"));
    }

    /** {@code mutation { field(required: value, ...) { __typename } }} with a value of the right type for each required argument. */
    private static String document(TypeDefinitionRegistry schema, String kind, String field) {
        ObjectTypeDefinition root = schema.getType(kind.equals("query") ? "Query" : "Mutation", ObjectTypeDefinition.class)
                .orElseThrow();
        FieldDefinition definition = root.getFieldDefinitions().stream().filter(f -> f.getName().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " is not in the committed schema snapshot"));
        String arguments = definition.getInputValueDefinitions().stream()
                .filter(a -> a.getType() instanceof NonNullType)
                .map(a -> a.getName() + ": " + value(schema, a.getType()))
                .collect(Collectors.joining(", "));
        boolean object = schema.getType(typeName(definition.getType())).map(t -> t instanceof ObjectTypeDefinition).orElse(false);
        return kind + " { " + field + (arguments.isEmpty() ? "" : "(" + arguments + ")") + (object ? " { __typename }" : "") + " }";
    }

    private static String value(TypeDefinitionRegistry schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return value(schema, nonNull.getType());
        }
        if (type instanceof ListType list) {
            return "[" + value(schema, list.getType()) + "]";
        }
        String name = ((TypeName) type).getName();
        Optional<TypeDefinition> definition = schema.getType(name);
        if (definition.isPresent() && definition.get() instanceof EnumTypeDefinition e) {
            return e.getEnumValueDefinitions().get(0).getName();
        }
        if (definition.isPresent() && definition.get() instanceof InputObjectTypeDefinition input) {
            return input.getInputValueDefinitions().stream().filter(f -> f.getType() instanceof NonNullType)
                    .map(f -> f.getName() + ": " + value(schema, f.getType()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return switch (name) {
            case "Int", "BigInteger", "Long" -> "1";
            case "Float", "BigDecimal" -> "1.5";
            case "Boolean" -> "true";
            case "Date" -> "\"2031-05-01\"";
            case "DateTime" -> "\"2031-05-01T18:00:00Z\"";
            case "ID" -> "\"1\"";
            default -> "\"X1\"";
        };
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return typeName(list.getType());
        }
        return ((TypeName) type).getName();
    }
}
