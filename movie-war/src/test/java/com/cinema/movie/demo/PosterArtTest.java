package com.cinema.movie.demo;

import com.cinema.movie.domain.PosterImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PosterArtTest {

    @Test
    void aTitleAlwaysGetsTheSameSmallPng() {
        byte[] first = PosterArt.png("Glass Harbour");
        byte[] again = PosterArt.png("Glass Harbour");
        assertThat(first).isEqualTo(again);
        assertThat(first.length).isLessThan(100 * 1024);
        PosterImage image = PosterImage.inspect(first, 2 * 1024 * 1024);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(PosterArt.WIDTH);
        assertThat(image.height()).isEqualTo(PosterArt.HEIGHT);
    }

    @Test
    void differentTitlesGetDifferentArtwork() {
        assertThat(PosterImage.sha256(PosterArt.png("Paper Moons")))
                .isNotEqualTo(PosterImage.sha256(PosterArt.png("The Long Night")));
    }
}
