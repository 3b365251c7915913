package com.cinema.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The public GraphQL endpoint as a customer's browser uses it: one POST per operation, the customer's token as a
 * bearer token. A GraphQL error becomes a {@link GraphQlError} with its {@code extensions.code}; a 429 is waited
 * out as its {@code Retry-After} says (sign-ups are a few a minute per address), at most {@code maxWait}.
 */
final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Duration timeout;
    private final Duration maxWait;

    GatewayClient(URI gateway, Duration timeout, Duration maxWait) {
        this.endpoint = gateway.resolve("/graphql");
        this.timeout = timeout;
        this.maxWait = maxWait;
    }

    /** The {@code data} of the answer; a GraphQL error (the first one) is thrown as {@link GraphQlError}. */
    JsonObject call(String document, JsonObject variables, String token) {
        String body = Json.createObjectBuilder().add("query", document).add("variables", variables).build().toString();
        long waited = 0;
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() == 429) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
                if (waited + seconds > maxWait.toSeconds()) {
                    throw new GraphQlError("RATE_LIMITED", null, "still rate limited after " + waited + " s");
                }
                pause(Duration.ofSeconds(seconds));
                waited += seconds;
                continue;
            }
            return dataOf(response);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GraphQlError("UPSTREAM_UNAVAILABLE", null, "the gateway at " + endpoint + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphQlError("INTERNAL", null, "interrupted");
        }
    }

    private static JsonObject dataOf(HttpResponse<String> response) {
        JsonObject answer;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            answer = reader.readObject();
        } catch (RuntimeException e) {
            throw new GraphQlError("INTERNAL", null, "HTTP " + response.statusCode() + " without a GraphQL answer");
        }
        JsonArray errors = answer.getJsonArray("errors");
        if (errors != null && !errors.isEmpty()) {
            JsonObject error = errors.getJsonObject(0);
            JsonObject extensions = error.getJsonObject("extensions");
            String code = extensions == null ? "INTERNAL" : extensions.getString("code", "INTERNAL");
            String field = extensions == null ? null : extensions.getString("field", null);
            throw new GraphQlError(code, field, error.getString("message", ""));
        }
        JsonValue data = answer.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new GraphQlError("INTERNAL", null, "HTTP " + response.statusCode() + " without data");
        }
        return data.asJsonObject();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphQlError("INTERNAL", null, "interrupted");
        }
    }

    /** A refusal as the public API gives it: {@code extensions.code}, the field named, the message. */
    static final class GraphQlError extends RuntimeException {

        final String code;
        final String field;

        GraphQlError(String code, String field, String message) {
            super(code + (field == null ? "" : " on " + field) + ": " + message);
            this.code = code;
            this.field = field;
        }
    }
}
