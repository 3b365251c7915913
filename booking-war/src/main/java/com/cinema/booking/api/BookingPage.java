package com.cinema.booking.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of bookings with the total number of matches. */
@Type("BookingPage")
public class BookingPage {

    @NonNull
    public List<@NonNull BookingView> items;
    public int total;
    public int page;
    public int size;

    static BookingPage of(List<BookingView> items, long total, int page, int size) {
        BookingPage result = new BookingPage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
