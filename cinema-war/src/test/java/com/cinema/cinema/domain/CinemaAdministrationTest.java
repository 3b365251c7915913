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

        @Override
        public Optional<Cinema> add(Cinema cinema) {
            added.add(cinema);
            return nameTaken ? Optional.empty() : Optional.of(cinema);
        }
    }

    private final FakeDirectory directory = new FakeDirectory();
    private final CinemaAdministration administration = new CinemaAdministration();

    {
        administration.directory = directory;
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
