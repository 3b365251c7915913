package com.cinema.movie.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The movie service on its own Liberty server (started by the build), with the demo catalogue. */
@MicroShedTest
class MovieServiceIT extends DomainServiceContract {

    private static final int DEMO_MOVIES = 12;
    /** Every movie a test creates has this in its title (and is ARCHIVED, Documentary), so the demo counts stay checkable. */
    private static final String CREATED_MARKER = "It-Created";
    private static final TestTokens TOKENS = TestTokens.forPlatform();

    private final GraphQlHttp admin = graphql.withBearer(TOKENS.admin("1", "admin@cinema.test"));

    @Test
    void listsDemoCatalogueInTitleOrderWithTotal() {
        int created = createdByTests();
        JsonObject page = graphql.post("{ movies(size: 100) { items { id title genres status } total page size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(page.getInt("total")).isEqualTo(DEMO_MOVIES + created);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(100);
        var titles = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("title")).toList();
        assertThat(titles).hasSize(DEMO_MOVIES + created).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(titles.stream().filter(t -> !t.contains(CREATED_MARKER))).hasSize(DEMO_MOVIES);

        JsonObject first = graphql.post("{ movies { items { title } page size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(20);
        assertThat(first.getJsonArray("items")).hasSize(Math.min(20, DEMO_MOVIES + created));
    }

    @Test
    void pagesAreStableAndSizeIsCapped() {
        int created = createdByTests();
        JsonObject second = graphql.post("{ movies(page: 1, size: 5) { items { title } total page size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(second.getJsonArray("items")).hasSize(5);
        assertThat(second.getInt("total")).isEqualTo(DEMO_MOVIES + created);

        JsonObject capped = graphql.post("{ movies(size: 1000) { items { title } size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(capped.getInt("size")).isEqualTo(100);

        int pastTheEnd = (DEMO_MOVIES + created) / 5 + 1;
        JsonObject beyond = graphql.post("query($p: Int) { movies(page: $p, size: 5) { items { title } total } }",
                        Map.of("p", pastTheEnd))
                .getJsonObject("data").getJsonObject("movies");
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(DEMO_MOVIES + created);
    }

    @Test
    void filtersByTitleFragmentGenreAndStatus() {
        JsonObject response = graphql.post(
                "query($f: MovieFilter) { movies(filter: $f) { items { title } total } }",
                Map.of("f", jakarta.json.Json.createObjectBuilder().add("search", "GLASS").build()));
        assertThat(response.getJsonObject("data").getJsonObject("movies").getInt("total")).isEqualTo(1);

        JsonObject soon = graphql.post("{ movies(filter: {status: \"COMING_SOON\", genre: \"family\"}) { items { title } total } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(soon.getInt("total")).isEqualTo(2);
    }

    @Test
    void searchReadsTheBodyAsUtf8EvenWithoutACharset() {
        // GraphQlHttp sends "Content-Type: application/json" without a charset, as browsers do.
        JsonObject response = graphql.post("query($f: MovieFilter) { movies(filter: $f) { items { title } total } }",
                Map.of("f", Json.createObjectBuilder().add("search", "métro").build()));
        JsonObject movies = response.getJsonObject("data").getJsonObject("movies");
        assertThat(movies.getInt("total")).as(response.toString()).isEqualTo(1);
        assertThat(movies.getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo("Le Dernier Métro de Minuit");
    }

    @Test
    void badInputIsAValidationErrorNamingTheField() {
        JsonObject response = graphql.post("{ movies(filter: {status: \"SHOWING_SOMETIMES\"}) { total } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("filter.status");

        JsonObject negative = graphql.post("{ movies(page: -1) { total } }");
        assertThat(GraphQlHttp.firstErrorCode(negative)).isEqualTo("VALIDATION");
    }

    @Test
    void queryAskingForAnUnknownFieldIsAValidationErrorNotAStackTrace() {
        JsonObject response = graphql.post("{ movies { items { title budget } } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("VALIDATION");
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void unknownMovieIsNotFound() {
        JsonObject response = graphql.post("{ movie(id: \"987654\") { title } }");
        assertThat(GraphQlHttp.firstErrorCode(response)).isEqualTo("NOT_FOUND");
        assertThat(response.toString()).doesNotContain("at com.cinema");
    }

    private static final String CREATE = "mutation($input: MovieInput) { createMovie(input: $input) "
            + "{ id title synopsis genres durationMinutes ageRating releaseDate language director cast trailerUrl status } }";

    @Test
    void anAdminCreatesAMovieThatIsThenFoundById() {
        String title = uniqueTitle();
        JsonObject response = admin.post(CREATE, Map.of("input", movieInput(title).build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        JsonObject created = response.getJsonObject("data").getJsonObject("createMovie");
        assertThat(created.getString("id")).isNotBlank();
        assertThat(created.getString("title")).isEqualTo(title);
        assertThat(created.getString("status")).isEqualTo("ARCHIVED");

        JsonObject found = graphql.post("query($id: ID!) { movie(id: $id) { id title synopsis genres durationMinutes "
                        + "ageRating releaseDate language director cast trailerUrl status } }",
                Map.of("id", created.getString("id"))).getJsonObject("data").getJsonObject("movie");
        assertThat(found).isEqualTo(created);
        assertThat(found.getString("synopsis")).isEqualTo("Made by an integration test.");
        assertThat(found.getJsonArray("genres").getString(0)).isEqualTo("Documentary");
        assertThat(found.getInt("durationMinutes")).isEqualTo(95);
        assertThat(found.getString("ageRating")).isEqualTo("PG");
        assertThat(found.getString("releaseDate")).isEqualTo("2020-02-29");
        assertThat(found.getString("language")).isEqualTo("English");
        assertThat(found.getString("director")).isEqualTo("Ida Tester");
        assertThat(found.getJsonArray("cast").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("First Star", "Second Star");
        assertThat(found.getString("trailerUrl")).isEqualTo("https://example.com/trailers/it");
    }

    @Test
    void aCustomerCannotCreateAMovie() {
        String title = uniqueTitle();
        JsonObject response = graphql.withBearer(TOKENS.user("2", "c@x.org"))
                .post(CREATE, Map.of("input", movieInput(title).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("FORBIDDEN");
        assertThat(titled(title)).isZero();
    }

    @Test
    void creatingAMovieNeedsASignIn() {
        String title = uniqueTitle();
        JsonObject response = graphql.post(CREATE, Map.of("input", movieInput(title).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.toString()).doesNotContain("at com.").doesNotContain("at java.");
        assertThat(titled(title)).isZero();
    }

    @Test
    void aTitleOf201CharactersIsAValidationErrorNamingTheField() {
        String title = CREATED_MARKER + " " + "x".repeat(201 - CREATED_MARKER.length() - 1);
        assertThat(title).hasSize(201);
        JsonObject response = admin.post(CREATE, Map.of("input", movieInput(title).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("input.title");
        assertThat(titled(title.substring(0, 40))).isZero();
    }

    @Test
    void anUnknownGenreIsAValidationErrorNamingTheField() {
        String title = uniqueTitle();
        JsonObject response = admin.post(CREATE, Map.of("input", movieInput(title)
                .add("genres", Json.createArrayBuilder().add("Documentary").add("Telenovela")).build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("input.genres");
        assertThat(response.getJsonArray("errors").getJsonObject(0).getString("message")).contains("Telenovela");
        assertThat(titled(title)).isZero();
    }

    private static String uniqueTitle() {
        return CREATED_MARKER + " " + UUID.randomUUID();
    }

    /** A complete, valid MovieInput that disturbs no demo assertion: ARCHIVED, Documentary, marked title. */
    private static JsonObjectBuilder movieInput(String title) {
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

    /** How many movies tests have created so far (in this run or earlier ones against the same database). */
    private int createdByTests() {
        return titled(CREATED_MARKER);
    }

    private int titled(String fragment) {
        return graphql.post("query($f: MovieFilter) { movies(filter: $f) { total } }",
                        Map.of("f", Json.createObjectBuilder().add("search", fragment).build()))
                .getJsonObject("data").getJsonObject("movies").getInt("total");
    }
}
