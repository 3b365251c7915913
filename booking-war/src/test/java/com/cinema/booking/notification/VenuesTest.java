package com.cinema.booking.notification;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VenuesTest {

    @Test
    void anAddressThatNamesItsTownIsNotGivenTheTownAgain() {
        assertEquals("27 Belvedere Road, London SE1 7GP",
                Venues.Place.of("27 Belvedere Road, London SE1 7GP", "London", 51.5, -0.1).address());
        assertEquals("41 Ormond Quay Upper, Dublin 7, D07 F6X2",
                Venues.Place.addressLine("41 Ormond Quay Upper, Dublin 7, D07 F6X2", "dublin"));
        assertEquals("Königstraße 5, 70173 Stuttgart", Venues.Place.addressLine("Königstraße 5, 70173 Stuttgart",
                "STUTTGART"));
    }

    @Test
    void anAddressWithoutItsTownGetsItAfterAComma() {
        assertEquals("12 High Street, London", Venues.Place.addressLine("12 High Street", "London"));
        assertEquals("3 Londonderry Road, London", Venues.Place.addressLine("3 Londonderry Road", "London"),
                "a town inside a longer word is not the town");
        assertEquals("Hauptstraße 1, Düsseldorf", Venues.Place.addressLine("Hauptstraße 1", "Düsseldorf"));
        assertEquals("5 Rother Street, Stratford-upon-Avon (Warks.)",
                Venues.Place.addressLine("5 Rother Street", "Stratford-upon-Avon (Warks.)"),
                "a town with pattern characters is matched as text");
    }

    @Test
    void aMissingPartLeavesTheOther() {
        assertEquals("Leeds", Venues.Place.addressLine(" ", "Leeds"));
        assertEquals("1 Park Row", Venues.Place.addressLine("1 Park Row", null));
    }
}
