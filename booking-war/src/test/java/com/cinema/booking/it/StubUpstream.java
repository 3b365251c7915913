package com.cinema.booking.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the movie and cinema services for the booking service's test server (whose movie and cinema URLs
 * point here, see booking-war/pom.xml): a JDK HttpServer answering the few GraphQL queries the booking
 * service asks, from fixed data.
 *
 * <p>Movies: 901 "Stub Feature" (120 min, NOW_SHOWING), 902 "Old Reel" (ARCHIVED), 903 "Short One" (60 min).
 * Cinemas: 801 Europe/London (auditoriums 811, 812), 802 America/New_York (821), 803 Asia/Tokyo (831).
 * Auditorium 811 has rows A-F of 10 seats: row F VIP, row E PREMIUM, A1/A2 WHEELCHAIR, D5/D6 COUPLE,
 * A10 blocked. The others have rows A-B of 5 standard seats. Seat id = auditorium * 1000 + row * 20 + number.
 */
final class StubUpstream {

    static final int PORT = Integer.getInteger("stub.upstream.port", 15977);
    private static final Pattern OPERATION = Pattern.compile("\\{\\s*(\\w+)");
    private static HttpServer server;

    private StubUpstream() {
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 100);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot play the movie and cinema services on port " + PORT, e);
        }
        server.createContext("/graphql", StubUpstream::answer);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "stub-upstream");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    static long seatId(long auditoriumId, char row, int number) {
        return auditoriumId * 1000 + (row - 'A') * 20 + number;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        String query = request.getString("query");
        JsonObject variables = request.containsKey("variables") && !request.isNull("variables")
                ? request.getJsonObject("variables") : JsonValue.EMPTY_JSON_OBJECT;
        Matcher matcher = OPERATION.matcher(query);
        String operation = matcher.find() ? matcher.group(1) : "";
        if (operation.equals("query") || operation.isEmpty()) {
            operation = "";
        }
        String id = variables.containsKey("id") ? variables.getString("id") : null;
        JsonValue data = switch (operation) {
            case "movie" -> movie(id);
            case "movies" -> Json.createObjectBuilder()
                    .add("items", Json.createArrayBuilder().add(movie("901")).add(movie("903"))).add("total", 2).build();
            case "auditorium" -> auditorium(id);
            case "cinema" -> cinema(id);
            case "cinemas" -> Json.createArrayBuilder().add(cinema("801")).add(cinema("802")).add(cinema("803")).build();
            default -> null;
        };
        String response = data == null && !Map.of("movie", 1, "auditorium", 1, "cinema", 1).containsKey(operation)
                ? Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", "stub does not know " + query))).build().toString()
                : Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                        .add(operation, data == null ? JsonValue.NULL : data)).build().toString();
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static JsonValue movie(String id) {
        return switch (id == null ? "" : id) {
            case "901" -> movie(id, "Stub Feature", 120, "NOW_SHOWING");
            case "902" -> movie(id, "Old Reel", 100, "ARCHIVED");
            case "903" -> movie(id, "Short One", 60, "NOW_SHOWING");
            default -> JsonValue.NULL;
        };
    }

    private static JsonObject movie(String id, String title, int minutes, String status) {
        return Json.createObjectBuilder().add("id", id).add("title", title).add("durationMinutes", minutes)
                .add("status", status).build();
    }

    private static JsonValue cinema(String id) {
        return switch (id == null ? "" : id) {
            case "801" -> cinema(id, "Europe/London", "811", "812");
            case "802" -> cinema(id, "America/New_York", "821");
            case "803" -> cinema(id, "Asia/Tokyo", "831");
            default -> JsonValue.NULL;
        };
    }

    private static JsonObject cinema(String id, String zone, String... auditoriums) {
        JsonArrayBuilder rooms = Json.createArrayBuilder();
        for (String room : auditoriums) {
            rooms.add(Json.createObjectBuilder().add("id", room));
        }
        return Json.createObjectBuilder().add("id", id).add("name", "Stub " + id).add("timeZone", zone)
                .add("auditoriums", rooms).build();
    }

    private static JsonValue auditorium(String id) {
        return switch (id == null ? "" : id) {
            case "811" -> auditorium(811, 801, 6, 10);
            case "812" -> auditorium(812, 801, 2, 5);
            case "821" -> auditorium(821, 802, 2, 5);
            case "831" -> auditorium(831, 803, 2, 5);
            default -> JsonValue.NULL;
        };
    }

    private static JsonObject auditorium(long id, long cinemaId, int rows, int perRow) {
        JsonArrayBuilder seats = Json.createArrayBuilder();
        int capacity = 0;
        for (int r = 0; r < rows; r++) {
            char row = (char) ('A' + r);
            for (int n = 1; n <= perRow; n++) {
                String type = "STANDARD";
                boolean blocked = false;
                if (id == 811) {
                    if (row == 'F') {
                        type = "VIP";
                    } else if (row == 'E') {
                        type = "PREMIUM";
                    } else if (row == 'A' && n <= 2) {
                        type = "WHEELCHAIR";
                    } else if (row == 'D' && (n == 5 || n == 6)) {
                        type = "COUPLE";
                    }
                    blocked = row == 'A' && n == 10;
                }
                capacity += blocked ? 0 : 1;
                JsonObjectBuilder seat = Json.createObjectBuilder()
                        .add("id", String.valueOf(seatId(id, row, n)))
                        .add("label", "" + row + n).add("row", String.valueOf(row)).add("number", n)
                        .add("x", n - 1).add("y", r).add("type", type).add("blocked", blocked);
                seats.add(seat);
            }
        }
        return Json.createObjectBuilder().add("id", String.valueOf(id)).add("cinemaId", String.valueOf(cinemaId))
                .add("name", "Screen " + id).add("format", "STANDARD").add("capacity", capacity)
                .add("rows", rows).add("columns", perRow).add("seats", seats).build();
    }
}
