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
import com.cinema.booking.domain.ScreeningFeature;
import com.cinema.booking.domain.ShowDay;
import com.cinema.booking.domain.ShowtimeSchedule;
import com.cinema.booking.domain.ShowtimeSchedule.DayPlan;
import com.cinema.booking.domain.ShowtimeSchedule.PlannedShowtime;
import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.persistence.SchemaMigrated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A demo week of showtimes (when {@code cinema.demo-data.enabled}): for today and the next seven days in each
 * cinema's zone, every auditorium gets three or four staggered showtimes of movies now showing. Only days on
 * which an auditorium has no showtime yet are filled, so restarts add nothing twice. The movie and cinema
 * services may start after this one: it retries in the background until both answer, and the readiness
 * check {@code demo-schedule} stays DOWN until the week exists.
 *
 * <p>The week rolls: a top-up runs every {@code cinema.booking.demo-schedule.refresh-interval} and fills the
 * days that have come into range since. The eighth day is the margin that keeps a full week ahead bookable
 * between midnight and the next top-up.
 */
@ApplicationScoped
public class DemoSchedule implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoSchedule.class.getName());
    static final int DAYS = 8;
    private static final LocalTime LAST_START = LocalTime.of(22, 30);

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "cinema.booking.demo-schedule.enabled", defaultValue = "true")
    boolean scheduleEnabled;

    @Inject
    @ConfigProperty(name = "cinema.booking.demo-schedule.retry-interval", defaultValue = "PT2S")
    Duration retryInterval;

    @Inject
    @ConfigProperty(name = "cinema.booking.demo-schedule.refresh-interval", defaultValue = "PT1H")
    Duration refreshInterval;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MovieServiceClient movies;

    @Inject
    CinemaServiceClient cinemas;

    @Inject
    AuditoriumCache auditoriums;

    @Inject
    ShowtimeSchedule schedule;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    private final DemoDataState state = new DemoDataState();
    private volatile boolean ready;
    private volatile String progress = "not started";

    void start(@Observes SchemaMigrated migrated) {
        if (!required()) {
            ready = true;
            progress = "not wanted";
            state.notWanted();
            return;
        }
        state.loading("a week of showtimes");
        executor.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
    }

    /** Whether this server should make the demo week at all. */
    public boolean required() {
        return demoData && scheduleEnabled;
    }

    public boolean ready() {
        return ready;
    }

    public String progress() {
        return progress;
    }

    private void attempt() {
        try {
            int created = fill();
            if (!ready) {
                ready = true;
                state.done(created + " showtimes added");
                LOG.info(() -> "Demo week of showtimes is in place (" + created + " showtimes added now)");
            } else if (created > 0) {
                LOG.info(() -> "Demo week of showtimes rolled forward (" + created + " showtimes added)");
            }
            progress = "done";
            scheduleTopUp();
        } catch (RuntimeException e) {
            if (ready) {
                // The week exists; a top-up that cannot reach movie or cinema just waits for the next one.
                LOG.warning(() -> "Demo week top-up failed, the next one is due in " + refreshInterval + ": " + e.getMessage());
                scheduleTopUp();
                return;
            }
            progress = "waiting: " + e.getMessage();
            state.loading(progress);
            LOG.info(() -> "Demo week of showtimes waits for the movie and cinema services: " + e.getMessage());
            executor.schedule(this::attempt, Math.max(200, retryInterval.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void scheduleTopUp() {
        executor.schedule(this::attempt, Math.max(1000, refreshInterval.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Fills every auditorium's empty days; returns the number of showtimes added. */
    int fill() {
        List<MovieRef> showing = movies.nowShowing().stream()
                .sorted(Comparator.comparing((MovieRef m) -> Long.parseLong(m.id))).toList();
        if (showing.isEmpty()) {
            throw new IllegalStateException("no movies are showing yet");
        }
        List<CinemaRef> estate = cinemas.cinemas().stream()
                .sorted(Comparator.comparing((CinemaRef c) -> Long.parseLong(c.id))).toList();
        if (estate.isEmpty()) {
            throw new IllegalStateException("no cinemas yet");
        }
        int created = 0;
        int screen = 0;
        for (CinemaRef cinema : estate) {
            ZoneId zone = ShowDay.zone(cinema.timeZone);
            String currency = currencyOf(cinema.timeZone);
            LocalDate today = LocalDate.now(clock.withZone(zone));
            List<AuditoriumIdRef> rooms = cinema.auditoriums == null ? List.of() : cinema.auditoriums.stream()
                    .sorted(Comparator.comparing((AuditoriumIdRef a) -> Long.parseLong(a.id))).toList();
            int roomOfCinema = 0;
            for (AuditoriumIdRef room : rooms) {
                AuditoriumLayout layout = auditoriums.fresh(Long.parseLong(room.id)).orElse(null);
                if (layout == null) {
                    continue;
                }
                List<DayPlan> week = new ArrayList<>(DAYS);
                for (int d = 0; d < DAYS; d++) {
                    LocalDate day = today.plusDays(d);
                    Instant[] bounds = ShowDay.bounds(day, cinema.timeZone);
                    week.add(new DayPlan(bounds[0], bounds[1], planDay(layout, zone, day, screen, roomOfCinema, d, showing,
                            currency)));
                }
                created += schedule.fillEmptyDays(layout, cinema.timeZone, week);
                screen++;
                roomOfCinema++;
            }
        }
        progress = "done";
        return created;
    }

    /**
     * What kind of screening a demo showtime is, as a chain's week has them: on each cinema's first screen the noon
     * showing is relaxed or for parents and babies on two days in three and the third showing subtitled every other
     * day; on its second screen the second showing is audio described.
     */
    static Set<ScreeningFeature> features(int roomOfCinema, int day, int slot) {
        if (roomOfCinema == 0 && slot == 0 && day % 3 != 2) {
            return Set.of(day % 3 == 0 ? ScreeningFeature.RELAXED : ScreeningFeature.PARENT_AND_BABY);
        }
        if (roomOfCinema == 0 && slot == 2 && day % 2 == 0) {
            return Set.of(ScreeningFeature.SUBTITLED);
        }
        if (roomOfCinema == 1 && slot == 1) {
            return Set.of(ScreeningFeature.AUDIO_DESCRIBED);
        }
        return Set.of();
    }

    /** Three or four staggered showtimes from noon; the last starts by {@link #LAST_START}. */
    private List<PlannedShowtime> planDay(AuditoriumLayout layout, ZoneId zone, LocalDate day, int screen,
                                          int roomOfCinema, int d,
                                          List<MovieRef> showing, String currency) {
        List<PlannedShowtime> planned = new ArrayList<>(4);
        LocalTime time = LocalTime.of(12, 0).plusMinutes(20L * (screen % 4));
        for (int slot = 0; slot < 4 && !time.isAfter(LAST_START); slot++) {
            MovieRef movie = showing.get((screen + d * 3 + slot) % showing.size());
            int minutes = movie.durationMinutes == null || movie.durationMinutes <= 0 ? 120 : movie.durationMinutes;
            Instant start = day.atTime(time).atZone(zone).toInstant();
            planned.add(new PlannedShowtime(Long.parseLong(movie.id), start, minutes, priceOf(layout.format()), currency,
                    features(roomOfCinema, d, slot)));
            Instant next = ScheduleRules.endOf(start, minutes).plus(settings.cleaningGap());
            var nextLocal = next.atZone(zone);
            if (!nextLocal.toLocalDate().equals(day)) {
                break;
            }
            LocalTime nextTime = nextLocal.toLocalTime().withSecond(0).withNano(0);
            int remainder = nextTime.getMinute() % 15;
            time = remainder == 0 ? nextTime : nextTime.plusMinutes(15 - remainder);
            if (time.isBefore(nextLocal.toLocalTime().withSecond(0).withNano(0))) {
                break; // wrapped past midnight
            }
        }
        return planned;
    }

    /** Base price of a standard seat per auditorium format, in minor units. */
    static int priceOf(String format) {
        return switch (format == null ? "" : format.toUpperCase(Locale.ROOT)) {
            case "IMAX" -> 1650;
            case "DOLBY_ATMOS" -> 1500;
            case "THREE_D" -> 1350;
            default -> 1100;
        };
    }

    static String currencyOf(String timeZone) {
        String zone = timeZone == null ? "" : timeZone.toLowerCase(Locale.ROOT);
        if (zone.equals("europe/london")) {
            return "GBP";
        }
        if (zone.startsWith("europe/")) {
            return "EUR";
        }
        if (zone.startsWith("america/")) {
            return "USD";
        }
        return "GBP";
    }

    @Override
    public String name() {
        return "demo-schedule";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
