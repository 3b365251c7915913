package com.cinema.common.error;

import com.cinema.common.json.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives every GraphQL error the public shape of docs/api.md ("Errors"): {@code extensions.code} from the closed list,
 * {@code extensions.field} for validation errors, and no Java class names.
 * Pure JSON in, JSON out, so it is tested without a server.
 */
public final class GraphQlErrors {

    static final String INTERNAL_MESSAGE = "Something went wrong on our side; please try again";
    static final String SYNTAX_ERROR_MESSAGE = "query: is not a valid GraphQL document";

    private final Function<String, Optional<ErrorCode>> codeOfExceptionClass;

    /** @param codeOfExceptionClass the code of a thrown exception, by class name, if it is a typed API error */
    public GraphQlErrors(Function<String, Optional<ErrorCode>> codeOfExceptionClass) {
        this.codeOfExceptionClass = codeOfExceptionClass;
    }

    /**
     * Rewrites the {@code errors} of a GraphQL response; a response without errors is returned as it is.
     *
     * @param signedIn whether the request carried a valid token, which decides UNAUTHENTICATED or FORBIDDEN
     */
    public JsonObject normalise(JsonObject response, boolean signedIn) {
        return normalise(response, signedIn, RaisedErrors.of(List.of()));
    }

    /** Like {@link #normalise(JsonObject, boolean)}, adding the extra extensions of the typed errors raised. */
    JsonObject normalise(JsonObject response, boolean signedIn, RaisedErrors raised) {
        if (!response.containsKey("errors") || response.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return response;
        }
        JsonArrayBuilder errors = JsonP.PROVIDER.createArrayBuilder();
        response.getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> errors.add(normaliseError(e, signedIn, raised)));
        return JsonP.PROVIDER.createObjectBuilder(response).add("errors", errors).build();
    }

    /** A response made of one error, for failures that happen before any GraphQL result exists. */
    public static JsonObject single(ErrorCode code, String message) {
        return JsonP.PROVIDER.createObjectBuilder()
                .add("errors", JsonP.PROVIDER.createArrayBuilder().add(JsonP.PROVIDER.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", JsonP.PROVIDER.createObjectBuilder().add("code", code.name()))))
                .add("data", JsonValue.NULL)
                .build();
    }

    private JsonObject normaliseError(JsonObject error, boolean signedIn, RaisedErrors raised) {
        JsonObject extensions = error.containsKey("extensions") && !error.isNull("extensions")
                ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
        String message = error.getString("message", "");
        ErrorCode code;
        if (isRoleCheckFailure(message, extensions)) {
            code = signedIn ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
            message = signedIn ? "You are not allowed to do that" : "Please sign in to do that";
        } else {
            code = codeOf(extensions);
        }

        JsonObjectBuilder newExtensions = JsonP.PROVIDER.createObjectBuilder().add("code", code.name());
        if (code == ErrorCode.VALIDATION) {
            fieldOf(message, extensions).ifPresent(field -> newExtensions.add("field", field));
        }
        if (code == ErrorCode.INTERNAL) {
            message = INTERNAL_MESSAGE;
        } else if (message.startsWith("Invalid syntax")) {
            // graphql-java quotes the unparsed rest of the document, which may hold a password.
            message = SYNTAX_ERROR_MESSAGE;
        } else {
            String exception = extensions.getString("exception", "");
            raised.extensionsOf(exception, error.getString("message", ""))
                    .ifPresent(extra -> extra.forEach((name, value) -> newExtensions.add(name, toJson(value))));
        }
        return JsonP.PROVIDER.createObjectBuilder(error)
                .add("message", message)
                .add("extensions", newExtensions)
                .build();
    }

    /** Liberty answers a failed @RolesAllowed check with a plain GraphQLException("Unauthorized"). */
    private static boolean isRoleCheckFailure(String message, JsonObject extensions) {
        return "Unauthorized".equals(message)
                && "org.eclipse.microprofile.graphql.GraphQLException".equals(extensions.getString("exception", null));
    }

    private ErrorCode codeOf(JsonObject extensions) {
        String exception = extensions.getString("exception", null);
        if (exception != null) {
            Optional<ErrorCode> typed = codeOfExceptionClass.apply(exception);
            if (typed.isPresent()) {
                return typed.get();
            }
            if (exception.endsWith("ConstraintViolationException") || exception.endsWith("BeanValidationException")) {
                return ErrorCode.VALIDATION;
            }
            return ErrorCode.INTERNAL;
        }
        String already = extensions.getString("code", null);
        if (already != null && isKnown(already)) {
            return ErrorCode.valueOf(already);
        }
        String classification = extensions.getString("classification", "");
        // Errors of the query itself: bad syntax, unknown fields, wrong argument types.
        if (classification.equals("ValidationError") || classification.equals("InvalidSyntax")) {
            return ErrorCode.VALIDATION;
        }
        return ErrorCode.INTERNAL;
    }

    /** Our validation messages start with "field: problem"; Bean Validation reports a property path. */
    private static Optional<String> fieldOf(String message, JsonObject extensions) {
        // SmallRye 1.0.x: "violation.propertyPath": ["register", "input", "password"]
        if (extensions.get("violation.propertyPath") instanceof JsonArray path && path.size() > 1) {
            return Optional.of(path.getValuesAs(JsonValue::toString).stream().skip(1)
                    .map(p -> p.replace("\"", "")).collect(Collectors.joining(".")));
        }
        if (extensions.containsKey("violations") && extensions.get("violations").getValueType() == JsonValue.ValueType.ARRAY
                && !extensions.getJsonArray("violations").isEmpty()) {
            String path = extensions.getJsonArray("violations").getJsonObject(0).getString("propertyPath", "");
            // "createMovie.input.title" -> "input.title"
            int dot = path.indexOf('.');
            return Optional.of(dot >= 0 ? path.substring(dot + 1) : path).filter(p -> !p.isEmpty());
        }
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_.\\[\\]]*")) {
            return Optional.of(message.substring(0, colon));
        }
        return Optional.empty();
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JsonP.PROVIDER.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return JsonP.PROVIDER.createValue(n.doubleValue());
        }
        return JsonP.PROVIDER.createValue(value.toString());
    }

    private static boolean isKnown(String code) {
        for (ErrorCode c : ErrorCode.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
