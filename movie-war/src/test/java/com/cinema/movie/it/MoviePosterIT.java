package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.cinema.movie.it.MovieTestData.adminToken;
import static com.cinema.movie.it.MovieTestData.createMovie;
import static com.cinema.movie.it.MovieTestData.data;
import static com.cinema.movie.it.MovieTestData.uniqueTitle;
import static com.cinema.movie.it.MovieTestData.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/** The poster REST endpoints of the movie service, and posterUrl on movies. */
@MicroShedTest
class MoviePosterIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp admin = graphql.withBearer(adminToken());

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366CC + x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> put(String movieId, String token, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/movies/" + movieId + "/poster"))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String movieId, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/movies/" + movieId + "/poster")).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    private String posterUrl(String id) {
        JsonObject movie = data(graphql.post("query($id: ID!) { movie(id: $id) { posterUrl } }", Map.of("id", id)), "movie");
        return movie.isNull("posterUrl") ? null : movie.getString("posterUrl");
    }

    @Test
    void aRealPngIsStoredAndServedWithAnEtagAndA304OnMatch() throws Exception {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        assertThat(posterUrl(id)).isNull();
        byte[] image = png(120, 180);

        HttpResponse<byte[]> stored = put(id, adminToken(), image, "text/plain");
        assertThat(stored.statusCode()).as(new String(stored.body())).isEqualTo(200);
        JsonObject answer = json(stored);
        assertThat(answer.getString("contentType")).isEqualTo("image/png");
        assertThat(answer.getInt("width")).isEqualTo(120);
        assertThat(answer.getInt("height")).isEqualTo(180);
        String etag = answer.getString("etag");
        assertThat(posterUrl(id)).isEqualTo("/api/posters/" + id + "?v=" + etag.substring(0, 12));

        HttpResponse<byte[]> served = get(id, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(image);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("ETag")).hasValue("\"" + etag + "\"");

        HttpResponse<byte[]> notModified = get(id, "\"" + etag + "\"");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(get(id, "\"something-else\"").statusCode()).isEqualTo(200);

        byte[] replacement = png(60, 90);
        assertThat(put(id, adminToken(), replacement, "image/png").statusCode()).isEqualTo(200);
        assertThat(get(id, "\"" + etag + "\"").statusCode()).isEqualTo(200);
        assertThat(get(id, null).body()).isEqualTo(replacement);
        assertThat(posterUrl(id)).doesNotContain(etag.substring(0, 12));
    }

    @Test
    void aRenamedTextFileIsRefusedByContent() throws Exception {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        HttpResponse<byte[]> refused = put(id, adminToken(), "just some words, honestly".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(refused.statusCode()).isEqualTo(415);
        JsonObject error = json(refused);
        assertThat(error.getString("code")).isEqualTo("VALIDATION");
        assertThat(error.getString("field")).isEqualTo("poster");
        assertThat(error.getString("message")).contains("PNG, JPEG or WebP");
        assertThat(get(id, null).statusCode()).isEqualTo(404);
        assertThat(posterUrl(id)).isNull();
    }

    @Test
    void anImageOverTwoMegabytesIsTooLarge() throws Exception {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        byte[] header = png(10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        HttpResponse<byte[]> refused = put(id, adminToken(), big, "image/png");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).getString("field")).isEqualTo("poster");
        assertThat(get(id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyStaffUploadAndUnknownMoviesAreNotFound() throws Exception {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        byte[] image = png(20, 30);
        assertThat(put(id, null, image, "image/png").statusCode()).isEqualTo(401);
        assertThat(put(id, userToken("8100", "Not Staff"), image, "image/png").statusCode()).isEqualTo(403);
        assertThat(put("987654321", adminToken(), image, "image/png").statusCode()).isEqualTo(404);
        assertThat(get("987654321", null).statusCode()).isEqualTo(404);
        assertThat(json(get("987654321", null)).getString("code")).isEqualTo("NOT_FOUND");
        assertThat(get(id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void everyDemoMovieHasAGeneratedPoster() throws Exception {
        List<JsonObject> demo = data(graphql.post("{ movies(size: 100) { items { id title posterUrl } } }"), "movies")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getString("title").contains(MovieTestData.CREATED_MARKER)).toList();
        assertThat(demo).hasSize(12);
        for (JsonObject movie : demo) {
            assertThat(movie.isNull("posterUrl")).as(movie.getString("title")).isFalse();
            assertThat(movie.getString("posterUrl")).startsWith("/api/posters/" + movie.getString("id") + "?v=");
        }
        HttpResponse<byte[]> poster = get(demo.get(0).getString("id"), null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(poster.body().length).isBetween(1000, 100 * 1024);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(poster.body())).getWidth()).isEqualTo(300);
    }
}
