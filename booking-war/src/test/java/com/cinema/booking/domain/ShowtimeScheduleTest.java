package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.cinema.booking.domain.InMemoryBookingService.HOLD;
import static com.cinema.booking.domain.InMemoryBookingService.START;
import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule rules with in-memory ports: overlaps with the cleaning gap, cancelling, moving. */
class ShowtimeScheduleTest {

    private static final Instant EVENING = START.plus(Duration.ofDays(1)).plus(Duration.ofHours(6));

    private InMemoryBookingService service;

    @BeforeEach
    void moviesAndTwoAuditoriums() {
        service = new InMemoryBookingService();
        service.movies.put(901L, new MovieSummary(901, "Long One", 120, false, "12A"));
        service.movies.put(902L, new MovieSummary(902, "Old Reel", 100, true, "PG"));
        service.movies.put(903L, new MovieSummary(903, "Short One", 60, false, "15"));
        service.movies.put(904L, new MovieSummary(904, "Unfinished", 0, false, null));
        for (long room : new long[] {7, 8}) {
            // Seat rules off: a single seat is held anywhere here.
            service.auditoriums.put(room, new AuditoriumLayout(room, 3, "STANDARD", 1, 3, List.of(
                    new AuditoriumLayout.SeatInfo(room * 10 + 1, "A1", "A", 1, 0, 0, "STANDARD", false),
                    new AuditoriumLayout.SeatInfo(room * 10 + 2, "A2", "A", 2, 1, 0, "STANDARD", false),
                    new AuditoriumLayout.SeatInfo(room * 10 + 3, "A3", "A", 3, 2, 0, "STANDARD", true)), false));
        }
        service.timeZones.put(3L, "Europe/London");
    }

    @Test
    void newShowtimeEndsAfterTheMovieInTheCinemasZoneWithItsSellableSeats() {
        Showtime showtime = create(901, 7, EVENING);

        assertThat(showtime.getEndsAt()).isEqualTo(EVENING.plus(Duration.ofMinutes(120)));
        assertThat(showtime.getCinemaId()).isEqualTo(3);
        assertThat(showtime.getTimeZone()).isEqualTo("Europe/London");
        assertThat(showtime.getCapacity()).isEqualTo(2);
        assertThat(showtime.getStatus()).isEqualTo(ShowtimeStatus.SCHEDULED);
        assertThat(service.scheduleLocks).containsExactly(7L);
        assertThat(service.listings.availableSeats(List.of(showtime))).containsEntry(showtime.getId(), 2);
    }

    @Test
    void cinemaWithoutAKnownZoneSchedulesInUtc() {
        service.timeZones.clear();
        assertThat(create(903, 7, EVENING).getTimeZone()).isEqualTo("UTC");
    }

    @Test
    void nextShowtimeMustWaitForTheCleaningGapAndMayNotStartBeforeThePreviousEnds() {
        create(901, 7, EVENING); // runs to EVENING + 120 min, the auditorium is free again 15 minutes later

        assertClash(() -> create(903, 7, EVENING.plus(Duration.ofMinutes(134))));
        assertClash(() -> create(903, 7, EVENING.minus(Duration.ofMinutes(74))));
        assertClash(() -> create(903, 7, EVENING.plus(Duration.ofMinutes(30))));
        assertThat(service.showtimes.rows).hasSize(1);

        create(903, 7, EVENING.plus(Duration.ofMinutes(135)));
        create(903, 7, EVENING.minus(Duration.ofMinutes(75)));
        create(901, 8, EVENING); // another auditorium at the same time
        assertThat(service.showtimes.rows).hasSize(4);
    }

    @Test
    void cancelledShowtimeFreesItsSlot() {
        Showtime first = create(901, 7, EVENING);
        service.schedule.cancel(first.getId());

        Showtime again = create(903, 7, EVENING.plus(Duration.ofMinutes(10)));
        assertThat(again.getStatus()).isEqualTo(ShowtimeStatus.SCHEDULED);
    }

    @Test
    void movieAndAuditoriumMustExistAndMovieBeSchedulable() {
        assertThatThrownBy(() -> create(999, 7, EVENING)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> create(901, 99, EVENING)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> create(902, 7, EVENING)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("movieId")).hasMessageContaining("archived");
        assertThatThrownBy(() -> create(904, 7, EVENING)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("movieId")).hasMessageContaining("no duration");
        assertThat(service.showtimes.rows).isEmpty();
    }

