package com.cinema.testing;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Consumer-driven contract check: every GraphQL document a typed client sends must be valid against the provider's
 * committed schema snapshot ({@link SchemaSnapshot}): each field it selects exists, each argument exists with a type
 * the declared variable fits, leaves are leaves. When a provider renames or retypes something a consumer uses, the
 * consumer's unit test fails before any server runs.
 */
public final class GraphQlContract {

    /** Scalars the MicroProfile GraphQL generator uses without declaring them in the printed schema. */
    private static final List<String> IMPLICIT_SCALARS = List.of("Date", "DateTime", "Time", "BigDecimal",
            "BigInteger", "Long", "Short", "Byte", "Char", "Void");

    private GraphQlContract() {
    }

    /** The committed snapshot of a service's schema, e.g. {@code providerSchema("movie")}. */
    public static Path providerSchema(String service) {
        Path relative = Path.of(service + "-war", "src", "test", "resources", "schema", service + ".graphql");
        // Tests run in their module's folder; the providers are its siblings.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError("No schema snapshot " + relative + " above " + Path.of("").toAbsolutePath());
    }

    /**
     * Fails unless every operation constant of a typed client class (its static {@code GraphQlOperation} fields of
     * platform-common, read by reflection) fits the committed schema of {@code service}.
     */
    public static void assertClientFits(Class<?> client, String service) {
        assertClientFits(client, providerSchema(service));
    }

    /** As {@link #assertClientFits(Class, String)}, against a given schema file (a test's altered copy, say). */
    public static void assertClientFits(Class<?> client, Path snapshot) {
        Map<String, String> documents = new java.util.TreeMap<>();
        for (java.lang.reflect.Field field : client.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
                    && field.getType().getName().equals("com.cinema.common.client.GraphQlOperation")) {
                try {
                    field.setAccessible(true);
                    Object operation = field.get(null);
                    documents.put(field.getName(), (String) operation.getClass().getMethod("document").invoke(operation));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + client.getSimpleName() + "." + field.getName(), e);
                }
            }
        }
        if (documents.isEmpty()) {
            throw new AssertionError(client.getName() + " declares no GraphQlOperation constants");
        }
        assertValidAgainst(snapshot, documents);
    }

    /** Fails listing every document (by name) that the schema in {@code snapshot} would refuse, and why. */
    public static void assertValidAgainst(Path snapshot, Map<String, String> documentsByName) {
        GraphQLSchema schema = schemaOf(read(snapshot));
        List<String> problems = new ArrayList<>();
        documentsByName.forEach((name, document) -> {
            ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                    ExecutionInput.newExecutionInput(document).build());
            if (result.isFailure()) {
                problems.add(name + ": " + document + "\n    " + String.join("\n    ",
                        result.getErrors().stream().map(Object::toString).toList()));
            }
        });
        if (documentsByName.isEmpty()) {
            problems.add("no documents to check");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Documents the provider's schema " + snapshot.getFileName()
                    + " refuses:\n" + String.join("\n", problems));
        }
    }

    static GraphQLSchema schemaOf(String sdl) {
        StringBuilder text = new StringBuilder(sdl);
        IMPLICIT_SCALARS.stream()
                .filter(scalar -> !sdl.matches("(?s).*\\bscalar\\s+" + scalar + "\\b.*"))
                .forEach(scalar -> text.append("\nscalar ").append(scalar));
        TypeDefinitionRegistry registry = new SchemaParser().parse(text.toString());
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    private static String read(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return String.join("\n", lines.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
