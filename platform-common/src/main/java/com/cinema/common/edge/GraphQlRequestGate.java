package com.cinema.common.edge;

import com.cinema.common.json.JsonP;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every server's {@code /graphql} makes before the GraphQL engine sees a request (issue #17: one 10 MiB
 * anonymous POST ran a service out of heap in the JSON tokenizer). Pure: bytes and headers in, a rejection or
 * nothing out, so each rule is unit-tested without a server. The order matters: size is judged from the header
 * (or a bounded read), then nesting by a byte scan, and only a small, shallow body is handed to a JSON parser.
 */
public final class GraphQlRequestGate {

    private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type");

    private final EdgeLimits limits;
    private final List<GraphQlDocumentCheck> documentChecks;

    public GraphQlRequestGate(EdgeLimits limits) {
        this(limits, List.of());
    }

    /** @param documentChecks a server's own checks of the document (the gateway's cost model), run last */
    public GraphQlRequestGate(EdgeLimits limits, List<GraphQlDocumentCheck> documentChecks) {
        this.limits = limits;
        this.documentChecks = List.copyOf(documentChecks);
    }

    public EdgeLimits limits() {
        return limits;
    }

    /** Judged from the headers alone, before a byte of the body is read. */
    public Optional<EdgeRejection> checkPostHeaders(String contentType, long contentLength) {
        if (contentLength > limits.maxBodyBytes()) {
            return Optional.of(tooLarge());
        }
        if (contentType == null || !isJson(contentType)) {
            return Optional.of(EdgeRejection.validation(415, "Content-Type",
                    "a GraphQL request is sent as application/json"));
        }
        return Optional.empty();
    }

    /**
     * Judged from a body read with at most {@code maxBodyBytes + 1} bytes, so a body sent without a length
     * (chunked) is refused as soon as it passes the limit.
     */
    public Optional<EdgeRejection> checkPostBody(byte[] body) {
        return checkPostBody(body, EdgeClient.UNKNOWN);
    }

    /** As {@link #checkPostBody(byte[])}, telling the document checks who sent the request. */
    public Optional<EdgeRejection> checkPostBody(byte[] body, EdgeClient client) {
        if (body.length > limits.maxBodyBytes()) {
            return Optional.of(tooLarge());
        }
        Optional<EdgeRejection> shape = checkJsonDepth(body);
        if (shape.isPresent()) {
            return shape;
        }
        JsonValue request;
        try (JsonParser parser = JsonP.PROVIDER.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            request = parser.getValue();
            if (parser.hasNext()) {
                return Optional.of(malformed()); // a second value after the first: not one JSON document
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return Optional.of(malformed());
        }
        if (request.getValueType() == JsonValue.ValueType.ARRAY) {
            return Optional.of(EdgeRejection.validation(400, "body",
                    "batched requests (a JSON array) are not supported; send one operation per request"));
        }
        if (request.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.of(EdgeRejection.validation(400, "body",
                    "the request must be a JSON object with a query"));
        }
        return checkRequestObject(request.asJsonObject(), client);
    }

    /** A GET carries the query (and variables as JSON) in the query string. */
    public Optional<EdgeRejection> checkGet(String queryString, String query, String variables) {
        return checkGet(queryString, query, null, variables, EdgeClient.UNKNOWN);
    }

    public Optional<EdgeRejection> checkGet(String queryString, String query, String operationName,
                                            String variables, EdgeClient client) {
        if (queryString != null && queryString.length() > limits.maxBodyBytes()) {
            return Optional.of(tooLarge());
        }
        if (query == null || query.isBlank()) {
            return Optional.of(EdgeRejection.validation(400, "query", "is required"));
        }
        if (variables != null && !variables.isBlank()) {
            Optional<EdgeRejection> shape = checkJsonDepth(variables.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (shape.isPresent()) {
                return shape;
            }
            try (var reader = JsonP.PROVIDER.createReader(new StringReader(variables))) {
                JsonValue parsed = reader.readValue();
                if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                    return Optional.of(EdgeRejection.validation(400, "variables", "must be a JSON object"));
                }
                return checkDocument(query, operationName, parsed.asJsonObject(), client);
            } catch (JsonException | IllegalStateException e) {
                return Optional.of(EdgeRejection.validation(400, "variables", "is not valid JSON"));
            }
        }
        return checkDocument(query, operationName, JsonValue.EMPTY_JSON_OBJECT, client);
    }

    /** {@code GET /graphql/schema.graphql}: the whole schema, served only where introspection is on. */
    public Optional<EdgeRejection> checkSchemaDownload() {
        return limits.introspection() ? Optional.empty()
                : Optional.of(EdgeRejection.validation(404, "schema", "schema download is disabled on this server"));
    }

    private Optional<EdgeRejection> checkRequestObject(JsonObject request, EdgeClient client) {
        JsonValue query = request.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING
                || request.getString("query").isBlank()) {
            return Optional.of(EdgeRejection.validation(400, "query", "is required and must be a string"));
        }
        JsonValue variables = request.get("variables");
        if (variables != null && variables.getValueType() != JsonValue.ValueType.NULL
                && variables.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.of(EdgeRejection.validation(400, "variables", "must be a JSON object"));
        }
        JsonValue operationName = request.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.NULL
                && operationName.getValueType() != JsonValue.ValueType.STRING) {
            return Optional.of(EdgeRejection.validation(400, "operationName", "must be a string"));
        }
        return checkDocument(request.getString("query"),
                operationName == null || operationName.getValueType() == JsonValue.ValueType.NULL ? null
                        : request.getString("operationName"),
                variables == null || variables.getValueType() == JsonValue.ValueType.NULL
                        ? JsonValue.EMPTY_JSON_OBJECT : variables.asJsonObject(), client);
    }

    private Optional<EdgeRejection> checkDocument(String query, String operationName, JsonObject variables,
                                                  EdgeClient client) {
        if (!limits.introspection() && GraphQlNames.mentionsAny(query, INTROSPECTION_FIELDS)) {
            // A GraphQL answer, not a transport failure: 200 with VALIDATION, as other query errors.
            return Optional.of(EdgeRejection.validation(200, "query", "introspection is disabled on this server"));
        }
        for (GraphQlDocumentCheck check : documentChecks) {
            Optional<EdgeRejection> refused = check.check(query, operationName, variables, client);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * Counts nesting over the raw bytes (strings skipped), so {@code [[[[...} 64 KiB deep is refused without a
     * recursive parser ever walking it.
     */
    private Optional<EdgeRejection> checkJsonDepth(byte[] json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > limits.maxJsonDepth()) {
                    return Optional.of(EdgeRejection.validation(400, "body",
                            "JSON nested deeper than " + limits.maxJsonDepth() + " levels"));
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return Optional.empty();
    }

    private EdgeRejection tooLarge() {
        return EdgeRejection.validation(413, "body",
                "request larger than " + limits.maxBodyBytes() + " bytes (cinema.edge.graphql.max-body-bytes)");
    }

    private static EdgeRejection malformed() {
        return EdgeRejection.validation(400, "body", "is not valid JSON");
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return type.equals("application/json") || type.equals("application/graphql+json");
    }
}
