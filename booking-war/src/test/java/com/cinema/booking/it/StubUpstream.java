package com.cinema.booking.it;

import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Plays the movie and cinema services for the booking service's test server (whose movie and cinema URLs
 * point here, see booking-war/pom.xml) on platform-testing's {@link GraphQlStub}, answering the few GraphQL
 * queries the booking service asks from fixed data. The payment, coupon and user services of the checkout are
 * played on the same stub by {@link StubCheckoutServices}.
 *
 * <p>Movies: 901 "Stub Feature" (120 min, NOW_SHOWING, rated 12A), 902 "Old Reel" (ARCHIVED, PG), 903 "Short One"
 * (60 min, rated 15: no Child tickets).
 * Cinemas: 801 Europe/London (auditoriums 811, 812), 802 America/New_York (821), 803 Asia/Tokyo (831); each
 * "Stub 80x" at "80x Stub Street, Stubton" (51.5, -0.125).
 * Auditorium 811 has rows A-F of 10 seats: row F VIP, row E PREMIUM, A1/A2 WHEELCHAIR, D5/D6 COUPLE,
 * A10 blocked. The others have rows A-B of 5 standard seats. Seat id = auditorium * 1000 + row * 20 + number.
 * Auditorium 813 (cinema 801, not in its list) is one row A1-A6, an aisle, A7-A13 with the seat rules on; every other
 * auditorium has them off.
 */
final class StubUpstream {

    /** The booking ITs' port in {@link StubPorts}' allocation (the pom passes it as {@code stub.upstream.port}). */
    static final int PORT = StubPorts.port("stub.upstream.port", 15977);
    private static GraphQlStub stub;

    private StubUpstream() {
    }

    static synchronized void start() {
        if (stub != null) {
            return;
        }
        stub = GraphQlStub.start(PORT)
                .on("movie", call -> movie(call.variable("id")))
                .on("movies", call -> Json.createObjectBuilder()
                        .add("items", Json.createArrayBuilder().add(movie("901")).add(movie("903"))).add("total", 2)
                        .build())
                .on("auditorium", call -> auditorium(call.variable("id")))
                .on("cinema", call -> cinema(call.variable("id")))
                .on("cinemas", call -> Json.createArrayBuilder().add(cinema("801")).add(cinema("802"))
                        .add(cinema("803")).build());
        StubCheckoutServices.PLAYED.playOn(stub);
    }

    /** The calls of one operation the stub has received so far. */
    static java.util.List<GraphQlStub.Call> calls(String operation) {
        return stub.calls(operation);
    }

    static long seatId(long auditoriumId, char row, int number) {
        return auditoriumId * 1000 + (row - 'A') * 20 + number;
    }

    private static JsonValue movie(String id) {
        return switch (id == null ? "" : id) {
            case "901" -> movie(id, "Stub Feature", 120, "NOW_SHOWING", "12A");
            case "902" -> movie(id, "Old Reel", 100, "ARCHIVED", "PG");
            case "903" -> movie(id, "Short One", 60, "NOW_SHOWING", "15");
            // DownstreamBreakerIT: the caller's own mistake, and a failure of the movie service itself.
            case "977" -> throw new GraphQlStub.ErrorAnswer("VALIDATION", "id: played caller error");
            case "978" -> throw new GraphQlStub.ErrorAnswer("INTERNAL", "played movie service failure");
            default -> JsonValue.NULL;
        };
    }

    private static JsonObject movie(String id, String title, int minutes, String status, String ageRating) {
        return Json.createObjectBuilder().add("id", id).add("title", title).add("durationMinutes", minutes)
                .add("status", status).add("ageRating", ageRating).build();
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
                .add("address", id + " Stub Street").add("city", "Stubton").add("latitude", 51.5)
                .add("longitude", -0.125).add("auditoriums", rooms).build();
    }

    private static JsonValue auditorium(String id) {
        return switch (id == null ? "" : id) {
            case "811" -> auditorium(811, 801, 6, 10);
            case "812" -> auditorium(812, 801, 2, 5);
            case "821" -> auditorium(821, 802, 2, 5);
            case "831" -> auditorium(831, 803, 2, 5);
            case "813" -> auditorium(813, 801, 1, 13);
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
                    type = row == 'F' ? "VIP" : row == 'E' ? "PREMIUM" : row == 'A' && n <= 2 ? "WHEELCHAIR"
                            : row == 'D' && (n == 5 || n == 6) ? "COUPLE" : "STANDARD";
                    blocked = row == 'A' && n == 10;
                }
                capacity += blocked ? 0 : 1;
                // 813: one row A1-A6, an aisle, A7-A13 (the seat rules' row)
                int x = id == 813 && n > 6 ? n : n - 1;
                seats.add(Json.createObjectBuilder()
                        .add("id", String.valueOf(seatId(id, row, n)))
                        .add("label", "" + row + n).add("row", String.valueOf(row)).add("number", n)
                        .add("x", x).add("y", r).add("type", type).add("blocked", blocked));
            }
        }
        return Json.createObjectBuilder().add("id", String.valueOf(id)).add("cinemaId", String.valueOf(cinemaId))
                .add("name", "Screen " + id).add("format", "STANDARD").add("capacity", capacity)
                .add("rows", rows).add("columns", id == 813 ? perRow + 1 : perRow).add("seats", seats)
                // only 813's cinema has the seat rules on here: the other tests hold scattered seats
                .add("seatRulesEnabled", id == 813).build();
    }
}
