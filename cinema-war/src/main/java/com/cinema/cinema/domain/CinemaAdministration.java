package com.cinema.cinema.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.NotFoundException;
import com.cinema.common.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collection;
import java.util.List;

/** Staff changes to the cinema estate: rules are checked here, before any transaction starts. */
@ApplicationScoped
public class CinemaAdministration {

    static final String DUPLICATE_NAME = "A cinema with this name already exists";
    static final String DUPLICATE_AUDITORIUM = "The cinema already has an auditorium with this name";
    static final String CINEMA_IN_USE = "The cinema has future showtimes: cancel or move them first";
    static final String LAYOUT_IN_USE = "The auditorium has future showtimes with held or sold seats: "
            + "its seat layout cannot change (renaming is allowed)";

    @Inject
    CinemaDirectory directory;

    @Inject
    BookingSchedule schedule;

    @Inject
    @ConfigProperty(name = "cinema.auditorium.max-rows", defaultValue = "60")
    int maxRows = SeatLayout.MAX_ROWS;

    @Inject
    @ConfigProperty(name = "cinema.auditorium.max-columns", defaultValue = "80")
    int maxColumns = SeatLayout.MAX_COLUMNS;

    /** An auditorium as staff describe it; checked by {@link #plan}. */
    public record AuditoriumPlan(String name, AuditoriumFormat format, SeatLayout layout) {
    }

    /**
     * A new cinema. Validation errors name the field as the input spells it ({@code name}, {@code latitude},
     * {@code timeZone}, {@code facilities}, ...); a name already taken, ignoring case, is a conflict.
     */
    public Cinema create(String name, String address, String city, double latitude, double longitude,
                         String phone, String timeZone, Collection<String> facilities) {
        return create(name, address, city, latitude, longitude, phone, timeZone, facilities, null);
    }

    /** As {@link #create}, with the seat rules on or off ({@code null}: on, the default). */
    public Cinema create(String name, String address, String city, double latitude, double longitude,
                         String phone, String timeZone, Collection<String> facilities, Boolean seatRulesEnabled) {
        Cinema cinema = draft(name, address, city, latitude, longitude, phone, timeZone, facilities);
        cinema.setSeatRulesEnabled(seatRulesEnabled);
        return directory.add(cinema).orElseThrow(() -> new ConflictException(DUPLICATE_NAME));
    }

    /** Changes every field of a cinema, checked as for {@link #create}; an unknown id is NOT_FOUND. */
    public Cinema update(long id, String name, String address, String city, double latitude, double longitude,
                         String phone, String timeZone, Collection<String> facilities) {
        return update(id, name, address, city, latitude, longitude, phone, timeZone, facilities, null);
    }

    /** As {@link #update}; the seat rules are switched when {@code seatRulesEnabled} is given, kept when null. */
    public Cinema update(long id, String name, String address, String city, double latitude, double longitude,
                         String phone, String timeZone, Collection<String> facilities, Boolean seatRulesEnabled) {
        Cinema draft = draft(name, address, city, latitude, longitude, phone, timeZone, facilities);
        draft.setSeatRulesEnabled(seatRulesEnabled);
        return outcome(directory.updateCinema(id, draft), "Cinema", id, DUPLICATE_NAME);
    }

    /**
     * Deletes a cinema with its auditoriums and seats. Refused with CONFLICT while the booking service knows future
     * showtimes of it; when the booking service cannot answer, nothing is deleted (UPSTREAM_UNAVAILABLE).
     */
    public boolean delete(long id) {
        if (directory.find(id).isEmpty()) {
            throw new NotFoundException("Cinema", id);
        }
        if (schedule.futureShowtimesOfCinema(id) > 0) {
            throw new ConflictException(CINEMA_IN_USE);
        }
        if (!directory.deleteCinema(id)) {
            throw new NotFoundException("Cinema", id);
        }
        return true;
    }

    /** A checked auditorium: name, format and seat layout, each error naming its field ({@code seats[3].x}...). */
    public AuditoriumPlan plan(String name, String format, Integer rows, Integer columns,
                               List<SeatLayout.SeatSpec> seats) {
        String validName = Auditorium.validName(name);
        AuditoriumFormat validFormat = AuditoriumFormat.named("format", format);
        SeatLayout layout = SeatLayout.of(rows, columns, seats, maxRows, maxColumns);
        return new AuditoriumPlan(validName, validFormat, layout);
    }

    /** A new auditorium of an existing cinema (NOT_FOUND otherwise); a name taken in that cinema is a conflict. */
    public Auditorium createAuditorium(long cinemaId, AuditoriumPlan plan) {
        Auditorium auditorium = new Auditorium(cinemaId, plan.name(), plan.format(), plan.layout());
        return outcome(directory.addAuditorium(auditorium), "Auditorium", cinemaId, DUPLICATE_AUDITORIUM);
    }

    /**
     * Changes an auditorium. Seats keep their ids where their labels stay. A different layout is refused with
     * CONFLICT while future showtimes in the auditorium have seats held or sold; a rename or a new format alone
     * is always allowed. An auditorium stays in its cinema ({@code cinemaId} must not change).
     */
    public Auditorium updateAuditorium(long id, long cinemaId, AuditoriumPlan plan) {
        Auditorium current = directory.auditorium(id).orElseThrow(() -> new NotFoundException("Auditorium", id));
        if (current.getCinemaId() != cinemaId) {
            throw new ValidationException("cinemaId", "an auditorium cannot move to another cinema");
        }
        if (!current.layout().sameAs(plan.layout()) && schedule.futureShowtimesWithOccupiedSeats(id) > 0) {
            throw new ConflictException(LAYOUT_IN_USE);
        }
        return outcome(directory.updateAuditorium(id, plan.name(), plan.format(), plan.layout()),
                "Auditorium", id, DUPLICATE_AUDITORIUM);
    }

    private static Cinema draft(String name, String address, String city, double latitude, double longitude,
                                String phone, String timeZone, Collection<String> facilities) {
        Cinema cinema = new Cinema(name, address, city, latitude, longitude, timeZone);
        cinema.setPhone(phone);
        cinema.setFacilities(Facility.named(facilities));
        return cinema;
    }

    private static <T> T outcome(CinemaDirectory.Change<T> change, String what, long id, String nameTaken) {
        if (change.refusal() == null) {
            return change.value();
        }
        throw switch (change.refusal()) {
            case NOT_FOUND -> new NotFoundException(what, id);
            case CINEMA_NOT_FOUND -> new NotFoundException("Cinema", id);
            case NAME_TAKEN -> new ConflictException(nameTaken);
        };
    }
}
