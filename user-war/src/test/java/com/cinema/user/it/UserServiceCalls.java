package com.cinema.user.it;

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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The user service's /graphql as a client sees it, with or without an access token. */
final class UserServiceCalls {

    static final String USER_FIELDS = "{ id email fullName phone roles status createdAt }";
    static final String AUTH_FIELDS = "{ accessToken refreshToken expiresIn user " + USER_FIELDS + " }";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final URI endpoint;

    UserServiceCalls(String baseUrl) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/graphql");
    }

    /** An address no earlier run has used (the IT database outlives a run). */
    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    JsonObject register(String email, String password, String fullName, String phone) {
        JsonObjectBuilder input = Json.createObjectBuilder()
                .add("email", email).add("password", password).add("fullName", fullName);
        if (phone != null) {
            input.add("phone", phone);
        }
        return post(null, "mutation($input: RegisterInput) { register(input: $input) " + AUTH_FIELDS + " }",
                Map.of("input", input.build()));
    }

    JsonObject login(String email, String password) {
        return post(null, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) " + AUTH_FIELDS + " }",
                Map.of("e", email, "p", password));
    }

    JsonObject refresh(String refreshToken) {
        return post(null, "mutation($t: String!) { refreshToken(refreshToken: $t) " + AUTH_FIELDS + " }",
                Map.of("t", refreshToken));
    }

    JsonObject logout(String refreshToken) {
        return post(null, "mutation($t: String!) { logout(refreshToken: $t) }", Map.of("t", refreshToken));
    }

    JsonObject me(String accessToken) {
        return post(accessToken, "{ me " + USER_FIELDS + " }", Map.of());
    }

    /** The payload of a call that must succeed: register, login or refreshToken. */
    static JsonObject payload(JsonObject response, String operation) {
        if (response.containsKey("errors")) {
            throw new AssertionError(operation + " failed: " + response);
        }
        return response.getJsonObject("data").getJsonObject(operation);
    }

    static JsonObject firstError(JsonObject response) {
        if (!response.containsKey("errors") || response.isNull("errors")) {
            throw new AssertionError("expected an error: " + response);
        }
        return response.getJsonArray("errors").getJsonObject(0);
    }

    static String code(JsonObject response) {
        return firstError(response).getJsonObject("extensions").getString("code");
    }

    JsonObject post(String accessToken, String query, Map<String, ?> variables) {
        Map<String, JsonValue> values = new HashMap<>();
        variables.forEach((k, v) -> values.put(k, toJson(v)));
        String body = Json.createObjectBuilder().add("query", query)
                .add("variables", Json.createObjectBuilder(values)).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.body().isBlank()) {
                throw new AssertionError("HTTP " + response.statusCode() + " without a body");
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value.toString());
    }
}
