package com.cinema.movie.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PosterResourceTest {

    private static final String TAG = "ab12";

    @Test
    void ifNoneMatchAcceptsQuotedWeakListedAndStarTags() {
        assertThat(PosterResource.matches("\"ab12\"", TAG)).isTrue();
        assertThat(PosterResource.matches("W/\"ab12\"", TAG)).isTrue();
        assertThat(PosterResource.matches("\"x\", \"ab12\"", TAG)).isTrue();
        assertThat(PosterResource.matches("*", TAG)).isTrue();
        assertThat(PosterResource.matches("\"ab1\"", TAG)).isFalse();
        assertThat(PosterResource.matches(null, TAG)).isFalse();
        assertThat(PosterResource.matches(" ", TAG)).isFalse();
    }

    @Test
    void bodiesAreReadOnlyUpToTheLimit() throws IOException {
        byte[] big = new byte[100_000];
        assertThat(PosterResource.readAtMost(new ByteArrayInputStream(big), 50_001)).hasSize(50_001);
        assertThat(PosterResource.readAtMost(new ByteArrayInputStream(new byte[10]), 50_001)).hasSize(10);
        assertThat(PosterResource.readAtMost(null, 5)).isEmpty();
    }
}
