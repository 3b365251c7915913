package com.cinema.gateway.api.showtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShowtimesOfTest {

    private static Showtime showtime(String id, String movieId) {
        Showtime showtime = new Showtime();
        showtime.id = id;
        showtime.movieId = movieId;
        return showtime;
    }

    @Test
    void everyAskedIdGetsItsOwnRowsInAnswerOrderAndIdsWithoutShowtimesAnEmptyList() {
        List<ShowtimesOf> grouped = ShowtimesOf.group(List.of("1", "2", "3"),
                List.of(showtime("10", "3"), showtime("11", "1"), showtime("12", "3"), showtime("13", "99")),
                s -> s.movieId);

        assertThat(grouped).extracting(ShowtimesOf::id).containsExactly("1", "2", "3");
        assertThat(grouped).extracting(g -> g.showtimes().stream().map(s -> s.id).toList())
                .containsExactly(List.of("11"), List.of(), List.of("10", "12"));
    }

    @Test
    void noAnswerIsNoShowtimes() {
        assertThat(ShowtimesOf.group(List.of("1"), null, s -> s.movieId))
                .singleElement().satisfies(g -> assertThat(g.showtimes()).isEmpty());
    }
}
