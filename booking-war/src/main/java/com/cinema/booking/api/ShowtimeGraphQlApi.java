package com.cinema.booking.api;

import com.cinema.common.input.Ids;
import com.cinema.booking.domain.ShowtimeSchedule;
import com.cinema.booking.domain.ShowtimeSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.OffsetDateTime;
import java.util.List;

/** The booking service's GraphQL API: public browsing of the schedule. */
@GraphQLApi
@ApplicationScoped
public class ShowtimeGraphQlApi {

    @Inject
    ShowtimeSchedule schedule;

    @Query("showtimes")
    @Description("Showtimes in order of start, optionally of one movie, at one cinema, starting at or after "
            + "from and before to")
    public @NonNull List<@NonNull ShowtimeView> showtimes(@Name("movieId") @Id String movieId,
                                                          @Name("cinemaId") @Id String cinemaId,
                                                          @Name("from") OffsetDateTime from,
                                                          @Name("to") OffsetDateTime to) {
        ShowtimeSearch search = new ShowtimeSearch(Ids.parseOptional("movieId", movieId), Ids.parseOptional("cinemaId", cinemaId),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return schedule.search(search).stream().map(ShowtimeView::of).toList();
    }

}
