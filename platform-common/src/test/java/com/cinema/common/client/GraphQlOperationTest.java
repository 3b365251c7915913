package com.cinema.common.client;

import jakarta.json.bind.annotation.JsonbTransient;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphQlOperationTest {

    public enum Kind { STANDARD, VIP }

    public static class Ticket {
        public String id;
        public Kind type;
        public int priceCents;
    }

    public static class Base {
        public String id;
    }

    public static class Booking extends Base {
        public static final String IGNORED_CONSTANT = "x";
        public List<Ticket> tickets;
        public OffsetDateTime createdAt;
        @JsonbTransient
        public String localOnly;
        String packagePrivate;
    }

    public static class Page {
        public List<Booking> items;
        public long total;
    }

    public static class Loop {
        public Loop next;
    }

    @Test
    void rendersArgumentsAndTheSelectionOfNestedTypesOnce() {
        GraphQlOperation<Page> bookings = GraphQlOperation.query("bookings", Page.class,
                "filter: BookingFilter", "page: Int");

        assertThat(bookings.document()).isEqualTo("query bookings($filter: BookingFilter, $page: Int) "
                + "{ bookings(filter: $filter, page: $page) "
                + "{ items { id tickets { id type priceCents } createdAt } total } }");
        assertThat(bookings.arguments()).extracting(GraphQlOperation.Argument::name).containsExactly("filter", "page");
    }

    @Test
    void listsAndScalarsNeedNoExtraSelection() {
        assertThat(GraphQlOperation.queryForList("genres", String.class).document())
                .isEqualTo("query genres { genres }");
        assertThat(GraphQlOperation.mutation("deleteMovie", Boolean.class, "id: ID!").document())
                .isEqualTo("mutation deleteMovie($id: ID!) { deleteMovie(id: $id) }");
        assertThat(GraphQlOperation.queryForList("ticketsByIds", Ticket.class, "ids: [String!]!").document())
                .isEqualTo("query ticketsByIds($ids: [String!]!) { ticketsByIds(ids: $ids) { id type priceCents } }");
    }

    @Test
    void variablesFollowTheDeclaredOrderAndLeaveOutNulls() {
        GraphQlOperation<Page> bookings = GraphQlOperation.query("bookings", Page.class, "filter: BookingFilter",
                "page: Int", "size: Int");

        assertThat(bookings.variables(null, 2, 50)).containsExactly(
                java.util.Map.entry("page", 2), java.util.Map.entry("size", 50));
        assertThatThrownBy(() -> bookings.variables(1)).hasMessageContaining("takes 3 arguments");
    }

    @Test
    void refusesMalformedDeclarationsAndSelfReferencingTypes() {
        assertThatThrownBy(() -> GraphQlOperation.query("movie", Page.class, "id ID!"))
                .hasMessageContaining("name: Type");
        assertThatThrownBy(() -> GraphQlOperation.query("loop", Loop.class))
                .hasMessageContaining("refers to itself");
    }
}
