package com.cinema.gateway.report;

/**
 * Cell values as they go into a CSV file. Quoting (commas, quotes, line breaks) is Commons CSV's job; this only
 * keeps text a spreadsheet would run as a formula (OWASP "CSV injection": a leading =, +, -, @, tab or carriage
 * return) from being run, by prefixing a single quote, the convention spreadsheets show as plain text.
 */
final class CsvCells {

    private CsvCells() {
    }

    static Object text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
