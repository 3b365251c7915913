package com.cinema.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaSnapshotTest {

    private static final String GENERATED = """
            "Query root"
            type Query {
              movies(page: Int): MoviePage
              "One movie"
              movie(id: ID!): Movie
            }

            enum MovieStatus {
              NOW_SHOWING
              ARCHIVED
            }

            \"\"\"
            A film in the catalogue
            \"\"\"
            type Movie {
              title: String
              id: ID
            }

            scalar DateTime
            """;

    @Test
    void normalisingSortsDefinitionsAndMembersAndKeepsDescriptionsWithTheirOwners() {
        assertThat(SchemaSnapshot.normalise(GENERATED)).isEqualTo("""
                enum MovieStatus {
                  ARCHIVED
                  NOW_SHOWING
                }

                scalar DateTime

                \"\"\"
                A film in the catalogue
                \"\"\"
                type Movie {
                  id: ID
                  title: String
                }

                "Query root"
                type Query {
                  "One movie"
                  movie(id: ID!): Movie
                  movies(page: Int): MoviePage
                }
                """);
    }

    @Test
    void theSameSchemaInAnotherOrderNormalisesToTheSameText() {
        String reordered = """
                scalar DateTime
                type Movie {
                  id: ID
                  title: String
                }
                \"\"\"
                A film in the catalogue
                \"\"\"
                enum MovieStatus {
                  ARCHIVED
                  NOW_SHOWING
                }
                "Query root"
                type Query {
                  movies(page: Int): MoviePage
                  "One movie"
                  movie(id: ID!): Movie
                }
                """;
        // The description moved from Movie to MovieStatus: that is a change, everything else is only order.
        assertThat(SchemaSnapshot.normalise(reordered)).isNotEqualTo(SchemaSnapshot.normalise(GENERATED));
        assertThat(SchemaSnapshot.normalise(SchemaSnapshot.normalise(GENERATED))).isEqualTo(SchemaSnapshot.normalise(GENERATED));
    }

    @Test
    void theDiffShowsRemovedAndAddedLinesWithContext() {
        String diff = SchemaSnapshot.LineDiff.between("type A {\n  a: Int\n  b: Int\n}\n", "type A {\n  a: Int\n  c: Int\n}\n");
        assertThat(diff).contains("- " + "  b: Int").contains("+ " + "  c: Int").contains("    a: Int");
    }

    @Test
    void argumentsOnSeveralLinesStayWithTheirFieldInTheirOwnOrder() {
        String generated = """
                type Cinema {
                  name: String!
                  "Showtimes of the cinema"
                  showtimes(
                    "ISO-8601"
                    to: DateTime,
                    from: DateTime
                  ): [Showtime!]!
                  address: String
                }
                """;
        assertThat(SchemaSnapshot.normalise(generated)).isEqualTo("""
                type Cinema {
                  address: String
                  name: String!
                  "Showtimes of the cinema"
                  showtimes(
                    "ISO-8601"
                    to: DateTime,
                    from: DateTime
                  ): [Showtime!]!
                }
                """);
    }
}
