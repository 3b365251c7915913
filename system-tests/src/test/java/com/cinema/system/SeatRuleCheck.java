package com.cinema.system;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seat rules (docs/api.md, "Seat rules") read off a seat map as the gateway gives it ({@code seatMap { seats {
 * seatId label x y type status } }}): which free seats stand alone, and which seats a test can hold without
 * stranding one. A seat's neighbours are the seats in the cells beside it in its grid row.
 */
public final class SeatRuleCheck {

    private SeatRuleCheck() {
    }

    private static boolean ordinary(JsonObject seat) {
        String type = seat.getString("type");
        return !"WHEELCHAIR".equals(type) && !"COMPANION".equals(type);
    }

    private static long cell(int x, int y) {
        return (long) y * 1_000_000L + x;
    }

    private static Map<Long, JsonObject> byCell(List<JsonObject> seats) {
        return seats.stream().collect(Collectors.toMap(s -> cell(s.getInt("x"), s.getInt("y")), Function.identity()));
    }

    private static boolean free(JsonObject seat, Set<String> taking) {
        return seat != null && "AVAILABLE".equals(seat.getString("status")) && !taking.contains(seat.getString("seatId"));
    }

    /** Labels of the free ordinary seats with no free seat beside them. */
    public static List<String> alone(List<JsonObject> seats) {
        Map<Long, JsonObject> cells = byCell(seats);
        return seats.stream()
                .filter(s -> ordinary(s) && free(s, Set.of()))
                .filter(s -> !free(cells.get(cell(s.getInt("x") - 1, s.getInt("y"))), Set.of())
                        && !free(cells.get(cell(s.getInt("x") + 1, s.getInt("y"))), Set.of()))
                .map(s -> s.getString("label"))
                .toList();
    }

    /**
     * Ids of the first {@code count} free ordinary seats side by side in one row (front to back, left to right) whose
     * hold strands no seat; empty when there are none.
     */
    public static List<String> conformingRun(List<JsonObject> seats, int count) {
        Map<Long, JsonObject> cells = byCell(seats);
        List<JsonObject> ordered = seats.stream()
                .sorted(Comparator.comparingInt((JsonObject s) -> s.getInt("y")).thenComparingInt(s -> s.getInt("x")))
                .toList();
        for (JsonObject first : ordered) {
            List<JsonObject> run = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                JsonObject next = cells.get(cell(first.getInt("x") + i, first.getInt("y")));
                if (next == null || !ordinary(next) || !free(next, Set.of())) {
                    break;
                }
                run.add(next);
            }
            if (run.size() < count) {
                continue;
            }
            Set<String> taking = run.stream().map(s -> s.getString("seatId")).collect(Collectors.toCollection(HashSet::new));
            JsonObject left = cells.get(cell(first.getInt("x") - 1, first.getInt("y")));
            JsonObject right = cells.get(cell(first.getInt("x") + count, first.getInt("y")));
            if (!strands(left, cells, taking) && !strands(right, cells, taking)) {
                return run.stream().map(s -> s.getString("seatId")).toList();
            }
        }
        return List.of();
    }

    private static boolean strands(JsonObject neighbour, Map<Long, JsonObject> cells, Set<String> taking) {
        if (neighbour == null || !ordinary(neighbour) || !free(neighbour, taking)) {
            return false;
        }
        int x = neighbour.getInt("x");
        int y = neighbour.getInt("y");
        return !free(cells.get(cell(x - 1, y)), taking) && !free(cells.get(cell(x + 1, y)), taking);
    }
}
