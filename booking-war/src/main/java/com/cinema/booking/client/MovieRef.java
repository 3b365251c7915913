package com.cinema.booking.client;

/** What the booking service asks of a movie: {@code movie(id) { id title durationMinutes status ageRating }}. */
public class MovieRef {
    public String id;
    public String title;
    public Integer durationMinutes;
    public String status;
    public String ageRating;
}
