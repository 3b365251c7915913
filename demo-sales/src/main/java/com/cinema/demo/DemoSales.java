package com.cinema.demo;

import com.cinema.demo.GatewayClient.GraphQlError;
import com.cinema.demo.SeatPicker.Seat;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a demo platform's first sales through the public API, as its customers would: each demo customer signs in
 * (signing up first if new), holds seats for one of the showtimes of the next two days, applies a coupon where the
 * plan says so, pays with the simulated processor's approving test card and, in one case, cancels for a refund.
 * Then the admin dashboard has revenue, tickets, top movies and occupancy to show, and "My bookings" has tickets.
 * <p>
 * Nothing is written behind the services' backs: every booking, payment and coupon use is made by the same saga a
 * customer's checkout runs. A customer who already has a booking is left alone, so a second run (a restart with
 * the same data) adds nothing (docs/decisions/0018-demo-sales-through-the-public-api.md).
 */
public final class DemoSales {

    /** The demo customer of every demo platform (user service DemoAccounts; README). */
    static final String DEMO_CUSTOMER = "customer@cinema.test";
    private static final String APPROVING_CARD = "4242424242424242";
    /** Sales are for showtimes starting in this window: far enough ahead to be bookable, near enough to be "now". */
    private static final Duration EARLIEST = Duration.ofMinutes(45);
    private static final Duration LATEST = Duration.ofHours(48);
    /** A cancellation needs a showtime beyond the cancellation cut-off (2 hours by default). */
    private static final Duration CANCELLABLE = Duration.ofHours(6);

    /**
     * What one customer buys: seats per booking, in a cinema selling in {@code currency} (any when null), with a
     * coupon code or none, and whether it is then cancelled.
     */
    record Purchase(int seats, String currency, String coupon, boolean cancel, String concession) {

        static Purchase of(int seats) {
            return new Purchase(seats, null, null, false, null);
        }

        static Purchase withCoupon(int seats, String code) {
            return new Purchase(seats, "GBP", code, false, null); // the demo coupons of London's cinemas are in pounds
        }

        static Purchase in(String currency, int seats) {
            return new Purchase(seats, currency, null, false, null);
        }

        /** The last seat sold as {@code ticketType} (SENIOR or STUDENT: sold for every film, ADR 0022). */
        static Purchase withConcession(int seats, String ticketType) {
            return new Purchase(seats, null, null, false, ticketType);
        }
    }

    /** A demo customer and their purchases. */
    record Buyer(String email, String fullName, String phone, List<Purchase> purchases) {
    }

    /** One booking made: confirmed, and {@code cancelled} if then cancelled for a refund. */
    public record Sale(String buyer, String bookingId, String code, String showtimeId, int tickets, int totalCents,
                       int discountCents, String currency, boolean cancelled) {
    }

    /** What a run did: its sales, the customers left alone because they had bookings, and what went wrong. */
    public record Report(List<Sale> sales, List<String> customersSkipped, List<String> problems) {

        public int confirmedBookings() {
            return (int) sales.stream().filter(s -> !s.cancelled()).count();
        }

        public int confirmedTickets() {
            return sales.stream().filter(s -> !s.cancelled()).mapToInt(Sale::tickets).sum();
        }

        String summary() {
            if (sales.isEmpty() && !customersSkipped.isEmpty() && problems.isEmpty()) {
                return "Demo sales: none needed, the " + customersSkipped.size() + " demo customers already have bookings";
            }
            long customers = sales.stream().map(Sale::buyer).distinct().count();
            long cancelled = sales.size() - confirmedBookings();
            return "Demo sales: " + confirmedBookings() + " bookings (" + confirmedTickets() + " tickets) by " + customers
                    + " customers" + (cancelled > 0 ? ", " + cancelled + " more cancelled and refunded" : "")
                    + (customersSkipped.isEmpty() ? "" : "; " + customersSkipped.size() + " customers already had bookings");
        }
    }

    /**
     * The demo customers. Casey is the README's demo customer, with two upcoming bookings to look at; the others sign
     * up with the buyers' password on the first run.
     */
    static final List<Buyer> BUYERS = List.of(
            new Buyer(DEMO_CUSTOMER, "Casey Customer", null, List.of(Purchase.of(2), Purchase.of(1))),
            new Buyer("priya.shah@cinema.test", "Priya Shah", "+447700900101",
                    List.of(Purchase.withCoupon(2, "WELCOME10"), Purchase.withConcession(4, "SENIOR"))),
            new Buyer("tom.okafor@cinema.test", "Tom Okafor", "+447700900102",
                    List.of(Purchase.withCoupon(3, "FLAT5"), Purchase.withConcession(2, "STUDENT"))),
            new Buyer("mei.lin@cinema.test", "Mei Lin", "+447700900103",
                    List.of(Purchase.withCoupon(2, "MIDWEEK20"), Purchase.of(1))),
            new Buyer("lucas.moreau@cinema.test", "Lucas Moreau", "+33612345678",
                    List.of(Purchase.in("EUR", 2), new Purchase(2, null, null, true, null))),
            new Buyer("siobhan.byrne@cinema.test", "Siobhan Byrne", "+353851234567",
                    List.of(Purchase.in("EUR", 4), Purchase.in("EUR", 2))));

