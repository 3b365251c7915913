package com.cinema.movie.it;

import com.cinema.testing.DomainServiceContract;
import com.cinema.testing.GraphQlHttp;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The movie service on its own Liberty server (started by the build), with the demo catalogue. */
@MicroShedTest
class MovieServiceIT extends DomainServiceContract {

    @Test
    void listsDemoCatalogueInTitleOrderWithTotal() {
        JsonObject page = graphql.post("{ movies { items { id title genres status } total page size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(page.getInt("total")).isEqualTo(12);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
        var titles = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("title")).toList();
        assertThat(titles).hasSize(12).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void pagesAreStableAndSizeIsCapped() {
        JsonObject second = graphql.post("{ movies(page: 1, size: 5) { items { title } total page size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(second.getJsonArray("items")).hasSize(5);
        assertThat(second.getInt("total")).isEqualTo(12);

        JsonObject capped = graphql.post("{ movies(size: 1000) { items { title } size } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(capped.getInt("size")).isEqualTo(100);

        JsonObject beyond = graphql.post("{ movies(page: 9, size: 5) { items { title } total } }")
                .getJsonObject("data").getJsonObject("movies");
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(12);
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
}
