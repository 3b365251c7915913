package com.cinema.cinema.domain;

import com.cinema.common.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;

/** Staff changes to the cinema estate: rules are checked here, before any transaction starts. */
@ApplicationScoped
public class CinemaAdministration {

    static final String DUPLICATE_NAME = "A cinema with this name already exists";

    @Inject
    CinemaDirectory directory;

    /**
     * A new cinema. Validation errors name the field as the input spells it ({@code name}, {@code latitude},
     * {@code timeZone}, {@code facilities}, ...); a name already taken, ignoring case, is a conflict.
     */
    public Cinema create(String name, String address, String city, double latitude, double longitude,
                         String phone, String timeZone, Collection<String> facilities) {
        Cinema cinema = new Cinema(name, address, city, latitude, longitude, timeZone);
        cinema.setPhone(phone);
        cinema.setFacilities(Facility.named(facilities));
        return directory.add(cinema).orElseThrow(() -> new ConflictException(DUPLICATE_NAME));
    }
}
