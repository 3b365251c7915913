package com.cinema.booking.api;

import com.cinema.booking.notification.ShowingCalendar;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL {@code CalendarFile} type: a booking's showing as an iCalendar file (the gateway serves it). */
@Type("CalendarFile")
@Description("A confirmed booking's showing as an iCalendar (RFC 5545) event, for the customer's calendar")
public class CalendarFileView {

    @NonNull
    @Description("e.g. showing-K7Q2XP.ics")
    public String fileName;
    @NonNull
    @Description("The file's text (text/calendar, UTF-8, lines ending CRLF)")
    public String content;

    public static CalendarFileView of(ShowingCalendar.File file) {
        CalendarFileView view = new CalendarFileView();
        view.fileName = file.fileName();
        view.content = file.content();
        return view;
    }
}
