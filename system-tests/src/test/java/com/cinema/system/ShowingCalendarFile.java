package com.cinema.system;

import com.cinema.testing.GraphQlHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A booking's showing as a calendar file, as its customer gets it: from the gateway's
 * {@code GET /api/bookings/{id}/calendar} or attached to an e-mail the platform wrote as an .eml file. The event's
 * properties are read as a calendar reads them: lines unfolded, the first of each name kept, text unescaped.
 */
public record ShowingCalendarFile(String fileName, String content) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** GET /api/bookings/{id}/calendar with the caller's token (null: none), as the raw HTTP response. */
    public static HttpResponse<String> download(GraphQlHttp caller, String bookingId) {
        return TicketQr.bookingFile(caller, bookingId, "calendar",
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A moment as an iCalendar UTC time, e.g. 20261201T193000Z. */
    public static String utc(OffsetDateTime moment) {
        return UTC.format(moment);
    }

    /** The one text/calendar file attached to the e-mail in {@code eml}. */
    public static ShowingCalendarFile attachedTo(Path eml) {
        return TicketQr.attachment(eml, "text/calendar",
                (fileName, bytes) -> new ShowingCalendarFile(fileName, new String(bytes, StandardCharsets.UTF_8)));
    }

    /** The event's properties by name (UID, DTSTART, LOCATION, ...), values unescaped. */
    public Map<String, String> event() {
        Map<String, String> properties = new LinkedHashMap<>();
        boolean inEvent = false;
        for (String line : content.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).split(";")[0];
                properties.putIfAbsent(name, line.substring(colon + 1).replace("\\n", "\n").replace("\\,", ",")
                        .replace("\\;", ";").replace("\\\\", "\\"));
            }
        }
        return properties;
    }
}