    private static final String LOGIN = "mutation Login($email: String!, $password: String!) {"
            + " login(email: $email, password: $password) { accessToken } }";
    private static final String REGISTER = "mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }";
    private static final String MY_BOOKINGS = "query { myBookings { id } }";
    private static final String SHOWTIMES = "query Showtimes($from: DateTime, $to: DateTime) {"
            + " showtimes(from: $from, to: $to) { id startsAt currency availableSeats status } }";
    private static final String SEAT_MAP = "query SeatMap($id: ID!) {"
            + " seatMap(showtimeId: $id) { seats { seatId label x y type status } } }";
    private static final String HOLD = "mutation Hold($showtimeId: ID!, $seatIds: [String!]!) {"
            + " holdSeats(showtimeId: $showtimeId, seatIds: $seatIds) { id } }";
    private static final String TICKETS = "query Tickets($id: ID!) { booking(id: $id) { tickets { seatId } } }";
    private static final String CHOOSE_TICKET_TYPES = "mutation Choose($id: ID!, $tickets: [TicketTypeChoice!]!) {"
            + " chooseTicketTypes(bookingId: $id, tickets: $tickets) { id } }";
    private static final String APPLY_COUPON = "mutation Coupon($id: ID!, $code: String!) {"
            + " applyCoupon(bookingId: $id, code: $code) { id } }";
    private static final String CHECKOUT = "mutation Pay($id: ID!, $payment: PaymentInput!, $key: String!) {"
            + " checkout(bookingId: $id, payment: $payment, idempotencyKey: $key) {"
            + " id code status totalCents discountCents currency tickets { id } } }";
    private static final String RELEASE = "mutation Release($id: ID!) { releaseHold(bookingId: $id) { id } }";
    private static final String CANCEL = "mutation Cancel($id: ID!) { cancelBooking(bookingId: $id) { status } }";

    private final GatewayClient gateway;
    private final String customerPassword;
    private final String buyerPassword;
    private final Clock clock;

    /**
     * @param customerPassword the demo customer's password (README)
     * @param buyerPassword    the password the other demo customers sign up with
     */
    public DemoSales(URI gateway, String customerPassword, String buyerPassword, Clock clock) {
        this.gateway = new GatewayClient(gateway, Duration.ofSeconds(30), Duration.ofSeconds(150));
        this.customerPassword = customerPassword;
        this.buyerPassword = buyerPassword;
        this.clock = clock;
    }

