package com.cinema.common.input;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputHelpersTest {

    @Test
    void idsParseAndNameTheFieldWhenBad() {
        assertThat(Ids.parse("movieId", " 42 ")).isEqualTo(42L);
        assertThat(Ids.parseOptional("movieId", null)).isNull();
        assertThatThrownBy(() -> Ids.parse("movieId", "forty-two"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("movieId:");
    }

    @Test
    void currencyIsNormalisedOrRejected() {
        assertThat(IsoCurrency.require("currency", "eur")).isEqualTo("EUR");
        assertThatThrownBy(() -> IsoCurrency.require("currency", "EURO")).hasMessageStartingWith("currency:");
        assertThatThrownBy(() -> IsoCurrency.require("currency", null)).isInstanceOf(ValidationException.class);
    }

    enum Colour { RED, DARK_BLUE }

    @Test
    void enumValuesAreReadInAnyCaseOrRefusedWithTheChoices() {
        assertThat(EnumInput.parse(Colour.class, "filter.colour", " dark_blue ")).isEqualTo(Colour.DARK_BLUE);
        assertThat(EnumInput.parseOptional(Colour.class, "filter.colour", null)).isNull();
        assertThatThrownBy(() -> EnumInput.parse(Colour.class, "filter.colour", "green"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("filter.colour");
                    assertThat(e.getMessage()).isEqualTo("filter.colour: must be one of RED, DARK_BLUE");
                });
        assertThatThrownBy(() -> EnumInput.parse(Colour.class, "filter.colour", null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void likePatternEscapesWildcards() {
        assertThat(LikePattern.containing(" 100%_Off ")).isEqualTo("%100\\%\\_off%");
        assertThat(LikePattern.containing("a\\b")).isEqualTo("%a\\\\b%");
    }

    @Test
    void domainFieldsAreNamedInsideTheArgument() {
        assertThatThrownBy(() -> EdgeValidation.within("input", () -> {
            throw new ValidationException("password", "must be at least 10 characters");
        })).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("input.password");
            assertThat(e.getMessage()).isEqualTo("input.password: must be at least 10 characters");
        });
    }
}
