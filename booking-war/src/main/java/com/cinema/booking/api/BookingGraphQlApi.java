package com.cinema.booking.api;

import com.cinema.booking.domain.BookingLedger;
import com.cinema.booking.domain.BookingSearch;
import com.cinema.common.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The booking service's GraphQL API for bookings: staff's view of every booking. */
@GraphQLApi
@ApplicationScoped
public class BookingGraphQlApi {

    @Inject
    BookingLedger ledger;

    @Query("bookings")
    @Description("Bookings matching the filter, newest first (staff only); page is zero-based, size defaults "
            + "to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull BookingPage bookings(@Name("filter") BookingFilter filter,
                                         @Name("page") Integer page,
                                         @Name("size") Integer size) {
        // Inputs are checked here, outside the transaction, so the use case never throws a caller's error.
        PageRequest request = PageRequest.of(page, size);
        BookingSearch search = BookingFilter.toSearch(filter);
        BookingLedger.Results results = ledger.search(search, request);
        return BookingPage.of(results.bookings().stream().map(BookingView::of).toList(),
                results.total(), request.page(), request.size());
    }
}
