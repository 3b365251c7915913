package com.cinema.cinema.api;

import com.cinema.common.audit.AuditLog;
import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.IdBatch;
import com.cinema.common.input.Ids;
import com.cinema.cinema.domain.Cinema;
import com.cinema.cinema.domain.CinemaAdministration;
import com.cinema.cinema.domain.CinemaDirectory;
import com.cinema.cinema.domain.CinemaSearch;
import com.cinema.cinema.domain.GeoPoint;
import com.cinema.common.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The cinema service's GraphQL API: public browsing of cinemas, their auditoriums and seat maps; staff changes. */
@GraphQLApi
@ApplicationScoped
public class CinemaGraphQlApi {

    @Inject
    AuditLog audit;

    @Inject
    CinemaDirectory directory;

    @Inject
    CinemaAdministration administration;

    @Inject
    Validator validator;

    @Query("cinemas")
    @Description("Cinemas of the city (ignoring case) or all; with near, nearest first with distanceKm, "
            + "and radiusKm keeps those within that many kilometres; without near, ordered by name")
    public @NonNull List<@NonNull CinemaView> cinemas(@Name("city") String city, @Name("near") GeoPointInput near,
                                                      @Name("radiusKm") Double radiusKm) {
        GeoPoint point = near == null ? null : GeoPoint.of("near", near.latitude, near.longitude);
        return directory.search(CinemaSearch.of(city, point, radiusKm)).stream()
                .map(found -> CinemaView.of(found.cinema(), found.distanceKm())).toList();
    }

    // ids are [String!]!, not [ID!]!: Liberty's MP GraphQL (SmallRye 1.0) cannot coerce @Id list arguments (every
    // value fails validation as "not a valid 'Unknown Scalar Type [java.util.List]'"). Both are strings on the wire.
    @Query("cinemasByIds")
    @Description("The cinemas of these ids, in the order asked; unknown ids are simply missing (for batching)")
    public @NonNull List<@NonNull CinemaView> cinemasByIds(@Name("ids") @NonNull List<@NonNull String> ids) {
        List<Long> wanted = IdBatch.parse("ids", ids);
        Map<Long, CinemaView> found = directory.findAll(wanted).stream()
                .collect(Collectors.toMap(c -> c.getId(), CinemaView::of));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Query("auditorium")
    @Description("One auditorium with its seats; null when there is none of this id")
    public AuditoriumView auditorium(@Name("id") @Id @NonNull String id) {
        return directory.auditorium(Ids.parse("id", id)).map(AuditoriumView::of).orElse(null);
    }

    @Query("auditoriumsByIds")
    @Description("The auditoriums of these ids with their seats, in the order asked; unknown ids are missing")
    public @NonNull List<@NonNull AuditoriumView> auditoriumsByIds(@Name("ids") @NonNull List<@NonNull String> ids) {
        List<Long> wanted = IdBatch.parse("ids", ids);
        Map<Long, AuditoriumView> found = directory.auditoriums(wanted).stream()
                .collect(Collectors.toMap(a -> a.getId(), AuditoriumView::of));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Query("cinema")
    @Description("One cinema by id")
    public CinemaView cinema(@Name("id") @Id @NonNull String id) {
        return directory.find(Ids.parse("id", id)).map(CinemaView::of)
                .orElseThrow(() -> new NotFoundException("Cinema", id));
    }

    @Mutation("createCinema")
    @Description("Adds a cinema (staff only); its name must be unique, ignoring case")
    @RolesAllowed("ADMIN")
    public CinemaView createCinema(@Name("input") CinemaInput input) {
        CinemaInput valid = EdgeValidation.valid(validator, "input", input);
        return CinemaView.of(EdgeValidation.within("input", () -> administration.create(valid.name, valid.address,
                valid.city, valid.latitude, valid.longitude, valid.phone, valid.timeZone, valid.facilities,
                valid.seatRulesEnabled)));
    }

    @Mutation("updateCinema")
    @Description("Changes every field of a cinema (staff only)")
    @RolesAllowed("ADMIN")
    public CinemaView updateCinema(@Name("id") @Id @NonNull String id, @Name("input") CinemaInput input) {
        long cinemaId = Ids.parse("id", id);
        CinemaInput valid = EdgeValidation.valid(validator, "input", input);
        return CinemaView.of(EdgeValidation.within("input", () -> administration.update(cinemaId, valid.name,
                valid.address, valid.city, valid.latitude, valid.longitude, valid.phone, valid.timeZone,
                valid.facilities, valid.seatRulesEnabled)));
    }

    @Mutation("deleteCinema")
    @Description("Deletes a cinema with its auditoriums and seats (staff only); refused while it has future showtimes")
    @RolesAllowed("ADMIN")
    public boolean deleteCinema(@Name("id") @Id @NonNull String id) {
        long cinema = Ids.parse("id", id);
        return audit.record("cinema.delete", "cinema/" + cinema, () -> administration.delete(cinema));
    }

    @Mutation("createAuditorium")
    @Description("Adds an auditorium with its seat layout to a cinema (staff only)")
    @RolesAllowed("ADMIN")
    public AuditoriumView createAuditorium(@Name("input") AuditoriumInput input) {
        AuditoriumInput valid = EdgeValidation.valid(validator, "input", input);
        long cinemaId = Ids.parse("input.cinemaId", valid.cinemaId);
        CinemaAdministration.AuditoriumPlan plan = EdgeValidation.within("input", () -> administration.plan(
                valid.name, valid.format, valid.rows, valid.columns, valid.seatSpecs()));
        return AuditoriumView.of(administration.createAuditorium(cinemaId, plan));
    }

    @Mutation("updateAuditorium")
    @Description("Changes an auditorium (staff only); seats keep their ids where their labels stay. The layout "
            + "cannot change while future showtimes have seats held or sold")
    @RolesAllowed("ADMIN")
    public AuditoriumView updateAuditorium(@Name("id") @Id @NonNull String id, @Name("input") AuditoriumInput input) {
        long auditoriumId = Ids.parse("id", id);
        AuditoriumInput valid = EdgeValidation.valid(validator, "input", input);
        long cinemaId = Ids.parse("input.cinemaId", valid.cinemaId);
        CinemaAdministration.AuditoriumPlan plan = EdgeValidation.within("input", () -> administration.plan(
                valid.name, valid.format, valid.rows, valid.columns, valid.seatSpecs()));
        return AuditoriumView.of(EdgeValidation.within("input",
                () -> administration.updateAuditorium(auditoriumId, cinemaId, plan)));
    }

    /**
     * Resolved only when a client asks for auditoriums, one query per cinema: Liberty's MP GraphQL
     * (SmallRye 1.0) fails on batched {@code @Source List} resolvers with a NullPointerException.
     */
    @Name("auditoriums")
    @Description("The cinema's auditoriums, ordered by name, with their seats")
    public @NonNull List<@NonNull AuditoriumView> auditoriums(@Source CinemaView cinema) {
        return directory.auditoriumsOf(Long.parseLong(cinema.id)).stream().map(AuditoriumView::of).toList();
    }

    /** The booking service asks this with every layout it caches: its holds follow the cinema's setting. */
    @Name("seatRulesEnabled")
    @Description("Whether holds in this auditorium follow its cinema's seat rules")
    public boolean seatRulesEnabled(@Source AuditoriumView auditorium) {
        return directory.find(Long.parseLong(auditorium.cinemaId)).map(Cinema::isSeatRulesEnabled).orElse(true);
    }

}
