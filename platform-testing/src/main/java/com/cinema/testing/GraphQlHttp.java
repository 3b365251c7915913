package com.cinema.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts GraphQL documents to one endpoint the way any client would: plain HTTP and JSON. */
public final class GraphQlHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    public GraphQlHttp(String baseUrl) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/graphql");
    }

    /** The whole response body ({@code data} and {@code errors}). */
    public JsonObject post(String query) {
        return post(query, Map.of());
    }

    public JsonObject post(String query, Map<String, ?> variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        variables.forEach((k, v) -> vars.add(k, toJson(v)));
        String body = Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code extensions.code} of the first error, or null when the response has no error. */
    public static String firstErrorCode(JsonObject response) {
        if (!response.containsKey("errors") || response.isNull("errors")) {
            return null;
        }
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        JsonObject extensions = error.getJsonObject("extensions");
        return extensions == null ? null : extensions.getString("code", null);
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof JsonValue j) {
            return j;
        }
        return Json.createValue(value.toString());
    }
}
