package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seat map written compactly as text, one string per grid row from the screen backwards.
 * Letters are seats ({@code S} standard, {@code P} premium, {@code V} VIP, {@code W} wheelchair space,
 * {@code C} couple seat, {@code A} companion seat (beside a wheelchair space); lower case means the seat exists but is blocked); {@code _} or a space is an empty
 * cell such as an aisle; an empty string is a cross aisle. {@code "4*SSS_SSS"} stands for four equal rows.
 * Rows with seats are labelled A, B, ... (then AA, AB, ...) and their seats numbered from 1, left to right.
 */
public final class SeatLayout {

    public static final int MAX_ROWS = 60;
    public static final int MAX_COLUMNS = 80;
    /** Row labels as printed on seats: one to four letters or digits (A, F, AA, 1...). */
    public static final int ROW_LABEL_MAX_LENGTH = 4;
    public static final int SEAT_NUMBER_MAX = 999;
    private static final Pattern REPEATED = Pattern.compile("(\\d{1,2})\\*(.*)");
    private static final Pattern ROW_LABEL = Pattern.compile("[A-Z0-9]{1," + ROW_LABEL_MAX_LENGTH + "}");

    /** One seat as staff describe it, field by field; any field may be missing and is checked by {@link #of}. */
    public record SeatSpec(String row, Integer number, Integer x, Integer y, String type, Boolean blocked) {
    }

    /** One seat the layout places: its label parts and its cell on the grid (0,0 = front left). */
    public record PlannedSeat(String rowLabel, int number, int x, int y, SeatType type, boolean blocked) {

        public String label() {
            return rowLabel + number;
        }
    }

    private final int rows;
    private final int columns;
    private final List<PlannedSeat> seats;

    private SeatLayout(int rows, int columns, List<PlannedSeat> seats) {
        this.rows = rows;
        this.columns = columns;
        this.seats = List.copyOf(seats);
    }

    /** Reads a layout; a malformed one is a validation error of the field {@code layout}. */
    public static SeatLayout parse(List<String> lines) {
        List<String> grid = expand(lines == null ? List.of() : lines);
        List<PlannedSeat> seats = new ArrayList<>();
        int columns = 0;
        int labelled = 0;
        for (int y = 0; y < grid.size(); y++) {
            String line = grid.get(y);
            if (line.length() > MAX_COLUMNS) {
                throw new ValidationException("layout", "row " + (y + 1) + " is wider than " + MAX_COLUMNS + " cells");
            }
            columns = Math.max(columns, line.length());
            String rowLabel = rowLabel(labelled);
            int number = 0;
            for (int x = 0; x < line.length(); x++) {
                char cell = line.charAt(x);
                if (cell == '_' || cell == ' ') {
                    continue;
                }
                String where = "row " + (y + 1) + ", column " + (x + 1);
                SeatType type = SeatType.ofCode(cell).orElseThrow(() ->
                        new ValidationException("layout", where + ": '" + cell + "' is not a seat code"));
                seats.add(new PlannedSeat(rowLabel, ++number, x, y, type, Character.isLowerCase(cell)));
            }
            if (number > 0) {
                labelled++;
            }
        }
        if (seats.isEmpty()) {
            throw new ValidationException("layout", "has no seats");
        }
        return new SeatLayout(grid.size(), columns, seats);
    }

