package com.cinema.booking.notification;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An "Add to Google Calendar" link as Google reads it: to its event template, with the event in the query. */
public final class GoogleCalendarLinks {

    /** Google Calendar's event template, the default of {@code cinema.notifications.google-calendar-link}. */
    public static final String TEMPLATE = "https://calendar.google.com/calendar/render";

    private GoogleCalendarLinks() {
    }

    /** The link's query, decoded ({@code action}, {@code text}, {@code dates}, ...), once it is known to go to TEMPLATE. */
    public static Map<String, String> query(String link) {
        URI uri = URI.create(link);
        assertThat(uri.getScheme() + "://" + uri.getHost() + uri.getPath()).isEqualTo(TEMPLATE);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            assertThat(query.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8)))
                    .as("one " + nameAndValue[0]).isNull();
        }
        return query;
    }
}
