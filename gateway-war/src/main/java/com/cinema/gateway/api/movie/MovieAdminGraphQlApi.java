package com.cinema.gateway.api.movie;

import com.cinema.common.input.EdgeValidation;
import com.cinema.gateway.client.CatalogueCache;
import com.cinema.gateway.client.MovieServiceClient;
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

/**
 * Staff keep the catalogue right. Roles are checked here first and again by the movie service, which gets
 * the caller's own token; the input is checked here with the shared limits before the call, and again there. Every change, even a refused one, makes this gateway ask the
 * movie service again (the {@link CatalogueCache}).
 */
@GraphQLApi
@ApplicationScoped
public class MovieAdminGraphQlApi {

    @Inject
    MovieServiceClient movieService;

    @Inject
    CatalogueCache catalogue;

    @Inject
    Validator validator;

    @Mutation("createMovie")
    @Description("Adds a movie to the catalogue (staff only)")
    @RolesAllowed("ADMIN")
    public Movie createMovie(@Name("input") MovieInput input) {
        try {
            return movieService.createMovie(EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetMovies();
        }
    }

    @Mutation("updateMovie")
    @Description("Replaces a movie's details (staff only); reviews and poster stay")
    @RolesAllowed("ADMIN")
    public Movie updateMovie(@Name("id") @Id @NonNull String id, @Name("input") MovieInput input) {
        try {
            return movieService.updateMovie(id, EdgeValidation.valid(validator, "input", input));
        } finally {
            catalogue.forgetMovies();
        }
    }

    @Mutation("deleteMovie")
    @Description("Deletes a movie with its reviews and poster (staff only). Refused with CONFLICT while future"
            + " showtimes use it: archive it instead (updateMovie with status ARCHIVED)")
    @RolesAllowed("ADMIN")
    public Boolean deleteMovie(@Name("id") @Id @NonNull String id) {
        try {
            return movieService.deleteMovie(id);
        } finally {
            catalogue.forgetMovies();
        }
    }
}
