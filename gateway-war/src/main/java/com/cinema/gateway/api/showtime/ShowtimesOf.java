package com.cinema.gateway.api.showtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The showtimes of one movie or at one cinema, as {@link ReferenceLoader} keeps them for a list of rows. */
record ShowtimesOf(String id, List<Showtime> showtimes) {

    /** One entry per asked id (an empty list where it has none), from one answer in order of start. */
    static List<ShowtimesOf> group(List<String> ids, List<Showtime> answer, Function<Showtime, String> owner) {
        Map<String, List<Showtime>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        if (answer != null) {
            for (Showtime showtime : answer) {
                List<Showtime> rows = showtime == null ? null : byId.get(owner.apply(showtime));
                if (rows != null) {
                    rows.add(showtime);
                }
            }
        }
        return byId.entrySet().stream().map(e -> new ShowtimesOf(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
