package com.cinema.gateway.client;

/** The booking service's {@code CalendarFile}: a booking's showing as an iCalendar file, served as it is. */
public class CalendarFileRef {
    public String fileName;
    public String content;
}
