package com.cinema.booking.client;

/** A seat of an auditorium as the cinema service describes it. */
public class SeatRef {
    public String id;
    public String label;
    public String row;
    public int number;
    public int x;
    public int y;
    public String type;
    public boolean blocked;
}
