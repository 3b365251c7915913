package com.cinema.gateway.api.cinema;

import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.InputLimits;
import com.cinema.gateway.api.showtime.ReferenceLoader;
import com.cinema.gateway.client.CatalogueCache;
import com.cinema.gateway.client.CinemaServiceClient;
import jakarta.annotation.security.PermitAll;
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

import java.util.List;

/**
 * Cinemas, auditoriums and seat maps, answered by the cinema service. Browsing is public; changes are for staff:
 * the role is checked here first and again by the cinema service, which receives the caller's own token.
 */
@GraphQLApi
@ApplicationScoped
public class CinemaEstateGraphQlApi {

    @Inject
    CinemaServiceClient cinemas;

    @Inject
    CatalogueCache catalogue;

    @Inject
    Validator validator;

    @Inject
    ReferenceLoader references;

    @Query("cinemas")
    @Description("Cinemas of the city (ignoring case) or all; with near, nearest first with distanceKm, and "
            + "radiusKm (only with near) keeps those within that many kilometres; without near, ordered by name")
    @PermitAll
    public List<Cinema> cinemas(@Name("city") String city, @Name("near") GeoPointInput near,
                                @Name("radiusKm") Double radiusKm) {
        GeoPointInput point = near == null ? null : EdgeValidation.valid(validator, "near", near);
        // Refused here, not downstream: a caller's bad number must never count as a cinema-service failure.
        List<Cinema> found = catalogue.cinemas(city, point, InputLimits.radiusKm("radiusKm", radiusKm));
        if (found != null) {
            found.forEach(cinema -> {
                references.register(ReferenceLoader.CINEMA_AUDITORIUMS, cinema.id);
                references.register(ReferenceLoader.CINEMA_SHOWTIMES, cinema.id);
            });
        }
        return found;
    }

    @Query("cinema")
    @Description("One cinema with its facilities and auditoriums")
    @PermitAll
    public Cinema cinema(@Name("id") @Id @NonNull String id) {
        return catalogue.cinema(id);
    }

    /**
     * Only when a client asks for auditoriums, and then for every cinema of the request's list in one call
     * (the request-scoped loader; Liberty's MP GraphQL fails on batched {@code @Source List} resolvers).
     */
    @Name("auditoriums")
    @Description("The cinema's auditoriums, ordered by name, with their seats")
    public @NonNull List<@NonNull Auditorium> auditoriums(@Source Cinema cinema) {
        CinemaAuditoriums loaded = references.get(ReferenceLoader.CINEMA_AUDITORIUMS, cinema.id,
                cinemas::auditoriumsOfCinemas, each -> each.id);
        return loaded == null || loaded.auditoriums == null ? List.of() : loaded.auditoriums;
    }

    @Mutation("createCinema")
    @Description("Adds a cinema (staff only); its name must be unique, ignoring case")
    @RolesAllowed("ADMIN")
    public Cinema createCinema(@Name("input") @NonNull CinemaInput input) {
        try {
            return cinemas.createCinema(EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetCinemas();
        }
    }

    @Mutation("updateCinema")
    @Description("Changes every field of a cinema (staff only)")
    @RolesAllowed("ADMIN")
    public Cinema updateCinema(@Name("id") @Id @NonNull String id, @Name("input") @NonNull CinemaInput input) {
        try {
            return cinemas.updateCinema(id, EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetCinemas();
        }
    }

    @Mutation("deleteCinema")
    @Description("Deletes a cinema with its auditoriums (staff only); refused with CONFLICT while it has future showtimes")
    @RolesAllowed("ADMIN")
    public boolean deleteCinema(@Name("id") @Id @NonNull String id) {
        try {
            return cinemas.deleteCinema(id);
        } finally {
            catalogue.forgetCinemas();
        }
    }

    @Mutation("createAuditorium")
    @Description("Adds an auditorium with its seat layout to a cinema (staff only)")
    @RolesAllowed("ADMIN")
    public Auditorium createAuditorium(@Name("input") @NonNull AuditoriumInput input) {
        try {
            return cinemas.createAuditorium(EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetCinemas();
        }
    }

    @Mutation("updateAuditorium")
    @Description("Changes an auditorium (staff only); seats keep their ids where their labels stay. The layout "
            + "cannot change while future showtimes have seats held or sold (CONFLICT)")
    @RolesAllowed("ADMIN")
    public Auditorium updateAuditorium(@Name("id") @Id @NonNull String id,
                                       @Name("input") @NonNull AuditoriumInput input) {
        try {
            return cinemas.updateAuditorium(id, EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetCinemas();
        }
    }
}
