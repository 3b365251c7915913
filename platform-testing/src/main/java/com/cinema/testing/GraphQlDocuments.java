package com.cinema.testing;

/** Just enough reading of a GraphQL document for a stub: which root field an operation asks for. */
final class GraphQlDocuments {

    private GraphQlDocuments() {
    }

    /**
     * The first root field of the document's first operation ({@code showtimes} for
     * {@code query showtimes($from: DateTime) { list: showtimes(from: $from) { id } }}), aliases resolved.
     */
    static String rootField(String document) {
        int i = skipToSelectionSet(document);
        String first = name(document, i);
        int after = skipIgnored(document, i + first.length());
        if (after < document.length() && document.charAt(after) == ':') {
            int field = skipIgnored(document, after + 1);
            return name(document, field);
        }
        return first;
    }

    /** The index just after the operation's opening brace; variable definitions (which may hold braces) are skipped. */
    private static int skipToSelectionSet(String document) {
        int depth = 0;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (c == '#') {
                i = endOfLine(document, i);
            } else if (c == '"') {
                i = endOfString(document, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{' && depth == 0) {
                return skipIgnored(document, i + 1);
            }
        }
        throw new IllegalArgumentException("no selection set in GraphQL document: " + document);
    }

    private static String name(String document, int start) {
        int end = start;
        while (end < document.length()
                && (Character.isLetterOrDigit(document.charAt(end)) || document.charAt(end) == '_')) {
            end++;
        }
        if (end == start) {
            throw new IllegalArgumentException("no field name at " + start + " in GraphQL document: " + document);
        }
        return document.substring(start, end);
    }

    /** Skips white space, commas and comments, the "ignored tokens" of the GraphQL grammar. */
    private static int skipIgnored(String document, int from) {
        int i = from;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '#') {
                i = endOfLine(document, i) + 1;
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int endOfLine(String document, int from) {
        int end = document.indexOf('\n', from);
        return end < 0 ? document.length() : end;
    }

    private static int endOfString(String document, int from) {
        for (int i = from + 1; i < document.length(); i++) {
            if (document.charAt(i) == '\\') {
                i++;
            } else if (document.charAt(i) == '"') {
                return i;
            }
        }
        return document.length();
    }
}
