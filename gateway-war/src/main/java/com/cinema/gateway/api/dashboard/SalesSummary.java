package com.cinema.gateway.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The booking service's {@code salesSummary}, as the gateway reads it (not part of the public schema). */
public class SalesSummary {
    public LocalDate from;
    public LocalDate to;
    public int ticketsSold;
    public int bookingsConfirmed;
    public long seatsSold;
    public long capacity;
    public double occupancyPercent;
    public List<MovieSales> topMovies;
    public List<DailyBookings> bookingsPerDay;
    public List<CinemaOccupancy> occupancyByCinema;
    public List<TicketTypeSales> ticketsByType;
}
