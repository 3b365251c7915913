package com.cinema.booking.client;

import java.util.List;

/** {@code cinema(id) { id timeZone auditoriums { id } }} of the cinema service. */
public class CinemaRef {
    public String id;
    public String timeZone;
    public List<AuditoriumIdRef> auditoriums;
}
