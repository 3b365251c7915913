package com.cinema.booking.demo;

import com.cinema.booking.client.AuditoriumIdRef;
import com.cinema.booking.client.CinemaRef;
import com.cinema.booking.client.CinemaServiceClient;
import com.cinema.booking.client.MovieRef;
import com.cinema.booking.client.MovieServiceClient;
import com.cinema.booking.domain.AuditoriumCache;
import com.cinema.booking.domain.AuditoriumLayout;
import com.cinema.booking.domain.BookingSettings;
import com.cinema.booking.domain.ScheduleRules;
import com.cinema.booking.domain.ShowDay;
import com.cinema.booking.domain.ShowtimeSchedule;
import com.cinema.booking.domain.ShowtimeSchedule.DayPlan;
import com.cinema.booking.domain.ShowtimeSchedule.PlannedShowtime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo week against in-memory stand-ins for the movie and cinema services and the schedule. */
class DemoWeekTest {

    record Planned(long movieId, long auditoriumId, Instant start, Instant end, int price, String currency) {
    }

    @Test
    void everyAuditoriumGetsThreeOrFourShowtimesADayForAWeekWithoutOverlapsAndOnlyOnce() {
        List<Planned> planned = new ArrayList<>();
        DemoSchedule demo = demo(List.of(movie("1", 150), movie("2", 95), movie("3", 124)), planned);

        int created = demo.fill();

        assertThat(created).isEqualTo(planned.size());
        Map<Long, List<Planned>> byRoom = planned.stream().collect(Collectors.groupingBy(Planned::auditoriumId));
        assertThat(byRoom.keySet()).containsExactlyInAnyOrder(11L, 12L, 21L);
        ZoneId ny = ZoneId.of("America/New_York");
        LocalDate todayInNy = LocalDate.now(demo.clock.withZone(ny));
        for (int d = 0; d < DemoSchedule.DAYS; d++) {
            LocalDate day = todayInNy.plusDays(d);
            List<Planned> thatDay = byRoom.get(21L).stream()
                    .filter(p -> ShowDay.isOn(p.start(), "America/New_York", day)).toList();
            assertThat(thatDay.size()).as(day.toString()).isBetween(3, 4);
        }
        byRoom.forEach((room, list) -> {
            List<Planned> sorted = list.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(ScheduleRules.overlap(sorted.get(i - 1).start(), sorted.get(i - 1).end(), sorted.get(i).start(),
                        sorted.get(i).end(), Duration.ofMinutes(15))).isFalse();
            }
        });
        assertThat(byRoom.get(21L)).allMatch(p -> p.currency().equals("USD"));
        assertThat(byRoom.get(11L)).allMatch(p -> p.currency().equals("GBP") && p.price() == 1650);
        assertThat(planned).extracting(Planned::movieId).contains(1L, 2L, 3L);

