package com.cinema.cinema.api;

import com.cinema.common.input.EdgeValidation;
import com.cinema.common.input.Ids;
import com.cinema.cinema.domain.CinemaAdministration;
import com.cinema.cinema.domain.CinemaDirectory;
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

import java.util.List;

/** The cinema service's GraphQL API: public browsing of cinemas, their auditoriums and seat maps; staff changes. */
@GraphQLApi
@ApplicationScoped
public class CinemaGraphQlApi {

    @Inject
    CinemaDirectory directory;

    @Inject
    CinemaAdministration administration;

    @Inject
    Validator validator;

    @Query("cinemas")
    @Description("Cinemas ordered by name; city matches ignoring case")
    public @NonNull List<@NonNull CinemaView> cinemas(@Name("city") String city) {
        return directory.list(city).stream().map(CinemaView::of).toList();
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
                valid.city, valid.latitude, valid.longitude, valid.phone, valid.timeZone, valid.facilities)));
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

}
