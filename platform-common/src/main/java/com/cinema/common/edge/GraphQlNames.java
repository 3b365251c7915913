package com.cinema.common.edge;

import java.util.Set;

/**
 * The names a GraphQL document mentions, read with the language's lexical rules (strings, block strings and
 * comments skipped), so a review that quotes "__schema" is not mistaken for an introspection query.
 */
final class GraphQlNames {

    private GraphQlNames() {
    }

    static boolean mentionsAny(String document, Set<String> names) {
        int i = 0;
        int n = document.length();
        while (i < n) {
            char c = document.charAt(i);
            if (c == '#') {
                while (i < n && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
                    i++;
                }
            } else if (document.startsWith("\"\"\"", i)) {
                int end = document.indexOf("\"\"\"", i + 3);
                while (end > 0 && document.charAt(end - 1) == '\\') {
                    end = document.indexOf("\"\"\"", end + 3);
                }
                i = end < 0 ? n : end + 3;
            } else if (c == '"') {
                i++;
                while (i < n && document.charAt(i) != '"' && document.charAt(i) != '\n') {
                    i += document.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '_' || Character.isLetter(c)) {
                int start = i;
                while (i < n && (document.charAt(i) == '_' || Character.isLetterOrDigit(document.charAt(i)))) {
                    i++;
                }
                if (names.contains(document.substring(start, i))) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }
}
