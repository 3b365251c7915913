package com.cinema.testing;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class InputConstraintsTest {

    /** Stands in for a Bean Validation constraint: only Jakarta's own names count. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Size {
        int max();
    }

    static class Sample {
        @jakarta.validation.constraints.Size(min = 2, max = 20)
        String name;
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(12)
        Integer month;
        @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{3}")
        @jakarta.validation.constraints.NotBlank
        String currency;
        @jakarta.validation.constraints.DecimalMin("-90")
        @jakarta.validation.constraints.DecimalMax(value = "90", inclusive = false)
        Double latitude;
        @Size(max = 3)
        String notJakarta;
        static final int IGNORED = 1;
    }

    @Test
    void readsTheLimitsFieldByField() {
        assertThat(InputConstraints.of(Sample.class)).isEqualTo(InputConstraints.expect()
                .length("name", 2, 20)
                .range("month", 1, 12)
                .pattern("currency", "[A-Z]{3}")
                .decimalRange("latitude", "-90", "90 exclusive")
                .build());
    }

    @Test
    void aChangedLimitIsADifference() {
        assertThat(InputConstraints.of(Sample.class)).isNotEqualTo(InputConstraints.expect()
                .length("name", 2, 21)
                .range("month", 1, 12)
                .pattern("currency", "[A-Z]{3}")
                .decimalRange("latitude", "-90", "90 exclusive")
                .build());
    }
}
