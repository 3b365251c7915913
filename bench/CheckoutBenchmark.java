import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole purchase through the gateway, with N concurrent buyers: hold two seats, apply WELCOME10, check out with
 * the approving test card, read the booking back CONFIRMED with its tickets. Every purchase is a new customer (a
 * token of their own: WELCOME10 is once per customer) taking the next two seats of four fresh 10 x 20 showtimes, so
 * buyers do not compete for seats and what is measured is the saga (booking, coupon and payment services).
 * Reports confirmed bookings/s and latency percentiles of each step, and writes one section of a Markdown report.
 * Shares the gateway, token, fixture and report helpers of {@link HoldsBenchmark}; bench/checkout.sh compiles both.
 */
public class CheckoutBenchmark {

    private static final String GOOD_CARD = "4242424242424242";

    public static void main(String[] args) throws Exception {
        int buyers = 8;
        HoldsBenchmark.report = Path.of("bench/reports/checkout.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> HoldsBenchmark.gateway = args[++i];
                case "--keys" -> HoldsBenchmark.keys = Path.of(args[++i]);
                case "--duration" -> HoldsBenchmark.seconds = Integer.parseInt(args[++i]);
                case "--buyers" -> buyers = Integer.parseInt(args[++i]);
                case "--section" -> HoldsBenchmark.section = args[++i];
                case "--report" -> HoldsBenchmark.report = Path.of(args[++i]);
                default -> {
                    System.out.println("bench/checkout.sh [--mysql] [--gateway URL] [--keys DIR] [--duration S] "
                            + "[--buyers N] [--section H2|MySQL] [--report FILE]");
                    return;
                }
            }
        }
        int seconds = HoldsBenchmark.seconds;
        if (!Files.exists(HoldsBenchmark.report)) {
            throw new IllegalStateException(HoldsBenchmark.report + " is missing: it holds the report's introduction");
        }
        HoldsBenchmark.signingKey = HoldsBenchmark.privateKey(HoldsBenchmark.keys.resolve("jwt-private.pem"));
        String admin = HoldsBenchmark.token(String.valueOf(900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000)),
                "bench-admin@example.org", true);
        // Four fresh 10 x 20 showtimes (a larger auditorium's layout exceeds the gateway's document size limit):
        // 400 purchases of two seats.
        List<String[]> seatIds = new java.util.ArrayList<>(); // {showtime id, seat id}, in seat order per showtime
        for (int s = 0; s < 4; s++) {
            String showtimeId = HoldsBenchmark.freshShowtime(admin, 10, 20);
            for (String seat : HoldsBenchmark.all(HoldsBenchmark.post(null, "{ seatMap(showtimeId: \"" + showtimeId
                    + "\") { seats { seatId } } }"), "\"seatId\":\"(\\d+)\"")) {
                seatIds.add(new String[] {showtimeId, seat});
            }
        }
        System.out.printf("%d seats in four showtimes; %d buyers, %d s%n", seatIds.size(), buyers, seconds);

        AtomicInteger nextSeat = new AtomicInteger();
        AtomicLong confirmed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> holdNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> couponNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> checkoutNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> journeyNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
        int expYear = Instant.now().atZone(java.time.ZoneOffset.UTC).getYear() + 3;

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        for (int b = 0; b < buyers; b++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int first = nextSeat.getAndAdd(2);
                    if (first + 1 >= seatIds.size()) {
                        failures.add("SOLD_OUT");
                        return null;
                    }
                    String userId = String.valueOf(800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000));
                    String token = HoldsBenchmark.token(userId, "buyer-" + userId + "@example.org", false);
                    long t0 = System.nanoTime();
                    boolean measured = t0 > warmupEnd;
                    String[] one = seatIds.get(first);
                    String[] two = seatIds.get(first + 1);
                    if (!one[0].equals(two[0])) { // the pair spans both showtimes: skip one seat
                        continue;
                    }
                    Step hold = step(token, "mutation { holdSeats(showtimeId: \"" + one[0] + "\", seatIds: [\""
                            + one[1] + "\", \"" + two[1] + "\"]) { id status } }");
                    String bookingId = hold.error == null ? HoldsBenchmark.firstOrNull(hold.answer, "\"id\":\"(\\d+)\"") : null;
                    Step coupon = bookingId == null ? hold : step(token, "mutation { applyCoupon(bookingId: \"" + bookingId
                            + "\", code: \"WELCOME10\") { id totalCents } }");
                    Step pay = coupon.error != null ? coupon : step(token, "mutation { checkout(bookingId: \"" + bookingId
                            + "\", idempotencyKey: \"" + UUID.randomUUID() + "\", payment: {method: \"CARD\", cardNumber: \""
                            + GOOD_CARD + "\", expMonth: 12, expYear: " + expYear + ", cvc: \"123\", cardholderName: "
                            + "\"Bench Buyer\"}) { id status } }");
                    Step read = pay.error != null ? pay : step(token, "query { booking(id: \"" + bookingId
                            + "\") { status tickets { id } } }");
                    boolean ok = read.error == null && read.answer.contains("\"status\":\"CONFIRMED\"")
                            && HoldsBenchmark.all(read.answer, "\\{\"id\":\"(\\d+)\"}").size() == 2; // the tickets
                    if (!measured) {
                        continue;
                    }
                    holdNanos.add(hold.nanos);
                    if (coupon != hold) {
                        couponNanos.add(coupon.nanos);
                    }
                    if (pay != coupon) {
                        checkoutNanos.add(pay.nanos);
                    }
                    if (ok) {
                        confirmed.incrementAndGet();
                        journeyNanos.add(System.nanoTime() - t0);
                    } else {
                        failed.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(read.error == null ? "NOT_CONFIRMED" : read.error);
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);

        long[] holds = HoldsBenchmark.sorted(holdNanos);
        long[] coupons = HoldsBenchmark.sorted(couponNanos);
        long[] checkouts = HoldsBenchmark.sorted(checkoutNanos);
        long[] journeys = HoldsBenchmark.sorted(journeyNanos);
        StringBuilder md = new StringBuilder();
        md.append("## ").append(HoldsBenchmark.section).append("\n\n");
        md.append("- Measured: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                .append(HoldsBenchmark.machine()).append(", Java ").append(System.getProperty("java.version"))
                .append(", all seven servers and the load driver on one machine\n");
        md.append("- Load: ").append(buyers).append(" concurrent buyers, each purchase a new customer: hold 2 seats of a ")
                .append("200-seat showtime (four of them), apply WELCOME10, checkout with the approving test card, ")
                .append("read the booking back; ").append(seconds).append(" s measured after 3 s warm-up\n\n");
        md.append("| measure | value |\n| --- | --- |\n");
        md.append(String.format("| confirmed bookings/s | %.2f |%n", confirmed.get() / (double) seconds));
        md.append(String.format("| purchases failed | %d %s |%n", failed.get(), failures.isEmpty() ? "" : failures));
        md.append(row("checkout latency", checkouts));
        md.append(row("holdSeats latency", holds));
        md.append(row("applyCoupon latency", coupons));
        md.append(row("whole purchase (4 calls)", journeys));
        System.out.println(md);
        HoldsBenchmark.writeSection(md.toString());
    }

    private static String row(String name, long[] sorted) {
        return String.format("| %s p50 / p95 / p99 (ms) | %s / %s / %s |%n", name, HoldsBenchmark.ms(sorted, 50),
                HoldsBenchmark.ms(sorted, 95), HoldsBenchmark.ms(sorted, 99));
    }

    /** One call's answer, its error code (null when none) and how long it took. */
    private record Step(String answer, String error, long nanos) {
    }

    private static Step step(String token, String query) {
        long t0 = System.nanoTime();
        try {
            String answer = HoldsBenchmark.post(token, query);
            return new Step(answer, HoldsBenchmark.errorCode(answer), System.nanoTime() - t0);
        } catch (Exception e) {
            return new Step("", "CLIENT_" + e.getClass().getSimpleName(), System.nanoTime() - t0);
        }
    }
}
