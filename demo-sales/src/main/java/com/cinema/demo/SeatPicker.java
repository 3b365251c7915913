package com.cinema.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Picks seats the way a customer would: side by side in one row, about two thirds of the way back and as central
 * as the row allows, ordinary seats only (no wheelchair spaces or their companion seats, no couple seats). A pick
 * never leaves a single free seat between it and a wall, an aisle or a taken seat, which the booking service's seat
 * rules would refuse (docs/decisions/0011-seat-rules-per-cinema.md).
 */
final class SeatPicker {

    /** One seat of the seat map: grid column {@code x}, grid row {@code y}. */
    record Seat(String id, String label, int x, int y, String type, String status) {

        boolean free() {
            return "AVAILABLE".equals(status);
        }
    }

    private static final Set<String> ORDINARY = Set.of("STANDARD", "PREMIUM", "VIP");
    private static final double PREFERRED_DEPTH = 0.65;

    private SeatPicker() {
    }

    /** {@code count} free seats side by side, best row first; empty when no row has such a block. */
    static Optional<List<Seat>> pick(List<Seat> seats, int count) {
        Map<Integer, List<Seat>> rows = new TreeMap<>();
        for (Seat seat : seats) {
            rows.computeIfAbsent(seat.y(), y -> new ArrayList<>()).add(seat);
        }
        List<List<Seat>> frontToBack = new ArrayList<>(rows.values());
        int last = Math.max(1, frontToBack.size() - 1);
        List<Integer> byPreference = IntStream.range(0, frontToBack.size()).boxed()
                .sorted(Comparator.comparingDouble(row -> Math.abs(row / (double) last - PREFERRED_DEPTH)))
                .toList();
        for (int row : byPreference) {
            Optional<List<Seat>> pick = pickInRow(frontToBack.get(row), count);
            if (pick.isPresent()) {
                return pick;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<Seat>> pickInRow(List<Seat> row, int count) {
        List<Seat> ordered = row.stream().sorted(Comparator.comparingInt(Seat::x)).toList();
        double centre = (ordered.get(0).x() + ordered.get(ordered.size() - 1).x()) / 2.0;
        List<Seat> best = null;
        double bestDistance = Double.MAX_VALUE;
        for (List<Seat> block : freeBlocks(ordered)) {
            // the free seats left on either side of the pick: none, or at least two (a lone one would be stranded)
            for (int start = 0; start + count <= block.size(); start++) {
                List<Seat> candidate = block.subList(start, start + count);
                boolean strandsOne = start == 1 && judged(block.get(0))
                        || block.size() - start - count == 1 && judged(block.get(block.size() - 1));
                if (strandsOne || !candidate.stream().allMatch(s -> ORDINARY.contains(s.type()))) {
                    continue;
                }
                double middle = (candidate.get(0).x() + candidate.get(count - 1).x()) / 2.0;
                if (Math.abs(middle - centre) < bestDistance) {
                    bestDistance = Math.abs(middle - centre);
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(List::copyOf);
    }

    /** Whether a seat left alone counts as stranded: wheelchair spaces and companion seats are sold alone anyway. */
    private static boolean judged(Seat seat) {
        return !"WHEELCHAIR".equals(seat.type()) && !"COMPANION".equals(seat.type());
    }

    /** The row's runs of free seats in neighbouring grid columns; an empty cell (aisle) or a taken seat ends a run. */
    private static List<List<Seat>> freeBlocks(List<Seat> ordered) {
        List<List<Seat>> blocks = new ArrayList<>();
        List<Seat> current = new ArrayList<>();
        Seat previous = null;
        for (Seat seat : ordered) {
            boolean continues = previous != null && previous.free() && seat.x() == previous.x() + 1;
            if (!continues && !current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            if (seat.free()) {
                current.add(seat);
            }
            previous = seat;
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