    /**
     * {@code DemoSales [gateway URL]}: the local platform's gateway by default. Passwords from the environment:
     * CINEMA_DEMO_CUSTOMER_PASSWORD (the README's) and CINEMA_DEMO_BUYER_PASSWORD. Exits 1 when nothing could be sold
     * to a customer who had nothing yet.
     */
    public static void main(String[] args) {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:5000/");
        DemoSales demo = new DemoSales(gateway, env("CINEMA_DEMO_CUSTOMER_PASSWORD", "Customer-Demo-2026"),
                env("CINEMA_DEMO_BUYER_PASSWORD", "Demo-Buyer-2026"), Clock.systemUTC());
        Report report;
        try {
            report = demo.run();
        } catch (GraphQlError e) {
            System.err.println("Demo sales: none made: " + e.getMessage());
            System.exit(1);
            return;
        }
        report.problems().forEach(problem -> System.err.println("  demo sales: " + problem));
        System.out.println(report.summary());
        if (report.sales().isEmpty() && report.customersSkipped().size() < BUYERS.size()) {
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Makes the sales of every demo customer who has no booking yet. */
    public Report run() {
        List<Sale> sales = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Showtime> showtimes = upcomingShowtimes();
        if (showtimes.isEmpty()) {
            problems.add("no showtime starts within the next " + LATEST.toHours() + " hours");
            return new Report(sales, skipped, problems);
        }
        int totalPurchases = BUYERS.stream().mapToInt(b -> b.purchases().size()).sum();
        // Today's showtimes while enough are left, else the earliest ones: the dashboard's default period ends today
        // (UTC days), and its occupancy counts the showtimes starting in the period.
        Instant tomorrow = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        List<Showtime> today = showtimes.stream().filter(s -> s.startsAt().isBefore(tomorrow)).toList();
        List<Showtime> preferred = today.size() >= totalPurchases ? today
                : showtimes.subList(0, Math.min(showtimes.size(), 2 * totalPurchases));
        int turn = 0;
        for (Buyer buyer : BUYERS) {
            Optional<String> token = tokenIfNoBookings(buyer, skipped, problems);
            for (int i = 0; token.isPresent() && i < buyer.purchases().size(); i++) {
                // spread the sales evenly over the preferred showtimes, and so over the cinemas and movies
                int first = (int) ((long) (turn + i) * preferred.size() / totalPurchases);
                purchase(buyer, token.get(), buyer.purchases().get(i), preferred, showtimes, first, problems)
                        .ifPresent(sales::add);
            }
            turn += buyer.purchases().size();
        }
        return new Report(sales, skipped, problems);
    }

    /** The customer's token, signed in (or up); empty when they already have bookings or cannot sign in. */
    private Optional<String> tokenIfNoBookings(Buyer buyer, List<String> skipped, List<String> problems) {
        try {
            String token = signIn(buyer);
            if (gateway.call(MY_BOOKINGS, Json.createObjectBuilder().build(), token).getJsonArray("myBookings").isEmpty()) {
                return Optional.of(token);
            }
            skipped.add(buyer.email());
        } catch (GraphQlError e) {
            problems.add(buyer.email() + " could not sign in: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** One purchase on a preferred showtime from {@code first} on, else on any of the window; a failure is noted. */
    private Optional<Sale> purchase(Buyer buyer, String token, Purchase purchase, List<Showtime> preferred,
                                    List<Showtime> all, int first, List<String> problems) {
        try {
            Optional<Sale> sale = buy(buyer, token, purchase, preferred, first, problems)
                    .or(() -> preferred.size() == all.size() ? Optional.empty() : buy(buyer, token, purchase, all, 0, problems));
            if (sale.isEmpty()) {
                problems.add(buyer.email() + ": no showtime had " + purchase.seats() + " seats side by side"
                        + (purchase.currency() == null ? "" : " in " + purchase.currency()));
            }
            return sale;
        } catch (GraphQlError e) {
            problems.add(buyer.email() + ": a purchase failed: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String signIn(Buyer buyer) {
        String password = DEMO_CUSTOMER.equals(buyer.email()) ? customerPassword : buyerPassword;
        try {
            return gateway.call(LOGIN, Json.createObjectBuilder().add("email", buyer.email()).add("password", password).build(),
                    null).getJsonObject("login").getString("accessToken");
        } catch (GraphQlError e) {
            if (!"UNAUTHENTICATED".equals(e.code) || DEMO_CUSTOMER.equals(buyer.email())) {
                throw e;
            }
        }
        JsonObjectBuilder input = Json.createObjectBuilder().add("email", buyer.email()).add("password", password)
                .add("fullName", buyer.fullName());
        if (buyer.phone() != null) {
            input.add("phone", buyer.phone());
        }
        return gateway.call(REGISTER, Json.createObjectBuilder().add("input", input).build(), null)
                .getJsonObject("register").getString("accessToken");
    }

    /** One purchase, on the first showtime from {@code first} on that suits it and has the seats; empty if none. */
    private Optional<Sale> buy(Buyer buyer, String token, Purchase purchase, List<Showtime> showtimes, int first,
                               List<String> problems) {
        Instant cancellableFrom = clock.instant().plus(CANCELLABLE);
        for (int i = 0; i < showtimes.size(); i++) {
            Showtime showtime = showtimes.get((first + i) % showtimes.size());
            boolean suits = showtime.availableSeats() >= purchase.seats() + 2
                    && (purchase.currency() == null || purchase.currency().equals(showtime.currency()))
                    && (!purchase.cancel() || showtime.startsAt().isAfter(cancellableFrom));
            if (!suits) {
                continue;
            }
            Optional<String> held = hold(token, showtime, purchase.seats());
            if (held.isEmpty()) {
                continue;
            }
            try {
                return Optional.of(complete(buyer, token, purchase, showtime, held.get(), problems));
            } catch (GraphQlError e) {
                release(token, held.get());
                throw e;
            }
        }
        return Optional.empty();
    }

    /** The booking id of a hold of {@code count} seats side by side, or empty when none could be held. */
    private Optional<String> hold(String token, Showtime showtime, int count) {
        JsonArray seats = gateway.call(SEAT_MAP, Json.createObjectBuilder().add("id", showtime.id()).build(), token)
                .getJsonObject("seatMap").getJsonArray("seats");
        List<Seat> map = seats.getValuesAs(JsonObject.class).stream()
                .map(s -> new Seat(s.getString("seatId"), s.getString("label"), s.getInt("x"), s.getInt("y"),
                        s.getString("type"), s.getString("status")))
                .toList();
        Optional<List<Seat>> pick = SeatPicker.pick(map, count);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        var seatIds = Json.createArrayBuilder();
        pick.get().forEach(seat -> seatIds.add(seat.id()));
        try {
            return Optional.of(gateway.call(HOLD, Json.createObjectBuilder().add("showtimeId", showtime.id())
                    .add("seatIds", seatIds).build(), token).getJsonObject("holdSeats").getString("id"));
        } catch (GraphQlError e) {
            if ("SEAT_UNAVAILABLE".equals(e.code) || "VALIDATION".equals(e.code)) {
                return Optional.empty(); // taken meanwhile, or a seat rule this cinema has: another showtime
            }
            throw e;
        }
    }

    /** Gives a hold's seats back at once rather than when it runs out; a booking past its hold stays as it is. */
    private void release(String token, String bookingId) {
        try {
            gateway.call(RELEASE, Json.createObjectBuilder().add("id", bookingId).build(), token);
        } catch (GraphQlError e) {
            // paid for or no longer held: the booking service's own recovery decides, not this demo
        }
    }

    private Sale complete(Buyer buyer, String token, Purchase purchase, Showtime showtime, String bookingId,
                          List<String> problems) {
        // the ticket type first: a coupon, once on, fixes the types it was worked out for
        if (purchase.concession() != null) {
            JsonArray tickets = gateway.call(TICKETS, Json.createObjectBuilder().add("id", bookingId).build(), token)
                    .getJsonObject("booking").getJsonArray("tickets");
            String lastSeat = tickets.getJsonObject(tickets.size() - 1).getString("seatId");
            gateway.call(CHOOSE_TICKET_TYPES, Json.createObjectBuilder().add("id", bookingId).add("tickets",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("seatId", lastSeat)
                            .add("type", purchase.concession()))).build(), token);
        }
        if (purchase.coupon() != null) {
            try {
                gateway.call(APPLY_COUPON, Json.createObjectBuilder().add("id", bookingId).add("code", purchase.coupon())
                        .build(), token);
            } catch (GraphQlError e) {
                if (!"COUPON_INVALID".equals(e.code)) {
                    throw e;
                }
                problems.add(buyer.email() + ": coupon " + purchase.coupon() + " not applied: " + e.getMessage());
            }
        }
        JsonObject payment = Json.createObjectBuilder().add("method", "CARD").add("cardNumber", APPROVING_CARD)
                .add("expMonth", 12).add("expYear", OffsetDateTime.now(clock).getYear() + 3).add("cvc", "123")
                .add("cardholderName", buyer.fullName()).build();
        JsonObject booking = gateway.call(CHECKOUT, Json.createObjectBuilder().add("id", bookingId).add("payment", payment)
                .add("key", UUID.randomUUID().toString()).build(), token).getJsonObject("checkout");
        if (!"CONFIRMED".equals(booking.getString("status"))) {
            throw new GraphQlError("CONFLICT", null, "the checkout ended " + booking.getString("status"));
        }
        boolean cancelled = false;
        if (purchase.cancel()) {
            try {
                gateway.call(CANCEL, Json.createObjectBuilder().add("id", bookingId).build(), token);
                cancelled = true;
            } catch (GraphQlError e) {
                // the booking is paid and stays a sale; only the refund did not happen
                problems.add(buyer.email() + ": booking " + booking.getString("code") + " not cancelled: " + e.getMessage());
            }
        }
        return new Sale(buyer.email(), bookingId, booking.getString("code"), showtime.id(),
                booking.getJsonArray("tickets").size(), booking.getInt("totalCents"), booking.getInt("discountCents"),
                booking.getString("currency"), cancelled);
    }

    /** The scheduled showtimes of the window, earliest first. */
    private List<Showtime> upcomingShowtimes() {
        Instant now = clock.instant();
        JsonObject variables = Json.createObjectBuilder()
                .add("from", OffsetDateTime.ofInstant(now.plus(EARLIEST), ZoneOffset.UTC).toString())
                .add("to", OffsetDateTime.ofInstant(now.plus(LATEST), ZoneOffset.UTC).toString()).build();
        return gateway.call(SHOWTIMES, variables, null).getJsonArray("showtimes").getValuesAs(JsonValue::asJsonObject)
                .stream()
                .filter(s -> "SCHEDULED".equals(s.getString("status")))
                .map(s -> new Showtime(s.getString("id"), OffsetDateTime.parse(s.getString("startsAt")).toInstant(),
                        s.getString("currency"), s.getInt("availableSeats")))
                .sorted(Comparator.comparing(Showtime::startsAt).thenComparing(Showtime::id))
                .toList();
    }

    private record Showtime(String id, Instant startsAt, String currency, int availableSeats) {
    }
}
