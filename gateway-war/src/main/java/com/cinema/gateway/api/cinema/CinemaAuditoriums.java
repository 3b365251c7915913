package com.cinema.gateway.api.cinema;

import java.util.List;

/** Only the auditoriums of a cinema, as the gateway asks the cinema service for them (not a public type). */
public class CinemaAuditoriums {

    public String id;

    public List<Auditorium> auditoriums;
}
