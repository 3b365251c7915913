package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowtimeSearchTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void windowMayBeOpenOnEitherSideOrEmpty() {
        ShowtimeSearch fromOnly = ShowtimeSearch.of(1L, null, NOON, null);
        assertThat(fromOnly.movieIds()).containsExactly(1L);
        assertThat(fromOnly.cinemaIds()).isNull();
        assertThat(fromOnly.from()).isEqualTo(NOON);
        assertThat(fromOnly.to()).isNull();

        ShowtimeSearch toOnly = ShowtimeSearch.of(null, 2L, null, NOON);
        assertThat(toOnly.cinemaIds()).containsExactly(2L);
        assertThat(toOnly.from()).isNull();
        assertThat(toOnly.to()).isEqualTo(NOON);

        ShowtimeSearch empty = ShowtimeSearch.of(null, null, NOON, NOON);
        assertThat(empty.from()).isEqualTo(empty.to());

        assertThat(ShowtimeSearch.everything()).isEqualTo(ShowtimeSearch.of(null, null, null, null));
    }

    @Test
    void anEmptyIdSetMatchesNothingAndAWindowKeepsTheIds() {
        assertThat(new ShowtimeSearch(Set.of(), null, null, null).matchesNothing()).isTrue();
        assertThat(new ShowtimeSearch(null, Set.of(), null, null).matchesNothing()).isTrue();
        assertThat(ShowtimeSearch.everything().matchesNothing()).isFalse();
        ShowtimeSearch many = new ShowtimeSearch(Set.of(1L, 2L), Set.of(3L), null, null).between(NOON, null);
        assertThat(many.movieIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(many.cinemaIds()).containsExactly(3L);
        assertThat(many.from()).isEqualTo(NOON);
    }

    @Test
    void kindsOfScreeningAreKeptThroughANewWindowAndANullAmongThemIsAValidationErrorOfFeatures() {
        ShowtimeSearch subtitled = ShowtimeSearch.of(1L, null, null, null)
                .ofKinds(List.of(ScreeningFeature.SUBTITLED, ScreeningFeature.RELAXED));
        assertThat(subtitled.features()).containsExactlyInAnyOrder(ScreeningFeature.SUBTITLED, ScreeningFeature.RELAXED);
        assertThat(subtitled.between(NOON, null).features()).isEqualTo(subtitled.features());
        assertThat(subtitled.between(NOON, null).movieIds()).containsExactly(1L);
        assertThat(ShowtimeSearch.everything().features()).as("any kind").isEmpty();
        assertThat(ShowtimeSearch.everything().ofKinds(null).features()).isEmpty();

        assertThatThrownBy(() -> ShowtimeSearch.everything()
                .ofKinds(Arrays.asList(ScreeningFeature.SUBTITLED, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("features"));
    }

    @Test
    void toBeforeFromIsAValidationErrorOfTo() {
        assertThatThrownBy(() -> ShowtimeSearch.of(null, null, NOON, NOON.minusMillis(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessage("to: must not be before from");
    }
}
