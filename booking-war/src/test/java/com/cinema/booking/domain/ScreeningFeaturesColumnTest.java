package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningFeaturesColumnTest {

    @Test
    void theSameFeaturesAlwaysWriteTheSameTextInTheirListedOrder() {
        assertThat(ScreeningFeaturesColumn.text(Set.of(ScreeningFeature.RELAXED, ScreeningFeature.SUBTITLED)))
                .isEqualTo("SUBTITLED,RELAXED");
        assertThat(ScreeningFeaturesColumn.text(EnumSet.allOf(ScreeningFeature.class)))
                .isEqualTo("SUBTITLED,AUDIO_DESCRIBED,RELAXED,PARENT_AND_BABY")
                .hasSizeLessThanOrEqualTo(100); // the column's width (V17)
        assertThat(ScreeningFeaturesColumn.text(Set.of())).isEmpty();
        assertThat(ScreeningFeaturesColumn.text(null)).isEmpty();
    }

    @Test
    void readsBackWhatItWroteAndSkipsNamesItDoesNotKnow() {
        assertThat(ScreeningFeaturesColumn.features("SUBTITLED,RELAXED"))
                .containsExactly(ScreeningFeature.SUBTITLED, ScreeningFeature.RELAXED);
        assertThat(ScreeningFeaturesColumn.features("")).isEmpty();
        assertThat(ScreeningFeaturesColumn.features(null)).isEmpty();
        assertThat(ScreeningFeaturesColumn.features("DOLBY_ATMOS,AUDIO_DESCRIBED"))
                .as("written by a newer version").containsExactly(ScreeningFeature.AUDIO_DESCRIBED);
    }
}
