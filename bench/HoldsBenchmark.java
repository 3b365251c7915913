import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seat-hold load against the gateway: N customers (each with a token of their own) hold 1-4 random seats of one
 * fresh showtime and release each hold they win at once, while readers load the seat map, all with the seat
 * page's documents and variables, measured after a warm-up of the same load (--warmup). Reports holds/s
 * (won and lost to SEAT_UNAVAILABLE), hold and seat-map latency percentiles, and writes one section of a Markdown
 * report. No build needed: {@code java bench/HoldsBenchmark.java --help}. Tokens are signed with the platform's
 * development key (var/keys/jwt-private.pem unless --keys says otherwise).
 */
public class HoldsBenchmark {

    static String gateway = "http://localhost:5000";
    static Path keys = Path.of("var/keys");
    static int seconds = 20;
    static int warmupSeconds = 300;
    static int customers = 16;
    static int readers = 4;
    static String section = "H2";
    static Path report = Path.of("bench/reports/holds.md");

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newCachedThreadPool()).build();
    static PrivateKey signingKey;

    // The seat page's own documents (webapp js/seats/api.js): fixed texts, seat ids and showtime as variables.
    static final String SEAT_MAP = """
            query SeatMap($id: ID!) {
              seatMap(showtimeId: $id) { showtimeId rows columns seats { seatId label row number x y type status priceCents } }
            }""";
    static final String HOLD = """
            mutation Hold($showtimeId: ID!, $seatIds: [String!]!) {
              holdSeats(showtimeId: $showtimeId, seatIds: $seatIds) {
                id code status holdExpiresAt totalCents currency tickets { seatId seatLabel seatType priceCents }
              }
            }""";
    static final String RELEASE = "mutation Release($id: ID!) { releaseHold(bookingId: $id) { id status } }";

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[++i];
                case "--keys" -> keys = Path.of(args[++i]);
                case "--duration" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--readers" -> readers = Integer.parseInt(args[++i]);
                case "--section" -> section = args[++i];
                case "--report" -> report = Path.of(args[++i]);
                default -> {
                    System.out.println("java bench/HoldsBenchmark.java [--gateway URL] [--keys DIR] [--duration S] [--warmup S] "
                            + "[--customers N] [--readers N] [--section H2|MySQL] [--report FILE]");
                    return;
                }
            }
        }
        signingKey = privateKey(keys.resolve("jwt-private.pem"));
        String admin = token(String.valueOf(900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000)),
                "bench-admin@example.org", true);

        // A fresh cinema, a 10 x 20 auditorium and one showtime of a demo movie, so nothing else competes.
        String showtimeId = freshShowtime(admin, 10, 20);
        String showtimeVariable = "{\"id\":\"" + showtimeId + "\"}";
        List<String> seatIds = all(post(null, SEAT_MAP, showtimeVariable), "\"seatId\":\"(\\d+)\"");
        System.out.printf("showtime %s with %d seats; %d customers, %d seat-map readers, %d s%n",
                showtimeId, seatIds.size(), customers, readers, seconds);

        AtomicLong won = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        AtomicLong lostBusy = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong released = new AtomicLong();
        // Counted over the whole run, warm-up included: a lost release leaves its seats held for the hold time.
        AtomicLong releasesFailed = new AtomicLong();
        ConcurrentLinkedQueue<String> releaseFailures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> holdNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> mapNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long warmupEnd = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService pool = Executors.newFixedThreadPool(customers + readers);
        Progress progress = new Progress(start, warmupEnd);
        for (int c = 0; c < customers; c++) {
            Customer customer = new Customer(String.valueOf(800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000)),
                    "bench-" + c + "@example.org");
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String token = customer.token();
                    List<String> shuffled = new ArrayList<>(seatIds.subList(0, Math.min(40, seatIds.size())));
                    Collections.shuffle(shuffled, random);
                    List<String> wanted = shuffled.subList(0, 1 + random.nextInt(4));
                    String holdVariables = "{\"showtimeId\":\"" + showtimeId + "\",\"seatIds\":[\""
                            + String.join("\",\"", wanted) + "\"]}";
                    long t0 = System.nanoTime();
                    String answer;
                    try {
                        answer = post(token, HOLD, holdVariables);
                    } catch (Exception e) {
                        answer = "{\"errors\":[{\"extensions\":{\"code\":\"CLIENT_" + e.getClass().getSimpleName() + "\"}}]}";
                    }
                    long took = System.nanoTime() - t0;
                    progress.attempt();
                    boolean measured = t0 > warmupEnd;
                    if (measured) {
                        holdNanos.add(took);
                    }
                    String code = errorCode(answer);
                    if (code == null) {
                        if (measured) {
                            won.incrementAndGet();
                        }
                        String bookingId = firstOrNull(answer, "\"id\":\"(\\d+)\"");
                        try {
                            String release = post(token, RELEASE, "{\"id\":\"" + bookingId + "\"}");
                            String releaseCode = errorCode(release);
                            if (releaseCode == null) {
                                if (measured) {
                                    released.incrementAndGet();
                                }
                            } else {
                                releaseFailed(releasesFailed, releaseFailures, releaseCode);
                            }
                        } catch (Exception e) {
                            releaseFailed(releasesFailed, releaseFailures, "CLIENT_" + e.getClass().getSimpleName());
                        }
                    } else if (code.equals("SEAT_UNAVAILABLE")) {
                        if (measured) {
                            lost.incrementAndGet();
                            // The service gave up waiting for a lock (SeatHolds: "in demand right now"), rather
                            // than finding a seat taken.
                            if (answer.contains("in demand right now")) {
                                lostBusy.incrementAndGet();
                            }
                        }
                    } else if (measured) {
                        failed.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(code);
                        }
                    }
                }
                return null;
            });
        }
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    post(null, SEAT_MAP, showtimeVariable);
                    long took = System.nanoTime() - t0;
                    progress.seatMapRead(took);
                    if (t0 > warmupEnd) {
                        mapNanos.add(took);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(progress::tick, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        pool.awaitTermination(warmupSeconds + seconds + 60, TimeUnit.SECONDS);
        ticker.shutdownNow();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        progress.finish();

        long attempts = won.get() + lost.get() + failed.get();
        long[] holds = sorted(holdNanos);
        long[] maps = sorted(mapNanos);
        String host = machine();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(section).append("\n\n");
        md.append("- Measured: ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(" on ").append(host)
                .append(", Java ").append(System.getProperty("java.version")).append(", all seven servers and the load driver on one machine\n");
        md.append("- Load: ").append(customers).append(" customers (own tokens) holding 1-4 random seats among the first 40 of a ")
                .append(seatIds.size()).append("-seat showtime and releasing every hold they win at once; ").append(readers)
                .append(" clients reading seatMap, all with the seat page's documents and variables; ").append(seconds)
                .append(" s measured after ").append(warmupSeconds).append(" s of the same load as warm-up\n\n");
        md.append("| measure | value |\n| --- | --- |\n");
        md.append(String.format("| hold attempts/s | %.1f |%n", attempts / (double) seconds));
        md.append(String.format("| holds won/s | %.1f |%n", won.get() / (double) seconds));
        md.append(String.format("| holds lost to SEAT_UNAVAILABLE/s | %.1f |%n", lost.get() / (double) seconds));
        md.append(String.format("| of which lock waits given up (\"in demand right now\")/s | %.1f |%n",
                lostBusy.get() / (double) seconds));
        md.append(String.format("| other errors | %d %s |%n", failed.get(), failures.isEmpty() ? "" : failures));
        md.append(String.format("| releases/s | %.1f |%n", released.get() / (double) seconds));
        md.append(String.format("| releases failed, whole run with warm-up | %d %s |%n", releasesFailed.get(),
                releaseFailures.isEmpty() ? "" : releaseFailures));
        md.append(String.format("| holdSeats latency p50 / p95 / p99 (ms) | %s / %s / %s |%n", ms(holds, 50), ms(holds, 95), ms(holds, 99)));
        md.append(String.format("| seatMap reads/s | %.1f |%n", maps.length / (double) seconds));
        md.append(String.format("| seatMap latency p50 / p95 / p99 (ms) | %s / %s / %s |%n", ms(maps, 50), ms(maps, 95), ms(maps, 99)));
        md.append("\nMinute by minute, warm-up included (how far the servers had warmed up; seconds since the load began):\n\n");
        md.append(progress.table());
        System.out.println(md);
        writeSection(md.toString());
    }

    /**
     * A customer of the load, signed in as a real client is: their access token (15 minutes, like the user
     * service's) is renewed five minutes before it expires, so a warm-up may last longer than one token.
     */
    static final class Customer {
        private final String userId;
        private final String email;
        private String token;
        private long renewAt;

        Customer(String userId, String email) {
            this.userId = userId;
            this.email = email;
        }

        String token() throws Exception {
            if (token == null || System.nanoTime() - renewAt > 0) {
                token = HoldsBenchmark.token(userId, email, false);
                renewAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(TOKEN_SECONDS - 300);
            }
            return token;
        }
    }

    static final int PROGRESS_SECONDS = 60;

    /**
     * Hold attempts and seatMap latencies per minute of the whole run, to show when the servers were warm. Each row
     * is labelled by the seconds it covers, so a minute that straddles the end of the warm-up says so, and the
     * last, shorter window of the measurement gets a row of its own.
     */
    static final class Progress {
        /** Timer jitter allowed when a window's edge meets the end of the warm-up. */
        private static final long EDGE_NANOS = TimeUnit.SECONDS.toNanos(2);

        private final long start;
        private final long warmupEnd;
        private final AtomicLong attempts = new AtomicLong();
        private final ConcurrentLinkedQueue<Long> seatMapNanos = new ConcurrentLinkedQueue<>();
        private final StringBuilder rows = new StringBuilder(
                "| seconds | phase | hold attempts/s | seatMap p50 (ms) |\n| --- | --- | --- | --- |\n");
        private long windowStart;

        Progress(long start, long warmupEnd) {
            this.start = start;
            this.warmupEnd = warmupEnd;
            this.windowStart = start;
        }

        void attempt() {
            attempts.incrementAndGet();
        }

        void seatMapRead(long nanos) {
            seatMapNanos.add(nanos);
        }

        synchronized void tick() {
            closeWindow(System.nanoTime());
        }

        /** The window since the last tick, once the load has stopped (shorter than a minute, or empty). */
        synchronized void finish() {
            long now = System.nanoTime();
            if (now - windowStart > EDGE_NANOS) {
                closeWindow(now);
            }
        }

        private void closeWindow(long now) {
            List<Long> drained = new ArrayList<>();
            for (Long n; (n = seatMapNanos.poll()) != null; ) {
                drained.add(n);
            }
            long[] window = drained.stream().mapToLong(Long::longValue).sorted().toArray();
            String phase = windowStart >= warmupEnd - EDGE_NANOS ? "measured"
                    : now <= warmupEnd + EDGE_NANOS ? "warm-up" : "warm-up, then measured";
            double windowSeconds = (now - windowStart) / 1e9;
            String row = String.format("| %d-%d | %s | %.1f | %s |%n", Math.round((windowStart - start) / 1e9),
                    Math.round((now - start) / 1e9), phase, attempts.getAndSet(0) / windowSeconds, ms(window, 50));
            rows.append(row);
            System.out.print(row);
            windowStart = now;
        }

        synchronized String table() {
            return rows.toString();
        }
    }

    static void releaseFailed(AtomicLong count, ConcurrentLinkedQueue<String> codes, String code) {
        count.incrementAndGet();
        if (codes.size() < 5) {
            codes.add(code);
        }
    }

    /** A fresh cinema with one rows x columns auditorium and one showtime of a demo movie in it (admin's token). */
    static String freshShowtime(String admin, int rows, int columns) throws IOException, InterruptedException {
        String movieId = first(post(null, "{ movies(filter: {status: \"NOW_SHOWING\"}, size: 1) { items { id } } }"), "\"id\":\"(\\d+)\"");
        String cinemaId = first(post(admin, "mutation { createCinema(input: {name: \"Bench " + UUID.randomUUID().toString().substring(0, 8)
                + "\", address: \"1 Bench Road\", city: \"Benchford\", latitude: 51.5, longitude: -0.1, timeZone: \"Europe/London\", "
                // random seats, as before the seat rules (issue #21): the benchmark measures the hold path, not refusals
                + "seatRulesEnabled: false}) { id } }"),
                "\"id\":\"(\\d+)\"");
        StringBuilder seats = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                seats.append(String.format("{row: \"%c\", number: %d, x: %d, y: %d, type: \"STANDARD\"},", (char) ('A' + y), x + 1, x, y));
            }
        }
        String auditoriumId = first(post(admin, "mutation { createAuditorium(input: {cinemaId: \"" + cinemaId
                + "\", name: \"Bench\", format: \"STANDARD\", rows: " + rows + ", columns: " + columns + ", seats: [" + seats
                + "]}) { id } }"), "\"id\":\"(\\d+)\"");
        String startsAt = LocalDate.now(ZoneOffset.UTC).plusDays(30 + ThreadLocalRandom.current().nextInt(3000)).atTime(20, 0)
                .atOffset(ZoneOffset.UTC).toString();
        return first(post(admin, "mutation { createShowtime(input: {movieId: \"" + movieId + "\", auditoriumId: \""
                + auditoriumId + "\", startsAt: \"" + startsAt + "\", basePriceCents: 1000, currency: \"GBP\"}) { id } }"), "\"id\":\"(\\d+)\"");
    }

    /** The machine, for the report: cores and memory. */
    static String machine() throws IOException {
        return new String(new ProcessBuilder("sh", "-c", "echo \"$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM\"")
                .start().getInputStream().readAllBytes()).trim();
    }

    static void writeSection(String body) throws IOException {
        String begin = "<!-- " + section + " -->";
        String finish = "<!-- /" + section + " -->";
        String text = Files.exists(report) ? Files.readString(report)
                : "# Seat holds under contention\n\nWritten by `bench/holds.sh` (H2) and `bench/holds.sh --mysql` (MySQL/MariaDB).\n";
        String block = begin + "\n" + body + finish;
        int a = text.indexOf(begin);
        int b = text.indexOf(finish);
        text = a >= 0 && b > a ? text.substring(0, a) + block + text.substring(b + finish.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
    }

    static String post(String token, String query) throws IOException, InterruptedException {
        return post(token, query, null);
    }

    /** @param variables a JSON object, or null */
    static String post(String token, String query, String variables) throws IOException, InterruptedException {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\""
                + (variables == null ? "" : ",\"variables\":" + variables) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String first(String json, String regex) {
        String found = firstOrNull(json, regex);
        if (found == null || json.contains("\"errors\"")) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return found;
    }

    /** The first error's extensions.code, or null for an answer without errors (a booking has a code of its own). */
    static String errorCode(String json) {
        int errors = json.indexOf("\"errors\"");
        return errors < 0 ? null : firstOrNull(json.substring(errors), "\"code\":\"(\\w+)\"");
    }

    static String firstOrNull(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static List<String> all(String json, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static long[] sorted(ConcurrentLinkedQueue<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    static String ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format("%.1f", sorted[Math.max(0, index)] / 1_000_000.0);
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static final int TOKEN_SECONDS = 900;

    static String token(String userId, String email, boolean admin) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"cinema-user-service\",\"aud\":[\"cinema\"],\"sub\":\"" + userId + "\",\"upn\":\"" + email
                + "\",\"groups\":[\"USER\"" + (admin ? ",\"ADMIN\"" : "") + "],\"iat\":" + now + ",\"exp\":" + (now + TOKEN_SECONDS)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(signingKey);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(rsa.sign());
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
