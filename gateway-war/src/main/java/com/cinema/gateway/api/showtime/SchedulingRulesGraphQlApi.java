package com.cinema.gateway.api.showtime;

import com.cinema.gateway.client.BookingServiceClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The admin scheduler's rules, read from the booking service that enforces them (its configured cleaning gap), so
 * the overlap preview and the service's refusal agree. The booking service checks the role again.
 */
@GraphQLApi
@ApplicationScoped
public class SchedulingRulesGraphQlApi {

    @Inject
    BookingServiceClient bookings;

    @Query("schedulingRules")
    @Description("The rules createShowtime and updateShowtime apply: the cleaning gap between showtimes of one "
            + "auditorium (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull SchedulingRules schedulingRules() {
        return bookings.schedulingRules();
    }
}
