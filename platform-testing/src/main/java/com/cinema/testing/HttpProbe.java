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
import java.time.Instant;

/** Plain GETs against a server: health documents, metrics text, static pages. */
public final class HttpProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpProbe() {
    }

    public static HttpResponse<String> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code /health/ready} answers UP: the build starts a test server when Liberty is up, which on a
     * busy machine can be seconds before the application has deployed and migrated its schema.
     */
    public static void awaitReady(String baseUrl, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = get(baseUrl.replaceAll("/+$", "") + "/health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (UncheckedIOException notListening) {
                last = notListening.getMessage();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(baseUrl + " not ready within " + atMost + ": " + last);
    }

    /** The JSON body of a MicroProfile Health endpoint such as {@code /health/ready}. */
    public static JsonObject health(String baseUrl, String kind) {
        String body = get(baseUrl.replaceAll("/+$", "") + "/health/" + kind).body();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
