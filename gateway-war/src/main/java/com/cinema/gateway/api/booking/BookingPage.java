package com.cinema.gateway.api.booking;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of bookings with the total number of matches. */
public class BookingPage {

    @NonNull
    public List<@NonNull Booking> items;
    public int total;
    public int page;
    public int size;
}
