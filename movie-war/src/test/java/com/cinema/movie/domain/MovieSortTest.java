package com.cinema.movie.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MovieSortTest {

    @Test
    void everyOrderEndsWithTheIdSoThatPagingIsStable() {
        for (MovieSort sort : MovieSort.values()) {
            assertThat(sort.orderBy()).startsWith(" order by ").endsWith(", m.id");
        }
    }

    @Test
    void releaseDateIsNewestFirstAndRatingIsHighestFirstWithTheUnknownLast() {
        assertThat(MovieSort.TITLE.orderBy()).isEqualTo(" order by lower(m.title), m.id");
        assertThat(MovieSort.RELEASE_DATE.orderBy())
                .contains("when m.releaseDate is null then 1 else 0 end").contains("m.releaseDate desc");
        assertThat(MovieSort.RATING.orderBy())
                .contains("when m.averageRating is null then 1 else 0 end").contains("m.averageRating desc");
    }
}
