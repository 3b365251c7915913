package com.cinema.common.input;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdBatchTest {

    @Test
    void distinctIdsInTheOrderAskedWithBlanksTrimmedAndLeadingZerosRead() {
        assertThat(IdBatch.parse("ids", List.of("7", " 3 ", "007", "12"))).containsExactly(7L, 3L, 12L);
        assertThat(IdBatch.parse("ids", List.of())).isEmpty();
    }

    @Test
    void aBadIdIsAValidationErrorNamingTheFieldNeverDropped() {
        assertThatThrownBy(() -> IdBatch.parse("bookingIds", List.of("1", "abc")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("\"abc\", which is not a valid id")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("bookingIds");
        assertThatThrownBy(() -> IdBatch.parse("ids", Arrays.asList("1", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> IdBatch.parse("ids", List.of("99999999999999999999999999999")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("\"99999999999999999999...\"");
        assertThatThrownBy(() -> IdBatch.parse("ids", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is required");
    }

    @Test
    void atMostFiveHundredIds() {
        List<String> max = new ArrayList<>(Collections.nCopies(IdBatch.MAX_IDS, "1"));
        assertThat(IdBatch.parse("ids", max)).containsExactly(1L);
        max.add("2");
        assertThatThrownBy(() -> IdBatch.parse("ids", max))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must name at most 500 ids, not 501");
    }
}