    @Test
    void showtimeMovesToAFreeSlotButNotOntoAnotherNorOnceSeatsAreHeld() {
        Showtime first = create(901, 7, EVENING);
        Showtime second = create(901, 7, EVENING.plus(Duration.ofHours(4)));

        Showtime moved = service.schedule.update(second.getId(),
                new ShowtimeDraft(903, 7, EVENING.plus(Duration.ofHours(3)), 1250, "EUR"));
        assertThat(moved.getEndsAt()).isEqualTo(EVENING.plus(Duration.ofHours(4)));
        assertThat(moved.getCurrency()).isEqualTo("EUR");

        assertClash(() -> service.schedule.update(second.getId(),
                new ShowtimeDraft(903, 7, EVENING.plus(Duration.ofMinutes(60)), 1250, "EUR")));
        assertThat(second.getStartsAt()).isEqualTo(EVENING.plus(Duration.ofHours(3)));

        service.holds.hold(11, first.getId(), List.of("71"));
        assertThatThrownBy(() -> service.schedule.update(first.getId(),
                new ShowtimeDraft(901, 8, EVENING, 1000, "GBP")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("seats held or sold");
        // Not moving (a new price only) is still allowed.
        assertThat(service.schedule.update(first.getId(), new ShowtimeDraft(901, 7, EVENING, 1300, "GBP"))
                .getBasePriceCents()).isEqualTo(1300);

        // Once the hold has run out, the showtime may move again, sweeper or not.
        service.clock.advance(HOLD);
        assertThat(service.schedule.update(first.getId(), new ShowtimeDraft(901, 8, EVENING, 1300, "GBP"))
                .getAuditoriumId()).isEqualTo(8);
        assertThat(service.scheduleLocks).endsWith(7L, 8L);
    }

    @Test
    void aScreeningsFeaturesAreKeptAndNoneIsTakenFromSeatsAlreadyHeldOrSold() {
        Set<ScreeningFeature> subtitledRelaxed = Set.of(ScreeningFeature.RELAXED, ScreeningFeature.SUBTITLED);
        Showtime showtime = service.schedule.create(new ShowtimeDraft(901, 7, EVENING, 1000, "GBP", subtitledRelaxed));
        assertThat(showtime.getFeatures()).containsExactly(ScreeningFeature.SUBTITLED, ScreeningFeature.RELAXED);
        assertThat(service.schedule.createDaily(new ShowtimeDraft(901, 8, EVENING, 1000, "GBP",
                Set.of(ScreeningFeature.AUDIO_DESCRIBED)), 2))
                .allSatisfy(day -> assertThat(day.getFeatures()).containsExactly(ScreeningFeature.AUDIO_DESCRIBED));

        // Before anyone holds a seat, staff may change them freely.
        service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 1000, "GBP", Set.of(ScreeningFeature.SUBTITLED)));
        assertThat(showtime.getFeatures()).containsExactly(ScreeningFeature.SUBTITLED);

        // Once seats are held, what the customers chose it for stays: adding is fine, taking away is not.
        service.holds.hold(11, showtime.getId(), List.of("71"));
        service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 1000, "GBP",
                Set.of(ScreeningFeature.SUBTITLED, ScreeningFeature.PARENT_AND_BABY)));
        assertThat(showtime.getFeatures()).containsExactly(ScreeningFeature.SUBTITLED, ScreeningFeature.PARENT_AND_BABY);
        assertThatThrownBy(() -> service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 1400, "GBP")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Showtime " + showtime.getId() + " has seats held or sold as subtitled and parent and baby: "
                        + "that cannot be taken away now (cancel the showtime instead, which refunds every booking)");
        assertThat(showtime.getFeatures()).as("nothing changed").hasSize(2);
        assertThat(showtime.getBasePriceCents()).isEqualTo(1000);

        // When the hold has run out, it may go again.
        service.clock.advance(HOLD);
        service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 1000, "GBP"));
        assertThat(showtime.getFeatures()).isEmpty();
    }

    @Test
    void cancellingReleasesUnpaidHoldsOnceAndRefusesChangesAndHolds() {
        Showtime showtime = create(901, 7, EVENING);
        Booking booking = service.holds.hold(11, showtime.getId(), List.of("71", "72"));

        assertThat(service.schedule.cancel(showtime.getId()).getStatus()).isEqualTo(ShowtimeStatus.CANCELLED);
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.seatLocks.holder(showtime.getId(), 71)).isNull();
        assertThat(service.seatEvents.described()).containsExactly("A1:HELD", "A2:HELD", "A1:AVAILABLE", "A2:AVAILABLE");

        service.schedule.cancel(showtime.getId());
        assertThat(service.seatEvents.described()).hasSize(4);
        assertThatThrownBy(() -> service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 900, "GBP")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> service.holds.hold(12, showtime.getId(), List.of("71")))
                .isInstanceOf(ConflictException.class);
        assertThat(service.listings.search(ShowtimeSearch.everything(), null)).isEmpty();
    }

    @Test
    void unknownShowtimeCannotBeChangedOrCancelled() {
        assertThatThrownBy(() -> service.schedule.cancel(404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.schedule.update(404, new ShowtimeDraft(901, 7, EVENING, 900, "GBP")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void dayWindowNarrowedToNothingFindsNothing() {
        Showtime showtime = create(901, 7, EVENING);
        LocalDate day = EVENING.atZone(java.time.ZoneOffset.UTC).toLocalDate();

        assertThat(service.listings.search(ShowtimeSearch.everything(), day)).containsExactly(showtime);
        assertThat(service.listings.search(ShowtimeSearch.of(null, null, EVENING, EVENING), day)).isEmpty();
        assertThat(service.listings.search(ShowtimeSearch.of(null, null, EVENING, null), day)).containsExactly(showtime);
        assertThat(service.listings.search(ShowtimeSearch.everything(), day.plusDays(1))).isEmpty();
    }

    @Test
    void scheduleChangesThatGiveUpAreConflictsWithNothingChanged() {
        Showtime showtime = create(901, 7, EVENING);
        Booking held = service.holds.hold(11, showtime.getId(), List.of("71"));
        service.transactions.failAfter(0, 100);

        assertConflict(() -> create(903, 8, EVENING))
                .isEqualTo("The schedule of auditorium 8 is being changed by another request "
                        + "right now; no showtime was created, please try again");
        assertConflict(() -> service.schedule.update(showtime.getId(), new ShowtimeDraft(901, 7, EVENING, 1300, "GBP")))
                .isEqualTo("Showtime "
                        + showtime.getId() + " is being changed by another request right now; nothing was changed, "
                        + "please try again");
        assertConflict(() -> service.schedule.cancel(showtime.getId()))
                .isEqualTo("Showtime "
                        + showtime.getId() + " is being changed by another request right now; nothing was cancelled "
                        + "and no booking refunded, please try again");

        service.transactions.failAfter(0, 0);
        assertThat(service.showtimes.rows).hasSize(1);
        assertThat(showtime.getBasePriceCents()).isEqualTo(1000);
        assertThat(showtime.getStatus()).isEqualTo(ShowtimeStatus.SCHEDULED);
        assertThat(held.getStatus()).isEqualTo(BookingStatus.HELD);
        assertThat(service.seatLocks.holder(showtime.getId(), 71)).isEqualTo(held.getId());
    }

    @Test
    void emptyDaysAreFilledInOneTransactionLeavingDaysWithShowtimesAndSkippingClashes() {
        Instant day1 = START.plus(Duration.ofHours(12));            // [day1, day2) and [day2, day3): two days
        Instant day2 = day1.plus(Duration.ofDays(1));
        Instant day3 = day2.plus(Duration.ofDays(1));
        Showtime late = create(901, 7, day2.minus(Duration.ofMinutes(30))); // day 1, runs 90 minutes into day 2
        Showtime staffs = create(903, 8, day2.plus(Duration.ofHours(20)));   // day 2 of auditorium 8 is not empty
        int transactionsBefore = service.transactions.begun.get();

        var firstDay = new ShowtimeSchedule.DayPlan(day1, day2, List.of(
                new ShowtimeSchedule.PlannedShowtime(903, day1.plus(Duration.ofHours(2)), 60, 1100, "GBP", Set.of())));
        var secondDay = new ShowtimeSchedule.DayPlan(day2, day3, List.of(
                new ShowtimeSchedule.PlannedShowtime(903, day2.plus(Duration.ofMinutes(60)), 60, 1100, "GBP", Set.of()),
                new ShowtimeSchedule.PlannedShowtime(901, day2.plus(Duration.ofHours(4)), 120, 1350, "GBP",
                        Set.of(ScreeningFeature.RELAXED))));
        int created = service.schedule.fillEmptyDays(service.auditoriums.get(7L), "Europe/London",
                List.of(firstDay, secondDay));

        // Auditorium 7: day 1 has the late showtime and stays as it is; on day 2 the 01:00 showtime would overlap
        // the late one's end (plus the cleaning gap) and is skipped, the 04:00 one is scheduled.
        assertThat(created).isEqualTo(1);
        assertThat(service.transactions.begun.get() - transactionsBefore).isEqualTo(1);
        List<Showtime> seven = service.showtimes.rows.values().stream()
                .filter(s -> s.getAuditoriumId() == 7 && s.getId() != late.getId()).toList();
        assertThat(seven).singleElement().satisfies(s -> {
            assertThat(s.getStartsAt()).isEqualTo(day2.plus(Duration.ofHours(4)));
            assertThat(s.getEndsAt()).isEqualTo(day2.plus(Duration.ofHours(6)));
            assertThat(s.getBasePriceCents()).isEqualTo(1350);
            assertThat(s.getFeatures()).containsExactly(ScreeningFeature.RELAXED);
            assertThat(s.getTimeZone()).isEqualTo("Europe/London");
            assertThat(s.getCinemaId()).isEqualTo(3);
            assertThat(s.getCapacity()).isEqualTo(2);
        });

        // Auditorium 8: day 2 has staff's showtime, so only day 1 is filled; a second run adds nothing.
        assertThat(service.schedule.fillEmptyDays(service.auditoriums.get(8L), "Europe/London",
                List.of(firstDay, secondDay))).isEqualTo(1);
        assertThat(service.schedule.fillEmptyDays(service.auditoriums.get(8L), "Europe/London",
                List.of(firstDay, secondDay))).isZero();
        assertThat(service.showtimes.rows.values().stream().filter(s -> s.getAuditoriumId() == 8)
                .map(Showtime::getStartsAt)).containsExactlyInAnyOrder(staffs.getStartsAt(), day1.plus(Duration.ofHours(2)));
        assertThat(service.scheduleLocks).endsWith(7L, 8L, 8L);
    }

    @Test
    void aRunOfDaysKeepsTheCinemasWallClockTimeWhenTheClocksChange() {
        // British Summer Time starts on Sunday 28 March 2027: 19:00 in London is 19:00 UTC before it, 18:00 UTC after.
        List<Showtime> run = service.schedule.createDaily(
                new ShowtimeDraft(901, 7, Instant.parse("2027-03-26T19:00:00Z"), 1000, "GBP"), 3);

        assertThat(run).extracting(Showtime::getStartsAt).containsExactly(Instant.parse("2027-03-26T19:00:00Z"),
                Instant.parse("2027-03-27T19:00:00Z"), Instant.parse("2027-03-28T18:00:00Z"));
        assertThat(run).allSatisfy(s -> {
            assertThat(s.getEndsAt()).isEqualTo(s.getStartsAt().plus(Duration.ofMinutes(120)));
            assertThat(s.getAuditoriumId()).isEqualTo(7);
            assertThat(s.getBasePriceCents()).isEqualTo(1000);
        });
        assertThat(service.showtimes.rows).hasSize(3);
    }

    @Test
    void aRunWithAClashOnAnyDaySchedulesNoneOfItsDaysAndNamesThatDay() {
        Showtime busy = create(903, 7, EVENING.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> service.schedule.createDaily(new ShowtimeDraft(901, 7, EVENING, 1000, "GBP"), 5))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("On " + LocalDate.ofInstant(EVENING.plus(Duration.ofDays(3)), java.time.ZoneOffset.UTC)
                        + ": The auditorium is busy then: showtime " + busy.getId());
        assertThat(service.showtimes.rows).hasSize(1); // the three days before the clash were rolled back

        assertThat(service.schedule.createDaily(new ShowtimeDraft(901, 8, EVENING, 1000, "GBP"), 5)).hasSize(5);
        assertThat(service.showtimes.rows).hasSize(6);
    }

    @Test
    void aRunIsOneToTheConfiguredMostDays() {
        for (int days : new int[] {0, -1, 29}) {
            assertThatThrownBy(() -> service.schedule.createDaily(new ShowtimeDraft(901, 7, EVENING, 1000, "GBP"), days))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("days")
                    .hasMessageContaining("between 1 and 28");
        }
        assertThat(service.schedule.createDaily(new ShowtimeDraft(903, 7, EVENING, 1000, "GBP"), 28)).hasSize(28);
        assertThat(service.showtimes.rows).hasSize(28);
    }

    private Showtime create(long movieId, long auditoriumId, Instant start) {
        return service.schedule.create(new ShowtimeDraft(movieId, auditoriumId, start, 1000, "GBP"));
    }

    private static void assertClash(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(ConflictException.class).hasMessageContaining("busy");
    }
}
