package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seat map written compactly as text, one string per grid row from the screen backwards.
 * Letters are seats ({@code S} standard, {@code P} premium, {@code V} VIP, {@code W} wheelchair space,
 * {@code C} couple seat; lower case means the seat exists but is blocked); {@code _} or a space is an empty
 * cell such as an aisle; an empty string is a cross aisle. {@code "4*SSS_SSS"} stands for four equal rows.
 * Rows with seats are labelled A, B, ... (then AA, AB, ...) and their seats numbered from 1, left to right.
 */
public final class SeatLayout {

    public static final int MAX_ROWS = 60;
    public static final int MAX_COLUMNS = 80;
    private static final Pattern REPEATED = Pattern.compile("(\\d{1,2})\\*(.*)");

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
