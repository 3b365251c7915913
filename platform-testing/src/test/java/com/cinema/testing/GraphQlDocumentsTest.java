package com.cinema.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphQlDocumentsTest {

    @Test
    void findsTheRootFieldOfShorthandNamedAndAliasedOperations() {
        assertThat(GraphQlDocuments.rootField("{ showtimes { id } }")).isEqualTo("showtimes");
        assertThat(GraphQlDocuments.rootField("query usage($id: ID, $f: Filter = {a: 1}) {\n  scheduleUsage(movieId: $id) { futureShowtimes }\n}"))
                .isEqualTo("scheduleUsage");
        assertThat(GraphQlDocuments.rootField("mutation { list : showtimesByIds(ids: [\"1\"]) { id } }"))
                .isEqualTo("showtimesByIds");
        assertThat(GraphQlDocuments.rootField("# a comment { not: this }\nquery { me { id } }")).isEqualTo("me");
    }

    @Test
    void aDocumentWithoutSelectionIsRefused() {
        assertThatThrownBy(() -> GraphQlDocuments.rootField("query")).isInstanceOf(IllegalArgumentException.class);
    }
}
