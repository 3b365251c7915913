package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Movies and tokens for the movie service's integration tests. Created movies are marked, ARCHIVED and Documentary. */
final class MovieTestData {

    static final String CREATED_MARKER = "It-Created";
    static final TestTokens TOKENS = TestTokens.forPlatform();
    static final String MOVIE_FIELDS = "id title synopsis genres durationMinutes ageRating releaseDate language director"
            + " cast trailerUrl status averageRating reviewCount posterUrl";

    private MovieTestData() {
    }

    static String uniqueTitle() {
        return CREATED_MARKER + " " + UUID.randomUUID();
    }

    static JsonObjectBuilder movieInput(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("synopsis", "Made by an integration test.")
                .add("genres", Json.createArrayBuilder().add("documentary"))
                .add("durationMinutes", 95)
                .add("ageRating", "PG")
                .add("releaseDate", "2020-02-29")
                .add("language", "English")
                .add("director", "Ida Tester")
                .add("cast", Json.createArrayBuilder().add("First Star").add("Second Star"))
                .add("trailerUrl", "https://example.com/trailers/it")
                .add("status", "ARCHIVED");
    }

    static String adminToken() {
        return TOKENS.admin("1", "admin@cinema.test");
    }

    /** A customer's token carrying the full name, as the user service issues it. */
    static String userToken(String userId, String fullName) {
        return TOKENS.signed(TestTokens.claims(userId, "u" + userId + "@example.org", List.of("USER"))
                .add("name", fullName).build());
    }

    static JsonObject createMovie(GraphQlHttp admin, String title) {
        JsonObject response = admin.post("mutation($input: MovieInput) { createMovie(input: $input) { " + MOVIE_FIELDS + " } }",
                Map.of("input", movieInput(title).build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject("createMovie");
    }

    static JsonObject data(JsonObject response, String field) {
        return GraphQlHttp.dataWithoutErrors(response).getJsonObject(field);
    }
}
