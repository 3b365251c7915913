package com.cinema.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphQlContractTest {

    private static final String SCHEMA = """
            type Query {
              movie(id: ID!): Movie
              movies(ids: [String!]!): [Movie]
            }
            type Movie {
              id: ID!
              title: String!
              releaseDate: Date
            }
            """;

    @Test
    void acceptsDocumentsTheProviderCanAnswer(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("movie.graphql"), SCHEMA);
        assertThatCode(() -> GraphQlContract.assertValidAgainst(schema, Map.of(
                "MOVIE", "query movie($id: ID!) { movie(id: $id) { id title releaseDate } }",
                "MOVIES", "query moviesByIds($ids: [String!]!) { movies(ids: $ids) { id } }")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesRenamedFieldsWrongArgumentTypesAndMissingSelections(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("movie.graphql"), SCHEMA);

        assertThatThrownBy(() -> GraphQlContract.assertValidAgainst(schema, Map.of(
                "RENAMED", "query movie($id: ID!) { movie(id: $id) { id name } }")))
                .hasMessageContaining("RENAMED").hasMessageContaining("name");
        assertThatThrownBy(() -> GraphQlContract.assertValidAgainst(schema, Map.of(
                "NULLABLE_VARIABLE", "query movie($id: ID) { movie(id: $id) { id } }")))
                .hasMessageContaining("NULLABLE_VARIABLE");
        assertThatThrownBy(() -> GraphQlContract.assertValidAgainst(schema, Map.of(
                "UNKNOWN_ARGUMENT", "query movie($id: ID!, $x: Int) { movie(id: $id, page: $x) { id } }")))
                .hasMessageContaining("UNKNOWN_ARGUMENT");
        assertThatThrownBy(() -> GraphQlContract.assertValidAgainst(schema, Map.of(
                "NO_SELECTION", "query movie($id: ID!) { movie(id: $id) }")))
                .hasMessageContaining("NO_SELECTION");
    }
}
