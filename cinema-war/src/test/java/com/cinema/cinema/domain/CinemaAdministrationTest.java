package com.cinema.cinema.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CinemaAdministrationTest {

    /** Stands in for the transactional directory: remembers what it was asked to store. */
    private static final class FakeDirectory extends CinemaDirectory {
        final List<Cinema> added = new ArrayList<>();
        boolean nameTaken;
        Auditorium stored;
        final List<Long> deleted = new ArrayList<>();
        int auditoriumUpdates;

        @Override
        public Optional<Cinema> find(long id) {
            return id == 7 ? Optional.of(new Cinema("Lumen Leeds", "1 High Street", "Leeds", 53.8, -1.55, "UTC"))
                    : Optional.empty();
        }

        @Override
        public boolean deleteCinema(long id) {
            deleted.add(id);
            return true;
        }

        @Override
        public Optional<Auditorium> auditorium(long id) {
            return id == 3 ? Optional.ofNullable(stored) : Optional.empty();
        }

        @Override
        public Change<Auditorium> updateAuditorium(long id, String name, AuditoriumFormat format, SeatLayout layout) {
            auditoriumUpdates++;
            stored.rename(name);
            return Change.done(stored);
        }

        @Override
        public Optional<Cinema> add(Cinema cinema) {
            added.add(cinema);
            return nameTaken ? Optional.empty() : Optional.of(cinema);
        }
    }

    /** Stands in for the booking service's scheduleUsage. */
    private static final class FakeSchedule implements BookingSchedule {
        int futureShowtimes;
        int occupied;
        final List<String> asked = new ArrayList<>();

        @Override
        public int futureShowtimesOfCinema(long cinemaId) {
            asked.add("cinema " + cinemaId);
            return futureShowtimes;
        }

        @Override
        public int futureShowtimesWithOccupiedSeats(long auditoriumId) {
            asked.add("auditorium " + auditoriumId);
            return occupied;
        }
    }

    private final FakeDirectory directory = new FakeDirectory();
    private final FakeSchedule schedule = new FakeSchedule();
    private final CinemaAdministration administration = new CinemaAdministration();

    {
        administration.directory = directory;
        administration.schedule = schedule;
    }

    private static final List<SeatLayout.SeatSpec> TWO_SEATS = List.of(
            new SeatLayout.SeatSpec("A", 1, 0, 0, "STANDARD", false),
            new SeatLayout.SeatSpec("A", 2, 1, 0, "STANDARD", false));

    private void storeAuditorium() {
        directory.stored = new Auditorium(7, "Screen 1", AuditoriumFormat.STANDARD, SeatLayout.of(1, 2, TWO_SEATS, 60, 80));
    }

    @Test
    void aCinemaWithFutureShowtimesIsNotDeleted() {
        schedule.futureShowtimes = 2;
        assertThatThrownBy(() -> administration.delete(7))
                .isInstanceOf(ConflictException.class).hasMessage(CinemaAdministration.CINEMA_IN_USE);
        assertThat(directory.deleted).isEmpty();
        assertThat(schedule.asked).containsExactly("cinema 7");

        schedule.futureShowtimes = 0;
        assertThat(administration.delete(7)).isTrue();
        assertThat(directory.deleted).containsExactly(7L);
    }

    @Test
    void deletingAnUnknownCinemaIsNotFoundWithoutAskingTheBookingService() {
        assertThatThrownBy(() -> administration.delete(8)).isInstanceOf(com.cinema.common.error.NotFoundException.class);
        assertThat(schedule.asked).isEmpty();
    }

    @Test
    void aLayoutChangeIsRefusedWhileFutureShowtimesHaveSeatsTaken() {
        storeAuditorium();
        schedule.occupied = 1;
        var wider = administration.plan("Screen 1", "STANDARD", 1, 3, TWO_SEATS);
        assertThatThrownBy(() -> administration.updateAuditorium(3, 7, wider))
                .isInstanceOf(ConflictException.class).hasMessage(CinemaAdministration.LAYOUT_IN_USE);
        assertThat(directory.auditoriumUpdates).isZero();

        schedule.occupied = 0;
        assertThat(administration.updateAuditorium(3, 7, wider)).isSameAs(directory.stored);
        assertThat(directory.auditoriumUpdates).isEqualTo(1);
    }

    @Test
    void aRenameAloneIsAllowedWhateverTheSchedule() {
        storeAuditorium();
        schedule.occupied = 5;
        var renamed = administration.plan("The Loft", "IMAX", 1, 2, TWO_SEATS);
        assertThat(administration.updateAuditorium(3, 7, renamed).getName()).isEqualTo("The Loft");
        assertThat(schedule.asked).isEmpty();
    }

    @Test
    void anAuditoriumStaysInItsCinemaAndUnknownOnesAreNotFound() {
        storeAuditorium();
        var plan = administration.plan("Screen 1", "STANDARD", 1, 2, TWO_SEATS);
        assertThatThrownBy(() -> administration.updateAuditorium(3, 8, plan))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("cinemaId:");
        assertThatThrownBy(() -> administration.updateAuditorium(4, 7, plan))
                .isInstanceOf(com.cinema.common.error.NotFoundException.class);
    }

    @Test
    void aPlanNamesTheBrokenField() {
        assertThatThrownBy(() -> administration.plan(" ", "STANDARD", 1, 2, TWO_SEATS))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> administration.plan("S", "HOLOGRAM", 1, 2, TWO_SEATS))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("format:");
        assertThatThrownBy(() -> administration.plan("S", "IMAX", 1, 1, TWO_SEATS))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("seats[1].x:");
    }

    @Test
    void createsACinemaWithPhoneAndFacilities() {
        Cinema cinema = administration.create("Lumen Leeds", "1 High Street", "Leeds", 53.8, -1.55,
                "+44 113 496 0000", "Europe/London", List.of("parking", "CAFE"));

        assertThat(directory.added).containsExactly(cinema);
        assertThat(cinema.getPhone()).isEqualTo("+44 113 496 0000");
        assertThat(cinema.getFacilities()).containsExactlyInAnyOrder(Facility.PARKING, Facility.CAFE);
        assertThat(cinema.getTimeZone().getId()).isEqualTo("Europe/London");
    }

    @Test
    void aTakenNameIsAConflict() {
        directory.nameTaken = true;
        assertThatThrownBy(() -> administration.create("Lumen Camden", "A", "London", 51.5, -0.14, null,
                "Europe/London", null))
                .isInstanceOf(ConflictException.class).hasMessage(CinemaAdministration.DUPLICATE_NAME);
    }

    @Test
    void brokenRulesAreReportedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> administration.create("A", "B", "C", 0, 0, null, "Mars/Olympus", null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("timeZone:");
        assertThatThrownBy(() -> administration.create("A", "B", "C", 0, 0, null, "UTC", List.of("POOL")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("facilities:");
        assertThatThrownBy(() -> administration.create("A", "B", "C", 0, 0, "9".repeat(41), "UTC", null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("phone:");
        assertThat(directory.added).isEmpty();
    }
}
