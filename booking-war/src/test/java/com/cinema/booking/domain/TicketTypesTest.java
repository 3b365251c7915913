package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The ticket types on sale from their settings: the defaults, overrides, and mistakes refused with their setting. */
class TicketTypesTest {

    /** The ticket types of these settings, as MicroProfile Config would give them (names as the settings' own). */
    static TicketTypes configured(Map<String, String> settings) {
        return TicketTypes.from(key -> Optional.ofNullable(settings.get(key)), settings.keySet());
    }

    @Test
    void byDefaultAdultChildSeniorAndStudentAreOnSaleInThatOrder() {
        TicketTypes types = TicketTypes.defaults();

        assertThat(types.offered())
                .extracting(TicketTypeOffer::type, TicketTypeOffer::label, TicketTypeOffer::condition,
                        TicketTypeOffer::discountCents, TicketTypeOffer::notForRatings)
                .containsExactly(
                        tuple(TicketType.ADULT, "Adult", "", 0, List.of()),
                        tuple(TicketType.CHILD, "Child", "Under 15", 350, List.of("15", "18")),
                        tuple(TicketType.SENIOR, "Senior", "65 and over", 250, List.of()),
                        tuple(TicketType.STUDENT, "Student", "With a valid student card", 200, List.of()));
        assertThat(configured(Map.of()).offered()).isEqualTo(types.offered());
    }

    @Test
    void anOfferTakesItsDiscountOffTheFullPriceButNeverBelowZero() {
        TicketTypeOffer child = TicketTypes.defaults().offer(TicketType.CHILD).orElseThrow();

        assertThat(child.price(1000)).isEqualTo(650);
        assertThat(child.price(350)).isZero();
        assertThat(child.price(200)).isZero();
        assertThat(TicketTypes.defaults().offer(TicketType.ADULT).orElseThrow().price(1400)).isEqualTo(1400);
    }

    @Test
    void aChildTicketIsNotSoldForFifteenAndEighteenRatedFilms() {
        TicketTypeOffer child = TicketTypes.defaults().offer(TicketType.CHILD).orElseThrow();

        assertThat(child.restricted()).isTrue();
        assertThat(child.notSoldFor("15")).isTrue();
        assertThat(child.notSoldFor(" 18 ")).isTrue();
        assertThat(child.notSoldFor("12A")).isFalse();
        assertThat(child.notSoldFor("PG")).isFalse();
        assertThat(child.notSoldFor(null)).as("a film without a rating").isFalse();
        assertThat(TicketTypes.defaults().offered()).filteredOn(TicketTypeOffer::restricted)
                .extracting(TicketTypeOffer::type).containsExactly(TicketType.CHILD);
    }

    @Test
    void settingsOverrideEachTypesDiscountConditionAndRatings() {
        TicketTypes types = configured(Map.of(
                TicketTypes.OFFERED, " student , child ",
                TicketTypes.PREFIX + "CHILD.discount", "400",
                TicketTypes.PREFIX + "CHILD.condition", "Under 16",
                TicketTypes.PREFIX + "CHILD.not-for-ratings", "15, 18, R18",
                TicketTypes.PREFIX + "STUDENT.not-for-ratings", "18",
                TicketTypes.PREFIX + "SENIOR.discount", "300"));

        assertThat(types.offered()).as("ADULT always on sale, and first")
                .extracting(TicketTypeOffer::type, TicketTypeOffer::condition, TicketTypeOffer::discountCents,
                        TicketTypeOffer::notForRatings)
                .containsExactly(
                        tuple(TicketType.ADULT, "", 0, List.of()),
                        tuple(TicketType.STUDENT, "With a valid student card", 200, List.of("18")),
                        tuple(TicketType.CHILD, "Under 16", 400, List.of("15", "18", "R18")));
        assertThat(types.offer(TicketType.SENIOR)).as("configured, but not on sale").isEmpty();
        assertThat(types.offer(TicketType.CHILD).orElseThrow().notSoldFor("r18")).isTrue();
    }

    @Test
    void noneSellsATypeForEveryFilm() {
        TicketTypeOffer child = configured(Map.of(TicketTypes.PREFIX + "CHILD.not-for-ratings", "none"))
                .offer(TicketType.CHILD).orElseThrow();

        assertThat(child.notForRatings()).isEmpty();
        assertThat(child.restricted()).isFalse();
    }

    @Test
    void aNegativeOrNonNumericDiscountStopsTheServiceNamingTheSetting() {
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "SENIOR.discount", "-50")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cinema.booking.ticket-type.SENIOR.discount must not be negative, not -50");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "SENIOR.discount", "2.50")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cinema.booking.ticket-type.SENIOR.discount must be a whole number of cents, not \"2.50\"");
    }

    @Test
    void anAdultTicketIsAlwaysTheFullPriceForEveryFilm() {
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "ADULT.discount", "100")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADULT").hasMessageContaining("full price");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "ADULT.not-for-ratings", "18")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADULT");
        assertThat(configured(Map.of(TicketTypes.PREFIX + "ADULT.discount", "0", TicketTypes.OFFERED, "CHILD"))
                .offered()).extracting(TicketTypeOffer::type).containsExactly(TicketType.ADULT, TicketType.CHILD);
    }

    @Test
    void aTypeThatDoesNotExistStopsTheServiceNamingIt() {
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.OFFERED, "ADULT,KID")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cinema.booking.ticket-types: KID is not a ticket type (ADULT, CHILD, SENIOR, STUDENT)");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.OFFERED, "ADULT,CHILD,child")))
                .isInstanceOf(IllegalStateException.class).hasMessage("cinema.booking.ticket-types names CHILD twice");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "KID.discount", "100")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cinema.booking.ticket-type.KID.discount: KID is not a ticket type");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "child.discount", "100")))
                .as("would go unread: settings name the type in upper case")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("child is not a ticket type");
        assertThatThrownBy(() -> configured(Map.of(TicketTypes.PREFIX + "CHILD.discout", "100")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no setting discout");
    }

    @Test
    void environmentVariablesOfTypesThatDoNotExistAreRefusedToo() {
        assertThat(TicketTypes.from(key -> Optional.empty(), List.of("CINEMA_BOOKING_TICKET_TYPES",
                "CINEMA_BOOKING_TICKET_TYPE_CHILD_DISCOUNT", "CINEMA_BOOKING_TICKET_TYPE_CHILD_NOT_FOR_RATINGS", "PATH"))
                .offered()).hasSize(4);
        assertThatThrownBy(() -> TicketTypes.from(key -> Optional.empty(),
                List.of("CINEMA_BOOKING_TICKET_TYPE_KID_DISCOUNT")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CINEMA_BOOKING_TICKET_TYPE_KID_DISCOUNT is not a ticket type setting");
    }
}
