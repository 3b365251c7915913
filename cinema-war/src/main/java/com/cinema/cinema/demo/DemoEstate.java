package com.cinema.cinema.demo;

import com.cinema.cinema.domain.Auditorium;
import com.cinema.cinema.domain.AuditoriumFormat;
import com.cinema.cinema.domain.Cinema;
import com.cinema.cinema.domain.Facility;
import com.cinema.cinema.domain.SeatLayout;
import com.cinema.cinema.persistence.AuditoriumRepository;
import com.cinema.cinema.persistence.CinemaRepository;
import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fills an empty estate with demo cinemas (local run, tests, docker-compose) when
 * {@code cinema.demo-data.enabled} is true. Seat maps are generated from the named layouts of
 * demo/cinemas.json, which several auditoriums share.
 */
@ApplicationScoped
public class DemoEstate implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoEstate.class.getName());
    private final DemoDataState state = new DemoDataState();

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    CinemaRepository cinemas;

    @Inject
    AuditoriumRepository auditoriums;

    @Transactional
    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            state.notWanted();
            return;
        }
        if (cinemas.count() > 0) {
            state.done("cinemas already there");
            return;
        }
        state.loading("cinemas");
        try {
            addEstate();
        } catch (RuntimeException e) {
            state.failed(e);
            throw e;
        }
    }

    private void addEstate() {
        Estate estate = read();
        Map<String, SeatLayout> layouts = estate.layouts().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> SeatLayout.parse(e.getValue())));
        for (DemoCinema demo : estate.cinemas()) {
            Cinema cinema = demo.toCinema();
            cinemas.add(cinema);
            for (DemoAuditorium screen : demo.auditoriums()) {
                SeatLayout layout = layouts.get(screen.layout());
                if (layout == null) {
                    throw new IllegalStateException("demo/cinemas.json has no layout " + screen.layout());
                }
                auditoriums.add(new Auditorium(cinema.getId(), screen.name(),
                        AuditoriumFormat.valueOf(screen.format()), layout));
            }
        }
        state.done(estate.cinemas().size() + " cinemas");
        LOG.info(() -> "Added " + estate.cinemas().size() + " demo cinemas");
    }

    private static Estate read() {
        try (InputStream in = DemoEstate.class.getResourceAsStream("/demo/cinemas.json");
             var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, Estate.class);
        } catch (Exception e) {
            throw new IllegalStateException("demo/cinemas.json is unreadable", e);
        }
    }

    /** The whole of demo/cinemas.json: seat layouts by name, and the cinemas that use them. */
    public record Estate(Map<String, List<String>> layouts, List<DemoCinema> cinemas) {
    }

    /** One cinema of demo/cinemas.json. */
    public record DemoCinema(String name, String address, String city, double latitude, double longitude,
                             String phone, String timeZone, List<String> facilities,
                             List<DemoAuditorium> auditoriums) {

        Cinema toCinema() {
            Cinema cinema = new Cinema(name, address, city, latitude, longitude, timeZone);
            cinema.setPhone(phone);
            cinema.setFacilities(facilities.stream().map(Facility::valueOf).collect(Collectors.toSet()));
            return cinema;
        }
    }

    /** An auditorium of a demo cinema, naming one of the layouts. */
    public record DemoAuditorium(String name, String format, String layout) {
    }

    @Override
    public String name() {
        return "demo-estate";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
