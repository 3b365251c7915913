package com.cinema.booking.api;

import com.cinema.booking.domain.BookingSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The scheduling rules as this service is configured, so the admin scheduler previews clashes with the same
 * cleaning gap the service then enforces instead of assuming one.
 */
@GraphQLApi
@ApplicationScoped
public class SchedulingRulesGraphQlApi {

    @Inject
    BookingSettings settings;

    @Query("schedulingRules")
    @Description("The rules createShowtime, scheduleShowtimeRun and updateShowtime apply: the cleaning gap between "
            + "showtimes of one auditorium, the longest run of days (staff only)")
    @RolesAllowed("ADMIN")
    public @NonNull SchedulingRulesView schedulingRules() {
        return SchedulingRulesView.of(settings.cleaningGap(), settings.maxRunDays());
    }
}
