package com.cinema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a server's generated GraphQL schema ({@code /graphql/schema.graphql}) under version control: a test fails
 * with a readable diff when the live schema differs from the committed snapshot, so every change to a public or
 * service API is a reviewed change to a file. Run the test with {@code -Dcinema.schema.update=true} to rewrite the
 * snapshots from the live schema instead (then review and commit them).
 *
 * <p>The schema is normalised first (definitions sorted by kind and name, fields and enum values sorted, each
 * description kept with what it describes, blank lines dropped), so the generator's ordering cannot make it flap.
 */
public final class SchemaSnapshot {

    /** The system property that turns a check into a rewrite. */
    public static final String UPDATE_PROPERTY = "cinema.schema.update";

    private SchemaSnapshot() {
    }

    /** The normalised schema the server at {@code baseUrl} generates now. */
    public static String live(String baseUrl) {
        return live(baseUrl, baseUrl);
    }

    /** The same, for a server that answers {@code /health} elsewhere (the gateway's management port). */
    public static String live(String baseUrl, String healthBaseUrl) {
        HttpProbe.awaitReady(healthBaseUrl, Duration.ofMinutes(2));
        HttpResponse<String> response = HttpProbe.get(baseUrl.replaceAll("/+$", "") + "/graphql/schema.graphql");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /graphql/schema.graphql answered " + response.statusCode());
        }
        return normalise(response.body());
    }

    /**
     * Fails unless every snapshot file holds the live schema of the server at {@code baseUrl}; with
     * {@code -Dcinema.schema.update=true}, writes the live schema to every snapshot file instead.
     */
    public static void assertMatches(String baseUrl, Path... snapshots) {
        assertMatches(baseUrl, baseUrl, snapshots);
    }

    /** The same, for a server that answers {@code /health} at {@code healthBaseUrl}. */
    public static void assertMatches(String baseUrl, String healthBaseUrl, Path... snapshots) {
        String live = live(baseUrl, healthBaseUrl);
        List<String> stale = new ArrayList<>();
        for (Path snapshot : snapshots) {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                write(snapshot, live);
                continue;
            }
            String committed = Files.exists(snapshot) ? normalise(read(snapshot)) : "";
            if (!committed.equals(live)) {
                stale.add(snapshot + (committed.isEmpty() ? " (missing)" : "") + "\n"
                        + LineDiff.between(committed, live));
            }
        }
        if (!stale.isEmpty()) {
            throw new AssertionError("The live GraphQL schema differs from its snapshot ('-' snapshot, '+' live). "
                    + "If the change is intended, run the test with -D" + UPDATE_PROPERTY + "=true and commit "
                    + "the snapshot.\n" + String.join("\n", stale));
        }
    }

    /** The schema text in a stable order: sorted definitions, sorted members, one line each, no blank lines. */
    static String normalise(String schema) {
        List<Definition> definitions = new ArrayList<>();
        List<String> pending = new ArrayList<>(); // descriptions waiting for what they describe
        Definition open = null;
        String[] lines = schema.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("\"\"\"")) {
                i = readBlockString(lines, i, pending);
                continue;
            }
            if (line.startsWith("\"") || line.startsWith("#")) {
                pending.add(line);
                continue;
            }
            if (open != null) {
                if (line.equals("}")) {
                    definitions.add(open);
                    open = null;
                } else {
                    int start = i;
                    i = readArguments(lines, i);
                    open.members.add(new Member(described(pending), field(lines, start, i)));
                }
                continue;
            }
            Definition definition = new Definition(withDescription(pending, line));
            if (line.endsWith("{")) {
                open = definition;
            } else {
                definitions.add(definition);
            }
        }
        definitions.sort(Comparator.comparing(Definition::sortKey));
        StringBuilder out = new StringBuilder();
        for (Definition definition : definitions) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(definition.header).append('\n');
            if (definition.header.endsWith("{")) {
                definition.members.stream().sorted(Comparator.comparing(Member::field))
                        .forEach(m -> out.append("  ").append(m.text().replace("\n", "\n  ")).append('\n'));
                out.append("}\n");
            }
        }
        return out.toString();
    }

    /** The index of a field's last line: arguments may span lines, up to the line that closes the parenthesis. */
    private static int readArguments(String[] lines, int start) {
        int depth = parenDepth(lines[start].strip());
        int i = start;
        while (depth > 0 && i + 1 < lines.length) {
            i++;
            String line = lines[i].strip();
            if (!line.startsWith("\"")) {
                depth += parenDepth(line);
            }
        }
        return i;
    }

    /** A field, its arguments (when they span lines) indented in their own order and the closing ")" last. */
    private static String field(String[] lines, int start, int end) {
        StringBuilder field = new StringBuilder(lines[start].strip());
        for (int k = start + 1; k <= end; k++) {
            String line = lines[k].strip();
            if (!line.isEmpty()) {
                field.append('\n').append(k == end ? "" : "  ").append(line);
            }
        }
        return field.toString();
    }

    private static int parenDepth(String line) {
        return (int) (line.chars().filter(c -> c == '(').count() - line.chars().filter(c -> c == ')').count());
    }

    private static int readBlockString(String[] lines, int start, List<String> pending) {
        int i = start;
        StringBuilder block = new StringBuilder(lines[i].strip());
        boolean closed = lines[i].strip().length() > 3 && lines[i].strip().endsWith("\"\"\"");
        while (!closed && i + 1 < lines.length) {
            i++;
            block.append('\n').append(lines[i].strip());
            closed = lines[i].strip().endsWith("\"\"\"");
        }
        pending.add(block.toString());
        return i;
    }

    private static String withDescription(List<String> pending, String line) {
        String description = described(pending);
        return description.isEmpty() ? line : description + "\n" + line;
    }

    /** The descriptions waiting for what they describe, taken. */
    private static String described(List<String> pending) {
        String description = String.join("\n", pending);
        pending.clear();
        return description;
    }

    /** A definition's own line (the last one; descriptions come before it). */
    private static String declaration(String header) {
        return header.substring(header.lastIndexOf('\n') + 1);
    }

    /** A field or enum value with its description; members sort by the field itself. */
    private record Member(String description, String field) {
        String text() {
            return description.isEmpty() ? field : description + "\n" + field;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String schema) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Definition {
        private final String header;
        private final List<Member> members = new ArrayList<>();

        Definition(String header) {
            this.header = header;
        }

        /** {@code schema} first, then by kind and name: {@code enum Genre}, {@code type Movie}, ... */
        String sortKey() {
            String declaration = declaration(header);
            String[] words = declaration.split("[\\s({:=]+");
            String kind = words[0];
            String name = words.length > 1 ? words[1] : "";
            return (kind.equals("schema") ? "0" : "1") + kind + " " + name + " " + declaration;
        }
    }

    /** A small line diff (longest common subsequence) with a few lines of context around each change. */
    static final class LineDiff {
        private static final int CONTEXT = 2;

        private LineDiff() {
        }

        static String between(String expected, String actual) {
            List<String> a = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\n"));
            List<String> b = actual.isEmpty() ? List.of() : Arrays.asList(actual.split("\n"));
            int[][] common = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    common[i][j] = a.get(i).equals(b.get(j))
                            ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
            List<String> lines = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    lines.add("  " + a.get(i++));
                    j++;
                } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                    lines.add("+ " + b.get(j++));
                } else {
                    lines.add("- " + a.get(i++));
                }
            }
            return withContext(lines);
        }

        private static String withContext(List<String> lines) {
            boolean[] shown = new boolean[lines.size()];
            for (int k = 0; k < lines.size(); k++) {
                if (!lines.get(k).startsWith("  ")) {
                    for (int c = Math.max(0, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) {
                        shown[c] = true;
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            boolean gap = false;
            for (int k = 0; k < lines.size(); k++) {
                if (shown[k]) {
                    out.append(lines.get(k)).append('\n');
                    gap = false;
                } else if (!gap) {
                    out.append("  ...\n");
                    gap = true;
                }
            }
            return out.toString();
        }
    }
}