        // A restart finds every day filled and adds nothing.
        assertThat(demo.fill()).isZero();
    }

    @Test
    void theWeekRollsForwardSoAWeekAheadIsAlwaysBookableEvenJustAfterMidnight() {
        List<Planned> planned = new ArrayList<>();
        DemoSchedule demo = demo(List.of(movie("1", 150), movie("2", 95)), planned);
        ZoneId london = ZoneId.of("Europe/London");
        // Started a quarter of an hour before midnight in London; the checks below run just after it.
        demo.clock = Clock.fixed(LocalDate.of(2026, 12, 2).atTime(23, 45).atZone(london).toInstant(), london);
        demo.fill();

        demo.clock = Clock.offset(demo.clock, Duration.ofMinutes(30));
        LocalDate today = LocalDate.of(2026, 12, 3);
        for (int ahead = 0; ahead <= 6; ahead++) {
            LocalDate day = today.plusDays(ahead);
            assertThat(planned).as("a week ahead before any top-up: %s", day)
                    .anyMatch(p -> p.auditoriumId() == 11L && ShowDay.isOn(p.start(), "Europe/London", day));
        }

        // The first top-up after London's midnight adds London's newly reached day and nothing else
        // (New York is still on the 2nd).
        int before = planned.size();
        assertThat(demo.fill()).isPositive();
        LocalDate newDay = today.plusDays(DemoSchedule.DAYS - 1);
        assertThat(planned.subList(before, planned.size()))
                .allMatch(p -> p.auditoriumId() != 21L && ShowDay.isOn(p.start(), "Europe/London", newDay));
        assertThat(demo.fill()).isZero();
    }

    @Test
    void waitsWhileNoMovieIsShowing() {
        DemoSchedule demo = demo(List.of(), new ArrayList<>());
        assertThatThrownBy(demo::fill).isInstanceOf(IllegalStateException.class).hasMessageContaining("no movies");
    }

    private static MovieRef movie(String id, int minutes) {
        MovieRef movie = new MovieRef();
        movie.id = id;
        movie.durationMinutes = minutes;
        movie.status = "NOW_SHOWING";
        return movie;
    }

    private static CinemaRef cinema(String id, String zone, String... rooms) {
        CinemaRef cinema = new CinemaRef();
        cinema.id = id;
        cinema.timeZone = zone;
        cinema.auditoriums = new ArrayList<>();
        for (String room : rooms) {
            AuditoriumIdRef ref = new AuditoriumIdRef();
            ref.id = room;
            cinema.auditoriums.add(ref);
        }
        return cinema;
    }

    private static DemoSchedule demo(List<MovieRef> showing, List<Planned> planned) {
        DemoSchedule demo = new DemoSchedule();
        demo.clock = Clock.systemUTC();
        demo.movies = new MovieServiceClient() {
            @Override
            public List<MovieRef> nowShowing() {
                return showing;
            }
        };
        demo.cinemas = new CinemaServiceClient() {
            @Override
            public List<CinemaRef> cinemas() {
                return List.of(DemoWeekTest.cinema("1", "Europe/London", "11", "12"), DemoWeekTest.cinema("2", "America/New_York", "21"));
            }
        };
        demo.auditoriums = new AuditoriumCache() {
            @Override
            public Optional<AuditoriumLayout> fresh(long id) {
                long cinemaId = id / 10;
                return Optional.of(new AuditoriumLayout(id, cinemaId, id == 11 ? "IMAX" : "STANDARD", 1, 1,
                        List.of(new AuditoriumLayout.SeatInfo(id * 100, "A1", "A", 1, 0, 0, "STANDARD", false))));
            }
        };
        demo.settings = new BookingSettings() {
            @Override
            public Duration cleaningGap() {
                return Duration.ofMinutes(15);
            }
        };
        // The schedule's own rules (empty days only, no clashes) are ShowtimeScheduleTest's; this stand-in keeps them
        // over a list, so the plans the demo week hands over can be checked here.
        demo.schedule = new ShowtimeSchedule() {
            @Override
            public int fillEmptyDays(AuditoriumLayout auditorium, String timeZone, List<DayPlan> days) {
                int created = 0;
                for (DayPlan day : days) {
                    if (planned.stream().anyMatch(p -> p.auditoriumId() == auditorium.id()
                            && !p.start().isBefore(day.from()) && p.start().isBefore(day.to()))) {
                        continue;
                    }
                    for (PlannedShowtime showtime : day.showtimes()) {
                        Instant start = showtime.startsAt();
                        Instant end = ScheduleRules.endOf(start, showtime.durationMinutes());
                        if (planned.stream().noneMatch(p -> p.auditoriumId() == auditorium.id()
                                && ScheduleRules.overlap(p.start(), p.end(), start, end, Duration.ofMinutes(15)))) {
                            planned.add(new Planned(showtime.movieId(), auditorium.id(), start, end,
                                    showtime.basePriceCents(), showtime.currency()));
                            created++;
                        }
                    }
                }
                return created;
            }
        };
        return demo;
    }
}
