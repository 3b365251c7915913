package com.cinema.common.error;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter reads an answer into a JSON tree only when it may carry errors. */
class GraphQlErrorFilterTest {

    private static boolean mentionsErrors(String body) {
        return GraphQlErrorFilter.mentionsErrors(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answersWithAnErrorsMemberAreRead() {
        assertThat(mentionsErrors("{\"errors\":[{\"message\":\"x\"}],\"data\":null}")).isTrue();
        assertThat(mentionsErrors("{\"data\":{\"a\":1}, \"errors\" : []}")).isTrue();
        assertThat(mentionsErrors("\"errors\"")).isTrue();
    }

    @Test
    void answersWithoutErrorsPassUnread() {
        assertThat(mentionsErrors("{\"data\":{\"seatMap\":{\"seats\":[{\"seatId\":\"1\",\"status\":\"FREE\"}]}}}"))
                .isFalse();
        assertThat(mentionsErrors("")).isFalse();
        assertThat(mentionsErrors("\"error")).isFalse();
        // The word without quotes around it, as in a message, is not the member's name.
        assertThat(mentionsErrors("{\"data\":{\"note\":\"no errors here\"}}")).isFalse();
    }

    @Test
    void aDataValueThatIsTheWordItselfIsReadToo() {
        // Conservative: read as before, and then found to have no errors member.
        assertThat(mentionsErrors("{\"data\":{\"title\":\"errors\"}}")).isTrue();
    }
}
