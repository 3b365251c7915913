package com.cinema.booking.client;

/** Just the id of an auditorium, as listed under a cinema. */
public class AuditoriumIdRef {
    public String id;
}
