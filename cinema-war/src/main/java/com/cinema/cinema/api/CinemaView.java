package com.cinema.cinema.api;

import com.cinema.cinema.domain.Cinema;
import com.cinema.cinema.domain.Facility;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL {@code Cinema} type; its {@code auditoriums} are resolved by {@link CinemaGraphQlApi}. */
@Type("Cinema")
public class CinemaView {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String name;
    @NonNull
    public String address;
    @NonNull
    public String city;
    public double latitude;
    public double longitude;
    public String phone;
    @NonNull
    @Description("IANA time zone of the cinema, e.g. Europe/London")
    public String timeZone;
    @NonNull
    public List<@NonNull String> facilities;

    @Description("Whether holds here follow the seat rules (no single seat stranded; companion seats with their "
            + "wheelchair space)")
    public boolean seatRulesEnabled;

    @Description("Kilometres from the point given as near (haversine, rounded to 0.1 km); null without near")
    public Double distanceKm;

    static CinemaView of(Cinema cinema, Double distanceKm) {
        CinemaView view = of(cinema);
        view.distanceKm = distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0;
        return view;
    }

    static CinemaView of(Cinema cinema) {
        CinemaView view = new CinemaView();
        view.id = String.valueOf(cinema.getId());
        view.name = cinema.getName();
        view.address = cinema.getAddress();
        view.city = cinema.getCity();
        view.latitude = cinema.getLatitude();
        view.longitude = cinema.getLongitude();
        view.phone = cinema.getPhone();
        view.timeZone = cinema.getTimeZone().getId();
        view.seatRulesEnabled = cinema.isSeatRulesEnabled();
        view.facilities = cinema.getFacilities().stream().map(Facility::name).sorted().toList();
        return view;
    }
}
