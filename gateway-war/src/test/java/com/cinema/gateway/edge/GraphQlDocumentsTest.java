package com.cinema.gateway.edge;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edge checks' shared parse: one parse per document text while it is kept, none kept for broken ones. */
class GraphQlDocumentsTest {

    private static final String HOLD = "mutation Hold($showtimeId: ID!, $seatIds: [String!]!) "
            + "{ holdSeats(showtimeId: $showtimeId, seatIds: $seatIds) { id status } }";

    @Test
    void aDocumentSeenBeforeIsNotParsedAgain() {
        GraphQlDocuments documents = new GraphQlDocuments(5000, 1000, 10_000);
        Document first = documents.parse(HOLD);
        assertThat(documents.parse(HOLD)).isSameAs(first);
        assertThat(documents.parse(HOLD + " ")).isNotSameAs(first);
    }

    @Test
    void withoutRoomNothingIsKept() {
        GraphQlDocuments documents = new GraphQlDocuments(5000, 1000, 0);
        Document first = documents.parse(HOLD);
        assertThat(documents.parse(HOLD)).isNotSameAs(first);
    }

    @Test
    void aBrokenDocumentFailsEveryTimeAndTheTokenLimitHolds() {
        GraphQlDocuments documents = new GraphQlDocuments(5000, 1000, 10_000);
        assertThatThrownBy(() -> documents.parse("{ movies(")).isInstanceOf(InvalidSyntaxException.class);
        assertThatThrownBy(() -> documents.parse("{ movies(")).isInstanceOf(InvalidSyntaxException.class);
        GraphQlDocuments small = new GraphQlDocuments(10, 1000, 10_000);
        assertThatThrownBy(() -> small.parse("{ a b c d e f g h i j k l }"))
                .isInstanceOf(InvalidSyntaxException.class);
    }
}
