package com.cinema.system;

import com.cinema.system.ShowtimeScheduleIT.Fixtures;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MetricsScrape;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas of the gateway and the booking service on one database stay correct (issue #19; README,
 * "Scaling out"). Next to the platform the suite started (gateway A on 5000, booking A on 3007) this class runs
 * gateway B (5050, calling booking B) and two more booking replicas, B (3057) and C (3067), all on the platform's
 * MariaDB databases. Booking B and C sweep expired holds every 0.2 s and reconcile unfinished checkouts every
 * 0.3 s (older than 4 s), so both do that work at the same moments; C holds seats for 3 s only, so its holds run
 * out during the test.
 *
 * <p>MySQL/MariaDB only (skipped on H2 with that reason): the platform's H2 databases are files one server process
 * owns. Run it with {@code -Pmysql -Dmysql.user=root -Dmysql.password=}.
 */
@EnabledIfSystemProperty(named = "platform.mysql", matches = "(?i)true", disabledReason = "ReplicaIT runs on "
        + "MySQL/MariaDB only (-Pmysql): replicas share the databases, and the H2 files of the default run belong to one "
        + "server process each")
@ExtendWith(PlatformExtension.class)
@Order(80)
class ReplicaIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final String HOLD = "mutation($s: ID!, $ids: [String!]!) { holdSeats(showtimeId: $s, seatIds: $ids) { "
            + "id status tickets { seatId } } }";

    private static final List<ReplicaServer> REPLICAS = new ArrayList<>();
    private static ReplicaServer gatewayB;
    private static ReplicaServer bookingB;
    private static ReplicaServer bookingC;
    private static Fixtures fixtures;

    @BeforeAll
    static void startReplicas() throws Exception {
        Platform platform = PlatformExtension.platform();
        fixtures = new Fixtures();
        gatewayB = replica(platform, "gateway", "gateway-replica-b", 5050);
        bookingB = replica(platform, "booking", "booking-replica-b", 3057);
        bookingC = replica(platform, "booking", "booking-replica-c", 3067);

        Map<String, String> booking = new HashMap<>(common(platform, "booking_db"));
        booking.put("CINEMA_TICKETS_SIGNING_KEY", Files.readString(keys(platform).resolve("ticket-signing-key")).trim());
        booking.put("CINEMA_BOOKING_HOLD_SWEEP_INTERVAL", "PT0.2S");
        booking.put("CINEMA_BOOKING_RECONCILE_INTERVAL", "PT0.3S");
        booking.put("CINEMA_BOOKING_RECONCILE_AFTER", "PT4S");
        Map<String, String> bookingWithShortHolds = new HashMap<>(booking);
        bookingWithShortHolds.put("CINEMA_BOOKING_HOLD_DURATION", "PT3S");
        Map<String, String> gateway = new HashMap<>(common(platform, null));
        gateway.put("CINEMA_SERVICES_BOOKING_URL", bookingB.url());

        // Three JVMs start at once (the platform is idle meanwhile); a start is about 15 s of CPU each.
        ExecutorService starts = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> started = List.of(
                    starts.submit(() -> startAndAwait(bookingB, booking)),
                    starts.submit(() -> startAndAwait(bookingC, bookingWithShortHolds)),
                    starts.submit(() -> startAndAwait(gatewayB, gateway)));
            for (Future<?> future : started) {
                future.get(6, TimeUnit.MINUTES);
            }
        } finally {
            starts.shutdownNow();
        }
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        Exception failure = null;
        for (ReplicaServer replica : REPLICAS) {
            try {
                replica.close();
            } catch (Exception e) {
                failure = e;
            }
        }
        REPLICAS.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Test
    void aHoldThroughOneGatewayReachesAStreamOnTheOtherWithinTwoSeconds() throws Exception {
        String showtimeId = fixtures.freshShowtime(3, 6).getString("id");
        List<JsonObject> seats = fixtures.seats(showtimeId);
        List<String> mine = List.of(seats.get(2).getString("seatId"), seats.get(3).getString("seatId"));
        String customerId = Fixtures.newUserId();
        String token = Fixtures.TOKENS.user(customerId, "replica-" + customerId + "@example.org");

        try (SeatEventStream onB = new SeatEventStream(gatewayB.url(), showtimeId);
             SeatEventStream onA = new SeatEventStream(PlatformExtension.platform().gatewayUrl(), showtimeId)) {
            // Held through gateway A and booking A ...
            JsonObject hold = Fixtures.data(fixtures.gateway.withBearer(token)
                    .post(HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(mine))), "holdSeats");
            // ... streamed by gateway B, which polls booking B: the events come from the shared database.
            List<JsonObject> held = onB.takeData(2, WITHIN);
            assertThat(held).as("HELD events on gateway B within " + WITHIN).hasSize(2);
            assertThat(held).extracting(e -> e.getString("status")).containsOnly("HELD");
            assertThat(held).extracting(e -> e.getString("seatId")).containsExactlyInAnyOrderElementsOf(mine);

            // And the other way round: released through gateway B (booking B), seen on gateway A.
            assertThat(onA.takeData(2, WITHIN)).as("the HELD events on gateway A too").hasSize(2);
            Fixtures.data(new GraphQlHttp(gatewayB.url()).withBearer(token)
                    .post(SeatHoldIT.RELEASE, Map.of("b", hold.getString("id"))), "releaseHold");
            List<JsonObject> released = onA.takeData(2, WITHIN);
            assertThat(released).as("AVAILABLE events on gateway A within " + WITHIN).hasSize(2);
            assertThat(released).extracting(e -> e.getString("status")).containsOnly("AVAILABLE");
            assertThat(released).extracting(e -> e.getString("seatId")).containsExactlyInAnyOrderElementsOf(mine);
        }
    }

    @Test
    void fiftyCustomersSpreadOverBothGatewaysNeverGetTheSameSeat() throws Exception {
        String showtimeId = fixtures.freshShowtime(4, 8).getString("id");
        List<String> pool = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).limit(12).toList();
        Random random = new Random(20261201L);
        GraphQlHttp[] gateways = {fixtures.gateway, new GraphQlHttp(gatewayB.url())};

        ExecutorService threads = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonObject>> answers = new ArrayList<>();
        List<List<String>> wanted = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                List<String> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, random);
                List<String> seats = List.copyOf(shuffled.subList(0, 2 + random.nextInt(3)));
                wanted.add(seats);
                String id = Fixtures.newUserId();
                GraphQlHttp customer = gateways[i % 2].withBearer(Fixtures.TOKENS.user(id, "fan-" + id + "@example.org"));
                answers.add(threads.submit(() -> {
                    go.await();
                    return customer.post(HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(seats)));
                }));
            }
            go.countDown();
            Map<String, String> holderOfSeat = new HashMap<>();
            int[] winsPerGateway = new int[2];
            for (int i = 0; i < answers.size(); i++) {
                JsonObject answer = answers.get(i).get(90, TimeUnit.SECONDS);
                String code = GraphQlHttp.firstErrorCode(answer);
                if (code != null) {
                    assertThat(code).as("only losing the race may fail: " + answer).isEqualTo("SEAT_UNAVAILABLE");
                    continue;
                }
                JsonObject booking = answer.getJsonObject("data").getJsonObject("holdSeats");
                List<String> got = booking.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("seatId")).toList();
                assertThat(got).as("all or nothing").containsExactlyInAnyOrderElementsOf(wanted.get(i));
                for (String seat : got) {
                    assertThat(holderOfSeat.put(seat, booking.getString("id"))).as("seat " + seat + " held twice").isNull();
                }
                winsPerGateway[i % 2]++;
            }
            System.out.printf("ReplicaIT: holds won through gateway A %d, through gateway B %d%n", winsPerGateway[0], winsPerGateway[1]);
            assertThat(holderOfSeat).as("someone wins").isNotEmpty();

            // Both gateways (through their own booking replica) show exactly the won seats as HELD.
            for (String gatewayUrl : List.of(PlatformExtension.platform().gatewayUrl(), gatewayB.url())) {
                Map<String, String> status = Fixtures.data(new GraphQlHttp(gatewayUrl).post(
                                "query($s: ID!) { seatMap(showtimeId: $s) { seats { seatId status } } }", Map.of("s", showtimeId)),
                        "seatMap").getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(s -> s.getString("seatId"), s -> s.getString("status")));
                for (String seat : pool) {
                    assertThat(status.get(seat)).as(gatewayUrl + " seat " + seat)
                            .isEqualTo(holderOfSeat.containsKey(seat) ? "HELD" : "AVAILABLE");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void runOutHoldsAreExpiredExactlyOnceWhileBothReplicasSweep() throws Exception {
        String showtimeId = fixtures.freshShowtime(4, 6).getString("id");
        List<String> seats = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
        Map<String, Double> expiredBefore = expiredHolds();

        // 24 one-seat holds of 3 s through booking C, taken one after another: they run out one after another while
        // both replicas sweep every 0.2 s.
        Map<Long, Long> versionOfBooking = new LinkedHashMap<>();
        try (Connection db = bookingDatabase()) {
            for (String seat : seats) {
                long bookingId = holdOnBookingC(showtimeId, seat);
                versionOfBooking.put(bookingId, version(db, bookingId)); // read at once: it runs out in 3 s
            }
            awaitStatus(db, versionOfBooking.keySet(), "EXPIRED", Duration.ofSeconds(30));
            for (Map.Entry<Long, Long> booking : versionOfBooking.entrySet()) {
                assertThat(version(db, booking.getKey())).as("booking " + booking.getKey() + " changed once: HELD -> EXPIRED")
                        .isEqualTo(booking.getValue() + 1);
            }
            assertEverySeatHeldThenFreedOnce(db, showtimeId, seats);
        }
        Map<String, Double> expired = difference(expiredHolds(), expiredBefore);
        System.out.println("ReplicaIT: holds expired per booking replica during the test " + expired);
        // Other tests' holds may run out meanwhile too: at least ours, and the database says each exactly once.
        assertThat(expired.values().stream().mapToDouble(Double::doubleValue).sum())
                .as("holds_expired over the three booking replicas").isGreaterThanOrEqualTo(seats.size());
    }

    @Test
    void checkoutsLeftUnfinishedAreSettledExactlyOnceWhileBothReplicasReconcile() throws Exception {
        String showtimeId = fixtures.freshShowtime(3, 4).getString("id");
        List<String> seats = fixtures.seats(showtimeId).stream().map(s -> s.getString("seatId")).toList();
        Map<Long, Long> versionOfBooking = new LinkedHashMap<>();
        try (Connection db = bookingDatabase()) {
            for (String seat : seats) {
                long bookingId = holdOnBookingC(showtimeId, seat);
                // The replica that started this checkout died right after recording it (saga step STARTED, no charge
                // sent): what the reconciler exists for. The step's time is the hold's, so it is due for the
                // reconcilers (4 s) after its 3 s hold ran out: returned, it becomes EXPIRED in one change.
                try (var update = db.prepareStatement("UPDATE booking SET status = 'PAYMENT_PENDING', idempotency_key = ?, "
                        + "checkout_step = 'STARTED', checkout_step_at = created_at WHERE id = ? AND status = 'HELD'")) {
                    update.setString(1, "replica-it-" + UUID.randomUUID());
                    update.setLong(2, bookingId);
                    assertThat(update.executeUpdate()).as("booking " + bookingId + " still HELD when its checkout starts").isEqualTo(1);
                }
                versionOfBooking.put(bookingId, version(db, bookingId));
            }
            awaitStatus(db, versionOfBooking.keySet(), "EXPIRED", Duration.ofSeconds(30));
            for (Map.Entry<Long, Long> booking : versionOfBooking.entrySet()) {
                assertThat(version(db, booking.getKey()))
                        .as("booking " + booking.getKey() + " changed once: PAYMENT_PENDING -> EXPIRED").isEqualTo(booking.getValue() + 1);
                try (var query = db.prepareStatement("SELECT idempotency_key, checkout_step FROM booking WHERE id = ?")) {
                    query.setLong(1, booking.getKey());
                    try (var row = query.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(row.getString(1)).as("checkout key cleared").isNull();
                        assertThat(row.getString(2)).as("saga step cleared").isNull();
                    }
                }
            }
            assertEverySeatHeldThenFreedOnce(db, showtimeId, seats);
        }
    }

    // --- the replicas ---

    private static ReplicaServer replica(Platform platform, String original, String name, int port) throws Exception {
        ReplicaServer replica = ReplicaServer.copyOf(platform, original, name, port);
        REPLICAS.add(replica);
        return replica;
    }

    private static Void startAndAwait(ReplicaServer replica, Map<String, String> environment) throws Exception {
        replica.start(environment);
        replica.awaitReady(Duration.ofMinutes(5));
        return null;
    }

    private static Path keys(Platform platform) {
        return platform.root().resolve("target/test-keys");
    }

    /** What ./cinema start gives every server (the same keys and service secret), and a database of the run. */
    private static Map<String, String> common(Platform platform, String database) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("JVM_ARGS", "-XX:TieredStopAtLevel=1");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys(platform).resolve("jwt-public.pem").toString());
        environment.put("CINEMA_SERVICE_AUTH_SECRET", Files.readString(keys(platform).resolve("service-secret")).trim());
        environment.put("CINEMA_DEMO_DATA_ENABLED", "false");
        // Its own folder for anything written beside the database (e-mails without an SMTP host).
        environment.put("DB_DIR", platform.root().resolve("system-tests/target/replica-data").toString());
        if (database != null) {
            environment.put("DB_URL", "jdbc:mysql://" + System.getProperty("mysql.host") + ":" + System.getProperty("mysql.port")
                    + "/" + database + "_st");
            environment.put("DB_USER", System.getProperty("mysql.user"));
            environment.put("DB_PASSWORD", mysqlPassword());
        }
        return environment;
    }

    private static long holdOnBookingC(String showtimeId, String seat) {
        String id = Fixtures.newUserId();
        GraphQlHttp customer = new GraphQlHttp(bookingC.url()).withBearer(Fixtures.TOKENS.user(id, "short-" + id + "@example.org"));
        JsonObject hold = Fixtures.data(customer.post(HOLD, Map.of("s", showtimeId, "ids", Fixtures.list(List.of(seat)))), "holdSeats");
        assertThat(hold.getString("status")).isEqualTo("HELD");
        return Long.parseLong(hold.getString("id"));
    }

    /** holds_expired_total of each booking replica. */
    private static Map<String, Double> expiredHolds() {
        Map<String, Double> counts = new LinkedHashMap<>();
        counts.put("A", MetricsScrape.of("http://localhost:" + Platform.PORTS.get("booking")).value("holds_expired_total"));
        counts.put("B", MetricsScrape.of(bookingB.url()).value("holds_expired_total"));
        counts.put("C", MetricsScrape.of(bookingC.url()).value("holds_expired_total"));
        return counts;
    }

    private static Map<String, Double> difference(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> difference = new LinkedHashMap<>();
        after.forEach((replica, value) -> difference.put(replica, value - before.getOrDefault(replica, 0.0)));
        return difference;
    }

    // --- the booking database, read directly: what happened, not what a replica says ---

    private static Connection bookingDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + System.getProperty("mysql.host") + ":"
                + System.getProperty("mysql.port") + "/booking_db_st", System.getProperty("mysql.user"), mysqlPassword());
    }

    private static long version(Connection db, long bookingId) {
        try (var query = db.prepareStatement("SELECT version FROM booking WHERE id = ?")) {
            query.setLong(1, bookingId);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).as("booking " + bookingId).isTrue();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitStatus(Connection db, Iterable<Long> bookingIds, String status, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<Long, String> statuses = new HashMap<>();
        while (true) {
            statuses.clear();
            for (long id : bookingIds) {
                try (var query = db.prepareStatement("SELECT status FROM booking WHERE id = ?")) {
                    query.setLong(1, id);
                    try (var row = query.executeQuery()) {
                        row.next();
                        statuses.put(id, row.getString(1));
                    }
                }
            }
            if (statuses.values().stream().allMatch(status::equals) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(statuses).as("bookings " + status + " within " + limit).allSatisfy((id, s) -> assertThat(s).isEqualTo(status));
    }

    /** The seat events (read by every gateway's stream) say HELD, then AVAILABLE, once each, for every seat. */
    private static void assertEverySeatHeldThenFreedOnce(Connection db, String showtimeId, List<String> seats) throws SQLException {
        Map<String, List<String>> eventsOfSeat = new HashMap<>();
        try (var query = db.prepareStatement("SELECT seat_id, status FROM seat_event WHERE showtime_id = ? ORDER BY seq")) {
            query.setLong(1, Long.parseLong(showtimeId));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    eventsOfSeat.computeIfAbsent(String.valueOf(rows.getLong(1)), s -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        for (String seat : seats) {
            assertThat(eventsOfSeat.get(seat)).as("seat events of seat " + seat).containsExactly("HELD", "AVAILABLE");
        }
    }

    private static String mysqlPassword() {
        String password = System.getProperty("mysql.password", "");
        return password.startsWith("${") ? "" : password;
    }
}
