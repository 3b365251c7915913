package com.cinema.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a GraphQL client would never send (any method, a raw body, chosen headers such as Origin or a request
 * budget), for tests of what a server answers before or around GraphQL: error pages, CORS, deadlines.
 */
public final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TYPENAME_QUERY = "{\"query\":\"{ __typename }\"}";

    private final String base;

    public RawHttp(String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "");
    }

    /** {@code method path} with no body and the given headers (name, value pairs). */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** POST /graphql of the smallest valid query ({@code { __typename }}) with the given headers. */
    public HttpResponse<String> postTypename(String... headers) {
        return send("POST", "/graphql", HttpRequest.BodyPublishers.ofString(TYPENAME_QUERY),
                headers(headers, "Content-Type", "application/json"));
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] headers(String[] given, String name, String value) {
        String[] all = Arrays.copyOf(given, given.length + 2);
        all[given.length] = name;
        all[given.length + 1] = value;
        return all;
    }

    /**
     * Asserts the answer is a short JSON error with this {@code extensions.code} (issue #17: error pages name no
     * Java class, no server message id).
     */
    public static void assertCleanJsonError(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).doesNotContain("Exception", "SRVE", "java.", "com.ibm", "jakarta.");
        assertThat(firstErrorExtensions(response).getString("code")).isEqualTo(code);
    }

    /** The {@code extensions} of the first error in a JSON error body. */
    public static JsonObject firstErrorExtensions(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("errors")
                .getJsonObject(0).getJsonObject("extensions");
    }
}
