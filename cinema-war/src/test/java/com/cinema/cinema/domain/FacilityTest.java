package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FacilityTest {

    @Test
    void namesIgnoreCaseAndSurroundingSpaceAndCountOnce() {
        assertThat(Facility.named(List.of("parking", " CAFE ", "Parking")))
                .containsExactlyInAnyOrder(Facility.PARKING, Facility.CAFE);
    }

    @Test
    void noNamesMeansNoFacilities() {
        assertThat(Facility.named(null)).isEmpty();
        assertThat(Facility.named(List.of())).isEmpty();
    }

    @Test
    void unknownOrBlankNamesAreRejectedOnTheFacilitiesField() {
        assertThatThrownBy(() -> Facility.named(List.of("CAFE", "SWIMMING_POOL")))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("facilities: unknown facility 'SWIMMING_POOL'")
                .hasMessageContaining("WHEELCHAIR_ACCESS");
        assertThatThrownBy(() -> Facility.named(List.of(" "))).hasMessageStartingWith("facilities:");
        assertThatThrownBy(() -> Facility.named(Arrays.asList("BAR", null))).hasMessageStartingWith("facilities:");
    }
}
