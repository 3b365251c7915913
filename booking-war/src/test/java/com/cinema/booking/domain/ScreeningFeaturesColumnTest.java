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
    void theLikePatternOfAKindMatchesTheDelimitedColumnOfEveryShowtimeOfThatKindAndNoOther() {
        assertThat(ScreeningFeaturesColumn.delimited("s")).isEqualTo("concat(',', s.features, ',')");
        for (ScreeningFeature kind : ScreeningFeature.values()) {
            // the pattern's wildcards at both ends only, so "contains" is what the database's like does
            String needle = ScreeningFeaturesColumn.holding(kind);
            assertThat(needle).startsWith("%").endsWith("%");
            for (int bits = 0; bits < 1 << ScreeningFeature.values().length; bits++) {
                EnumSet<ScreeningFeature> features = EnumSet.noneOf(ScreeningFeature.class);
                for (ScreeningFeature f : ScreeningFeature.values()) {
                    if ((bits & 1 << f.ordinal()) != 0) {
                        features.add(f);
                    }
                }
                String delimited = "," + ScreeningFeaturesColumn.text(features) + ",";
                assertThat(delimited.contains(needle.substring(1, needle.length() - 1)))
                        .as(kind + " in " + delimited).isEqualTo(features.contains(kind));
            }
        }
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