    /**
     * A layout described seat by seat on a grid of {@code rows} x {@code columns} cells. Every broken rule is a
     * VALIDATION error naming the field as the input spells it: {@code rows}, {@code columns}, {@code seats}
     * (no seat at all), {@code seats[3].x} (outside the grid), {@code seats[3]} (a cell taken by an earlier seat),
     * {@code seats[3].number} (a label taken by an earlier seat), {@code seats[3].type} (unknown type)...
     */
    public static SeatLayout of(Integer rows, Integer columns, List<SeatSpec> specs, int maxRows, int maxColumns) {
        int gridRows = dimension("rows", rows, Math.min(maxRows, MAX_ROWS));
        int gridColumns = dimension("columns", columns, Math.min(maxColumns, MAX_COLUMNS));
        if (specs == null || specs.isEmpty()) {
            throw new ValidationException("seats", "must have at least one seat");
        }
        List<PlannedSeat> seats = new ArrayList<>();
        Map<Long, Integer> cells = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            String field = "seats[" + i + "]";
            SeatSpec spec = specs.get(i);
            if (spec == null) {
                throw new ValidationException(field, "is required");
            }
            String row = spec.row() == null ? "" : spec.row().strip().toUpperCase(Locale.ROOT);
            if (row.isEmpty()) {
                throw new ValidationException(field + ".row", "is required");
            }
            if (!ROW_LABEL.matcher(row).matches()) {
                throw new ValidationException(field + ".row",
                        "must be 1 to " + ROW_LABEL_MAX_LENGTH + " letters or digits, e.g. F");
            }
            int number = range(field + ".number", spec.number(), 1, SEAT_NUMBER_MAX);
            int x = range(field + ".x", spec.x(), 0, gridColumns - 1);
            int y = range(field + ".y", spec.y(), 0, gridRows - 1);
            SeatType type = type(field + ".type", spec.type());
            Integer sameCell = cells.putIfAbsent((long) y * 1_000_000L + x, i);
            if (sameCell != null) {
                throw new ValidationException(field, "is in the cell x=" + x + ", y=" + y + " of seats[" + sameCell + "]");
            }
            String label = row + number;
            Integer sameLabel = labels.putIfAbsent(label, i);
            if (sameLabel != null) {
                throw new ValidationException(field + ".number", "label " + label + " is already used by seats[" + sameLabel + "]");
            }
            seats.add(new PlannedSeat(row, number, x, y, type, Boolean.TRUE.equals(spec.blocked())));
        }
        seats.sort(java.util.Comparator.comparingInt(PlannedSeat::y).thenComparingInt(PlannedSeat::x));
        return new SeatLayout(gridRows, gridColumns, seats);
    }

    private static int dimension(String field, Integer value, int max) {
        return range(field, value, 1, max);
    }

    private static int range(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        if (value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    private static SeatType type(String field, String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (SeatType type : SeatType.values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        throw new ValidationException(field, "must be one of " + java.util.Arrays.stream(SeatType.values())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** The layout of seats already stored (their grid and seats as they are). */
    static SeatLayout ofStored(int rows, int columns, List<PlannedSeat> seats) {
        return new SeatLayout(rows, columns, seats);
    }

    /** Whether both layouts have the same grid and the same seats (label, cell, type, blocked), in any order. */
    public boolean sameAs(SeatLayout other) {
        return rows == other.rows && columns == other.columns
                && Set.copyOf(seats).equals(Set.copyOf(other.seats)) && seats.size() == other.seats.size();
    }

    /** The planned seats by label. */
    public Map<String, PlannedSeat> byLabel() {
        return seats.stream().collect(Collectors.toMap(PlannedSeat::label, s -> s));
    }

    private static List<String> expand(List<String> lines) {
        List<String> grid = new ArrayList<>();
        for (String line : lines) {
            String text = line == null ? "" : line;
            Matcher repeated = REPEATED.matcher(text);
            int times = repeated.matches() ? Integer.parseInt(repeated.group(1)) : 1;
            String row = repeated.matches() ? repeated.group(2) : text;
            if (times < 1) {
                throw new ValidationException("layout", "'" + text + "' repeats a row zero times");
            }
            if (grid.size() + times > MAX_ROWS) {
                throw new ValidationException("layout", "has more than " + MAX_ROWS + " rows");
            }
            for (int i = 0; i < times; i++) {
                grid.add(row);
            }
        }
        return grid;
    }

    /** 0 -> A, 25 -> Z, 26 -> AA: the spreadsheet column scheme, which never runs out of labels. */
    static String rowLabel(int index) {
        StringBuilder label = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return label.toString();
    }

    /** Grid rows, cross aisles included. */
    public int rows() {
        return rows;
    }

    /** Grid columns: the widest row, aisles included. */
    public int columns() {
        return columns;
    }

    public List<PlannedSeat> seats() {
        return seats;
    }
}
