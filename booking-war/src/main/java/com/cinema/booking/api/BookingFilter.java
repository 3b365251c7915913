package com.cinema.booking.api;

import com.cinema.booking.domain.BookingSearch;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.common.input.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.OffsetDateTime;

/** The GraphQL {@code BookingFilter} input; every field is optional. */
@Input("BookingFilter")
public class BookingFilter {

    @Description("HELD, PAYMENT_PENDING, CONFIRMED, CANCELLED, EXPIRED, REFUNDED or FAILED")
    public String status;
    @Id
    public String userId;
    @Id
    public String showtimeId;
    @Description("Created at or after this instant")
    public OffsetDateTime from;
    @Description("Created before this instant")
    public OffsetDateTime to;
    @Description("The booking's code, as printed on its tickets; any case")
    public String code;

    /** The search this filter asks for; errors name the field as {@code filter.<name>}. */
    static BookingSearch toSearch(BookingFilter filter) {
        if (filter == null) {
            return BookingSearch.everything();
        }
        return new BookingSearch(
                filter.status == null ? null : BookingStatus.parse("filter.status", filter.status),
                Ids.parseOptional("filter.userId", filter.userId),
                Ids.parseOptional("filter.showtimeId", filter.showtimeId),
                filter.from == null ? null : filter.from.toInstant(),
                filter.to == null ? null : filter.to.toInstant(),
                filter.code);
    }
}
