package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console of issue #15 in Debian's Chromium at 1280 px, against the whole platform: the demo admin sees
 * the Admin menu and the dashboard, whose figures are the gateway's own; each CSV export downloads and parses; a
 * coupon form shows the server's refusal on its field, then creates the coupon; a cinema is created, its details
 * edited (the refusal on its field) and deleted after a question, while one with showtimes to come is refused and
 * kept; a coupon is scoped to a cinema with an end date, then changed (a start after its end refused on its field)
 * and switched back on; the scheduler's week marks today and offers a showtime that has started a cancellation but
 * no move; at the door a ticket lets its guests in once at its own cinema around its showtime, and any other scan
 * says why not; each admin screen passes axe-core
 * (no serious or critical violations) and is saved as a screenshot. A customer never sees the menu.
 */
@ExtendWith(com.cinema.system.PlatformExtension.class)
@Order(55)
class AdminConsoleBrowserIT {

    private static final String ADMIN_EMAIL = "admin@cinema.test";
    private static final String ADMIN_PASSWORD = "Admin-Demo-2026!";
    /** The demo cinemas' and the test cinemas' zone: the scheduler's days are theirs. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-admin-");

    private Page signedIn(String email, String password) {
        return signedIn(email, password, 1280);
    }

    private Page signedIn(String email, String password, int width) {
        return signedIn(email, password, width, ColorScheme.LIGHT);
    }

    private Page signedIn(String email, String password, int width, ColorScheme scheme) {
        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(width, 900).setColorScheme(scheme)
                .setBaseURL(ShowtimeFixture.GATEWAY).setAcceptDownloads(true)
                // no button colour half-way through a transition when axe measures contrast right after a click
                .setReducedMotion(ReducedMotion.REDUCE));
        // axe-core comes in as an init script: the gateway's Content-Security-Policy (script-src 'self') refuses the
        // inline script tag BrowserKit would add, and the page keeps its real CSP for everything else.
        context.addInitScript(Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js")));
        Page page = context.newPage();
        page.navigate("/#/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByTestId("signed-in-as").waitFor();
        return page;
    }

    private static GraphQlHttp gatewayAdmin() {
        return new GraphQlHttp(ShowtimeFixture.GATEWAY)
                .withBearer(TestTokens.forPlatform().admin("7" + (System.nanoTime() % 1_000_000), "dash-check@example.org"));
    }

    private static JsonObject gatewayDashboard() {
        return GraphQlHttp.dataWithoutErrors(gatewayAdmin().post("{ dashboard { ticketsSold bookingsConfirmed bookingsPerDay { date bookings ticketsSold } ticketsByType { ticketType ticketsSold } } }"))
                .getJsonObject("dashboard");
    }

    /** The gateway's occupancy figures for a period: overall, and how many showtimes start in it. */
    private static JsonObject gatewayOccupancy(LocalDate from, LocalDate to) {
        return GraphQlHttp.dataWithoutErrors(gatewayAdmin().post(
                "query($f: Date, $t: Date) { dashboard(from: $f, to: $t) { occupancyPercent }"
                        + " showtimeOccupancy(from: $f, to: $t, page: 0, size: 1) { total } }",
                Map.of("f", from.toString(), "t", to.toString())));
    }

    @Test
    void theAdminSeesTheDashboardDownloadsEachExportAndPassesAxeOnEveryScreen() throws IOException {
        // a booking today, whatever ran before: the per-day table has a busy day to list
        Customer.register().buy(ShowtimeFixture.largestDemoShowtime(), 1);
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.getByTestId("admin-menu").click();
        page.waitForURL("**/#/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard").setLevel(1))).isVisible();
        page.getByTestId("per-day-table").waitFor();

        // The screen shows the gateway's figures for the same default period (the last 30 days).
        JsonObject figures = gatewayDashboard();
        assertThat(page.getByTestId("tickets-sold")).hasText(String.valueOf(figures.getInt("ticketsSold")));
        assertThat(page.getByTestId("bookings-confirmed")).hasText(String.valueOf(figures.getInt("bookingsConfirmed")));
        // Sales count by the day they were made, occupancy by the day the showtime starts: each figure says which,
        // so tickets sold beside 0 % occupancy (all of them advance sales) reads right.
        assertThat(page.getByTestId("tickets-sold-basis")).hasText("booked in the period");
        assertThat(page.getByTestId("occupancy-basis")).hasText("of showtimes starting in the period");
        // The per-day table lists the days with bookings and counts the others.
        List<JsonObject> perDay = figures.getJsonArray("bookingsPerDay").getValuesAs(JsonObject.class);
        List<String> busy = perDay.stream().filter(d -> d.getInt("bookings") > 0 || d.getInt("ticketsSold") > 0)
                .map(d -> d.getString("date")).toList();
        assertThat(busy).as("days with bookings").contains(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(page.locator("[data-testid=per-day-table] tbody tr th")).hasText(busy.toArray(String[]::new));
        assertThat(page.locator("[data-testid=per-day-table] caption")).hasText("Bookings and tickets per day (UTC); "
                + (perDay.size() - busy.size()) + " days without a booking are left out");
        // The ticket-type mix (ADR 0022): the gateway's counts, each type named, adding up to the tickets sold.
        List<JsonObject> mix = figures.getJsonArray("ticketsByType").getValuesAs(JsonObject.class);
        assertThat(mix).extracting(t -> t.getString("ticketType")).contains("ADULT");
        assertThat(mix.stream().mapToInt(t -> t.getInt("ticketsSold")).sum()).isEqualTo(figures.getInt("ticketsSold"));
        assertThat(page.locator("[data-testid=ticket-types-table] tbody tr th")).hasText(mix.stream()
                .map(t -> t.getString("ticketType").charAt(0) + t.getString("ticketType").substring(1).toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new));
        assertThat(page.locator("[data-testid=ticket-types-table] tbody tr td:nth-of-type(1)")).hasText(mix.stream()
                .map(t -> String.valueOf(t.getInt("ticketsSold"))).toArray(String[]::new));
        BrowserKit.assertNoSeriousViolations(page, "the admin dashboard");
        BrowserKit.screenshot(page, "admin-dashboard-1280");

        // The quick periods: the screen opens on the last 30 days; "Next 7 days" shows the coming week's showtimes
        // (the demo schedule's, on sale now) and how full they are so far, as the gateway counts them.
        assertThat(page.getByTestId("period-last-30")).hasAttribute("aria-pressed", "true");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        page.getByTestId("period-next-7").click();
        Locator nextWeek = page.locator("[data-testid=figures][data-period='" + today + "/" + today.plusDays(6) + "']");
        nextWeek.waitFor();
        assertThat(page.getByTestId("period-next-7")).hasAttribute("aria-pressed", "true");
        assertThat(page.getByTestId("period-last-30")).hasAttribute("aria-pressed", "false");
        assertThat(page.getByTestId("period-next-7")).hasClass(Pattern.compile("\\bactive\\b"));
        assertThat(page.getByLabel("From", new Page.GetByLabelOptions().setExact(true))).hasValue(today.toString());
        JsonObject coming = gatewayOccupancy(today, today.plusDays(6));
        int upcoming = coming.getJsonObject("showtimeOccupancy").getInt("total");
        assertThat(upcoming).as("demo showtimes in the coming week").isPositive();
        String shown = nextWeek.getByTestId("occupancy").innerText().replace("%", "").trim();
        assertThat(Double.parseDouble(shown)).as("occupancy of the coming week")
                .isEqualTo(coming.getJsonObject("dashboard").getJsonNumber("occupancyPercent").doubleValue());
        assertThat(page.getByTestId("showtime-table").locator("caption")).containsText("; " + upcoming + " showtimes, page 1 of ");
        // Each showtime starts at its cinema's own local time, in the zone the cinema service keeps for it.
        JsonObject firstShow = GraphQlHttp.dataWithoutErrors(gatewayAdmin().post("query($f: Date, $t: Date) {"
                        + " showtimeOccupancy(from: $f, to: $t, page: 0, size: 1) { items { showtimeId startsAt cinemaId cinemaTimeZone } } }",
                Map.of("f", today.toString(), "t", today.plusDays(6).toString())))
                .getJsonObject("showtimeOccupancy").getJsonArray("items").getJsonObject(0);
        String zone = firstShow.getString("cinemaTimeZone");
        assertThat(zone).isEqualTo(GraphQlHttp.dataWithoutErrors(gatewayAdmin().post("query($id: ID!) { cinema(id: $id) { timeZone } }",
                Map.of("id", firstShow.getString("cinemaId")))).getJsonObject("cinema").getString("timeZone"));
        ZonedDateTime local = OffsetDateTime.parse(firstShow.getString("startsAt")).atZoneSameInstant(ZoneId.of(zone));
        assertThat(page.locator("[data-testid=showtime-table] tr[data-showtime-id='" + firstShow.getString("showtimeId") + "'] th"))
                .hasText(Pattern.compile("^\\w{3} " + local.getDayOfMonth() + " \\w+, "
                        + local.format(DateTimeFormatter.ofPattern("HH:mm")) + "$"));
        BrowserKit.assertNoSeriousViolations(page, "the admin dashboard, next 7 days");

        for (String report : List.of("bookings", "payments", "occupancy")) {
            Download download = page.waitForDownload(() -> page.getByTestId("export-" + report).click());
            assertThat(download.suggestedFilename()).startsWith(report + "-").endsWith(".csv");
            try (Reader reader = Files.newBufferedReader(download.path());
                 CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                assertThat(csv.getHeaderNames()).as(report).isNotEmpty();
                csv.getRecords().forEach(r -> assertThat(r.isConsistent()).as(report + " row " + r.getRecordNumber()).isTrue());
            }
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bookings").setExact(true)).last().click();
        page.waitForURL("**/#/admin/bookings");
        page.getByTestId("admin-bookings").waitFor();
        BrowserKit.assertNoSeriousViolations(page, "admin bookings");
        BrowserKit.screenshot(page, "admin-bookings-1280");

        // Every other admin screen, as it first shows: axe-core and a screenshot each.
        for (Map.Entry<String, String> screen : Map.of("users", "admin-users", "movies", "admin-movies",
                "cinemas", "layout-capacity", "scheduler", "week-view").entrySet()) {
            page.navigate("/#/admin/" + screen.getKey());
            if (screen.getKey().equals("cinemas")) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New auditorium")).first().click();
            }
            page.getByTestId(screen.getValue()).waitFor();
            BrowserKit.assertNoSeriousViolations(page, "admin " + screen.getKey());
            BrowserKit.screenshot(page, "admin-" + screen.getKey() + "-1280");
        }
    }

    @Test
    void staffPageThroughCustomersAndSendOneALinkToResetTheirPassword() throws Exception {
        // 21 customers whose names share a word: one more than a page.
        String stem = "Pager" + UUID.randomUUID().toString().substring(0, 6);
        GraphQlHttp gateway = new GraphQlHttp(ShowtimeFixture.GATEWAY);
        List<String> emails = new ArrayList<>();
        List<JsonObject> registered = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String email = stem.toLowerCase() + "-" + (char) ('a' + i) + "@example.org";
            registered.add(GraphQlHttp.dataWithoutErrors(gateway.post("mutation($in: RegisterInput!) { register(input: $in) { accessToken user { id } } }",
                    Map.of("in", Json.createObjectBuilder().add("email", email)
                            .add("fullName", stem + " Customer " + (char) ('A' + i)).add("password", "Popcorn-Pager-2026").build())))
                    .getJsonObject("register"));
            emails.add(email);
        }
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/#/admin/users");
        page.getByLabel("Name or e-mail").fill(stem);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByText("21 users, page 1 of 2", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("[data-testid=admin-users] tbody tr[data-user-email]")).hasCount(20);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("User pages"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
        assertThat(page.getByText("21 users, page 2 of 2", new Page.GetByTextOptions().setExact(true))).isVisible();
        // Sorted by address: the last one is on the second page.
        String last = emails.get(20);
        assertThat(page.locator("[data-testid=admin-users] tbody tr[data-user-email]")).hasCount(1);

        // The customer on the phone cannot sign in: staff send them the link, to their own address.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reset link to " + last)).click();
        assertThat(page.locator("[data-note-for='" + last + "']")).containsText("is on its way to " + last);
        BrowserKit.assertNoSeriousViolations(page, "admin users, a reset link sent");
        Path mail = PlatformExtension.mailDir();
        long deadline = System.currentTimeMillis() + 30_000;
        boolean sent = false;
        while (!sent && System.currentTimeMillis() < deadline) {
            try (var files = Files.list(mail)) {
                sent = files.filter(f -> f.getFileName().toString().startsWith("password-reset."))
                        .anyMatch(f -> readQuietly(f).contains("To: " + last));
            } catch (NoSuchFileException e) {
                // no mail written yet at all
            }
            Thread.sleep(300);
        }
        assertThat(sent).as("a password-reset mail to " + last).isTrue();

        // A disabled account gets no link: it could not sign in with any password.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + last)).click();
        assertThat(page.locator("tr[data-user-email='" + last + "'] td").nth(1)).hasText("Disabled");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reset link to " + last)))
                .hasCount(0);

        // The first customer closes their account (docs/decisions/0020-closing-an-account.md): their name and address
        // are gone from the list; the account stays, closed, with nothing staff could change or reopen.
        JsonObject leaving = registered.get(0);
        GraphQlHttp.dataWithoutErrors(gateway.withBearer(leaving.getString("accessToken"))
                .post("mutation($p: String!) { closeAccount(password: $p) }", Map.of("p", "Popcorn-Pager-2026")));
        page.getByLabel("Name or e-mail").fill(stem);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByText("20 users, page 1 of 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        String placeholder = "closed-" + leaving.getJsonObject("user").getString("id") + "@closed.invalid";
        page.getByLabel("Name or e-mail").fill(placeholder);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator closed = page.locator("tr[data-user-email='" + placeholder + "']");
        assertThat(closed.locator("th")).containsText("Closed account");
        assertThat(closed.locator("td").nth(1)).hasText("Closed by the customer");
        assertThat(closed.getByRole(AriaRole.BUTTON)).hasCount(0);
        BrowserKit.assertNoSeriousViolations(page, "admin users, a closed account");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The gateway's answer while the user service is down: every booking's customer null with an UPSTREAM_UNAVAILABLE
     * error on its path, the rest of the answer standing (ReferenceLoader). The screen, given exactly that answer,
     * still lists the booking, by customer id, and says what it could not read.
     */
    @Test
    void withCustomerNamesUnreadableTheBookingsListStillShowsAndSaysSo() {
        ShowtimeFixture showtime = ShowtimeFixture.create();
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(showtime.showtimeId, 1);
        String userId = customer.booking(bought.getString("id")).getString("userId");
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.route("**/graphql", route -> {
            String request = route.request().postData();
            if (request == null || !request.contains("AdminBookings")) {
                route.resume();
                return;
            }
            APIResponse real = route.fetch();
            JsonObject bookings = Json.createReader(new StringReader(real.text())).readObject()
                    .getJsonObject("data").getJsonObject("bookings");
            JsonArrayBuilder items = Json.createArrayBuilder();
            JsonArrayBuilder errors = Json.createArrayBuilder();
            List<JsonObject> rows = bookings.getJsonArray("items").getValuesAs(JsonObject.class);
            for (int i = 0; i < rows.size(); i++) {
                items.add(Json.createObjectBuilder(rows.get(i)).addNull("customer"));
                errors.add(Json.createObjectBuilder().add("message", "The user service is unavailable")
                        .add("path", Json.createArrayBuilder().add("bookings").add("items").add(i).add("customer"))
                        .add("extensions", Json.createObjectBuilder().add("code", "UPSTREAM_UNAVAILABLE")));
            }
            JsonObject degraded = Json.createObjectBuilder()
                    .add("data", Json.createObjectBuilder().add("bookings", Json.createObjectBuilder(bookings).add("items", items)))
                    .add("errors", errors).build();
            route.fulfill(new Route.FulfillOptions().setResponse(real).setBody(degraded.toString()));
        });

        page.navigate("/#/admin/bookings?showtimeId=" + showtime.showtimeId);
        page.getByTestId("admin-bookings").waitFor();
        assertThat(page.getByTestId("admin-booking-row")).hasCount(1);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("Some details cannot be read right now"))).containsText("(customer names)");
        assertThat(page.getByTestId("booking-customer")).hasText("Customer " + userId);
        BrowserKit.assertNoSeriousViolations(page, "admin bookings without customer names");
        page.unroute("**/graphql");
    }

    @Test
    void theLayoutEditorCountsCapacityAsCellsArePainted() {
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/#/admin/cinemas");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New auditorium")).first().click();
        assertThat(page.getByTestId("layout-capacity")).hasText("Capacity: 40 seats");
        page.getByLabel("Aisle").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("A, column 1: Standard seat")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("A, column 1: aisle"))).isVisible();
        assertThat(page.getByTestId("layout-capacity")).hasText("Capacity: 39 seats");
        page.getByLabel("Blocked (toggle)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("B, column 2: Standard seat")).click();
        assertThat(page.getByTestId("layout-capacity")).hasText("Capacity: 38 seats");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("B, column 2: Standard seat, blocked"))).isVisible();
    }

    @Test
    void aCinemaIsCreatedItsDetailsEditedAndDeletedWhileOneWithFutureShowtimesIsKept() {
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/#/admin/cinemas");
        String name = "Lumen Test " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New cinema")).click();
        Locator form = page.getByTestId("cinema-form");
        form.getByLabel("Name").fill(name);
        form.getByLabel("Address").fill("1 Wellington Street");
        form.getByLabel("City").fill("Leeds");
        form.getByLabel("Phone").fill("+44 113 496 0000");
        form.getByLabel("Latitude").fill("53.7965");
        form.getByLabel("Longitude").fill("-1.5479");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create cinema")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + ", Leeds"))).isVisible();

        // The details form opens with the cinema as it is; the service's refusal lands on its field.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit details of " + name)).click();
        Locator details = page.getByTestId("cinema-form");
        assertThat(details.getByLabel("Phone")).hasValue("+44 113 496 0000");
        assertThat(details.getByLabel("Address")).hasValue("1 Wellington Street");
        details.getByLabel("City").fill("Bradford");
        details.getByLabel("Phone").fill("+44 1274 496 000");
        details.getByLabel("Time zone").fill("Europe/Nowhere");
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save cinema")).click();
        assertThat(details.getByLabel("Time zone")).hasClass(Pattern.compile("is-invalid"));
        assertThat(details.locator("[data-error-for=timeZone]")).containsText("IANA");
        details.getByLabel("Time zone").fill("Europe/London");
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save cinema")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + ", Bradford"))).isVisible();
        JsonObject saved = publicCinemaNamed(name);
        assertThat(saved.getString("city")).isEqualTo("Bradford");
        assertThat(saved.getString("phone")).isEqualTo("+44 1274 496 000");
        assertThat(saved.getString("address")).isEqualTo("1 Wellington Street");
        BrowserKit.assertNoSeriousViolations(page, "admin cinema details");

        // Delete asks first; Keep keeps it.
        Page.GetByRoleOptions deleteIt = new Page.GetByRoleOptions().setName("Delete " + name);
        Page.GetByRoleOptions confirm = new Page.GetByRoleOptions().setName("Delete").setExact(true);
        page.getByRole(AriaRole.BUTTON, deleteIt).click();
        assertThat(page.getByText("Delete " + name + "?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, deleteIt)).isVisible();
        assertThat(publicCinemaNamed(name)).isNotNull();
        page.getByRole(AriaRole.BUTTON, deleteIt).click();
        page.getByRole(AriaRole.BUTTON, confirm).click();
        assertThat(page.getByText(name + " deleted.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + ", Bradford"))).hasCount(0);
        assertThat(publicCinemaNamed(name)).isNull();

        // A cinema with showtimes to come is refused in the cinema service's words, and stays.
        String inUse = cinemaWithTheLastShowtime();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + inUse)).click();
        assertThat(page.getByText("Delete " + inUse + " with its ")).containsText("seat layouts?");
        page.getByRole(AriaRole.BUTTON, confirm).click();
        // Said beside that cinema, where the admin is looking, not at the top of a long list.
        Locator actions = page.locator("[data-testid^=cinema-actions-]").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + inUse))));
        assertThat(actions.getByRole(AriaRole.ALERT)).containsText("future showtimes");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + inUse))).isFocused();
        assertThat(publicCinemaNamed(inUse)).isNotNull();
        BrowserKit.screenshot(page, "admin-cinema-delete-refused-1280");
    }

    /** The cinema as the public API lists it, or null when there is none of that name. */
    private static JsonObject publicCinemaNamed(String name) {
        return GraphQlHttp.dataWithoutErrors(new GraphQlHttp(ShowtimeFixture.GATEWAY).post("{ cinemas { name city address phone } }"))
                .getJsonArray("cinemas").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElse(null);
    }

    /** The cinema of the schedule's last showtime: one the cinema service must not delete. */
    private static String cinemaWithTheLastShowtime() {
        return GraphQlHttp.dataWithoutErrors(new GraphQlHttp(ShowtimeFixture.GATEWAY).post("{ showtimes { startsAt cinema { name } } }"))
                .getJsonArray("showtimes").getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparing(s -> OffsetDateTime.parse(s.getString("startsAt"))))
                .map(s -> s.getJsonObject("cinema").getString("name"))
                .orElseThrow(() -> new IllegalStateException("the schedule has no showtime"));
    }

    @Test
    void aCouponTheServerRefusesShowsWhyOnItsFieldThenOneIsCreated() {
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/#/admin/coupons");
        page.getByTestId("admin-coupons").waitFor();

        page.getByLabel("Code").fill("x!");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create coupon")).click();
        assertThat(page.getByLabel("Code")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("[data-error-for=code]")).not().isEmpty();

        String code = "ADM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        page.getByLabel("Code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create coupon")).click();
        assertThat(page.locator("[data-coupon-code=" + code + "]")).isVisible();
        BrowserKit.assertNoSeriousViolations(page, "admin coupons");
        BrowserKit.screenshot(page, "admin-coupons-1280");
    }

    @Test
    void aCouponIsScopedThenChangedAndSwitchedBackOnWithTheRefusalOnItsField() {
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/#/admin/coupons");
        page.getByTestId("admin-coupons").waitFor();
        String code = "EDT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String cinema = cinemaWithTheLastShowtime();
        LocalDateTime until = LocalDate.now(ZoneOffset.UTC).plusDays(30).atTime(23, 0);
        Locator form = page.getByTestId("coupon-form");

        form.getByLabel("Code").fill(code);
        form.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("10");
        form.getByLabel("Valid until (UTC)").fill(until.toString());
        form.getByLabel("Only at cinemas").selectOption(new SelectOption().setLabel(cinema));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create coupon")).click();
        Locator row = page.locator("[data-coupon-code=" + code + "]");
        assertThat(row).containsText("At " + cinema);
        assertThat(row).containsText("Until " + until.toLocalDate() + " 23:00 UTC");
        JsonObject created = adminCoupon(code);
        assertThat(created.getJsonArray("cinemaIds")).hasSize(1);
        assertThat(OffsetDateTime.parse(created.getString("expiresAt")).toLocalDateTime()).isEqualTo(until);

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate " + code)).click();
        assertThat(row.getByTestId("coupon-status")).hasText("Inactive");

        // The form takes the coupon as it is; a start after its end is refused on that field.
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + code)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit coupon " + code))).isVisible();
        assertThat(form.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true))).hasValue("10");
        assertThat(form.getByLabel("Valid until (UTC)")).hasValue(until.toString());
        assertThat(form.getByLabel("Active (customers can use it)")).not().isChecked();
        form.getByLabel("Valid from (UTC)").fill(until.plusDays(1).toString());
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save coupon")).click();
        assertThat(form.getByLabel("Valid until (UTC)")).hasClass(Pattern.compile("is-invalid"));
        assertThat(form.locator("[data-error-for=expiresAt]")).containsText("after");

        form.getByLabel("Valid from (UTC)").fill("");
        form.getByLabel("Uses in all").fill("50");
        form.getByLabel("Only at cinemas").selectOption(new String[0]);
        form.getByLabel("Active (customers can use it)").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save coupon")).click();
        assertThat(page.getByText("Coupon " + code + " saved.")).isVisible();
        assertThat(row.locator("td").nth(2)).hasText("0 of 50");
        assertThat(row.locator("td").nth(4)).hasText("Everywhere");
        assertThat(row.getByTestId("coupon-status")).hasText("Active");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New coupon"))).isVisible();
        JsonObject changed = adminCoupon(code);
        assertThat(changed.getBoolean("active")).isTrue();
        assertThat(changed.getInt("usageLimit")).isEqualTo(50);
        assertThat(changed.getJsonArray("cinemaIds")).isEmpty();
        assertThat(changed.get("startsAt")).isEqualTo(JsonValue.NULL);
        assertThat(OffsetDateTime.parse(changed.getString("expiresAt")).toLocalDateTime()).isEqualTo(until);
        BrowserKit.assertNoSeriousViolations(page, "admin coupon edited");
    }

    private static JsonObject adminCoupon(String code) {
        return GraphQlHttp.dataWithoutErrors(gatewayAdmin().post("{ coupons { code active usageLimit cinemaIds startsAt expiresAt } }"))
                .getJsonArray("coupons").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no coupon " + code));
    }

    /** How far an element's content reaches beyond its box sideways, in px (0 or less: it fits). */
    private static int sidewaysOverflow(Locator box) {
        return ((Number) box.evaluate("b => b.scrollWidth - b.clientWidth")).intValue();
    }

    @Test
    void onATabletTheCouponsTableAndTheWeekOfShowtimesFitWithoutScrollingSideways() {
        // the longest code a coupon may have (40 characters), among whatever other tests left
        String longCode = ("TABLET" + UUID.randomUUID() + UUID.randomUUID()).replace("-", "").substring(0, 40).toUpperCase();
        GraphQlHttp.dataWithoutErrors(gatewayAdmin().post("mutation($in: CouponInput!) { createCoupon(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("code", longCode).add("description", "Tablet test")
                        .add("discountType", "FIXED").add("value", 100).add("currency", "GBP").build())));
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 768);
        page.navigate("/#/admin/coupons");
        Locator coupons = page.getByTestId("admin-coupons");
        coupons.locator("tr[data-coupon-code='" + longCode + "']").waitFor();
        assertThat(sidewaysOverflow(page.locator(".table-responsive").filter(new Locator.FilterOptions().setHas(coupons))))
                .as("the coupons table's overflow at 768 px").isLessThanOrEqualTo(0);
        Locator edit = coupons.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit "))).first();
        edit.scrollIntoViewIfNeeded();
        assertThat(edit).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        assertThat(coupons.getByTestId("coupon-status").first()).isVisible();
        BrowserKit.assertNoSeriousViolations(page, "admin coupons at 768");
        BrowserKit.screenshot(page, "admin-coupons-768");

        page.navigate("/#/admin/scheduler");
        Locator week = page.getByTestId("week-view");
        week.waitFor();
        assertThat(sidewaysOverflow(page.locator(".table-responsive").filter(new Locator.FilterOptions().setHas(week))))
                .as("the week's overflow at 768 px").isLessThanOrEqualTo(0);
        // its last day is whole across the page: nothing cut off at the side (the week may sit below the fold,
        // under the form: only its width is the question here)
        com.microsoft.playwright.options.BoundingBox sunday = week.locator("thead th").last().boundingBox();
        assertThat(sunday.x).isGreaterThanOrEqualTo(0);
        assertThat(sunday.x + sunday.width).as("the right edge of the week's last day")
                .isLessThanOrEqualTo(page.viewportSize().width);
        BrowserKit.assertNoSeriousViolations(page, "admin scheduler at 768");
        BrowserKit.screenshot(page, "admin-scheduler-768");
    }

    @Test
    void onADeviceSetToDarkTheAdminScreensAreDarkAndPassAxe() {
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1280, ColorScheme.DARK);
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        // each screen once what it loads is in (the dashboard's figures, the week, each list; a cinema's layout editor)
        Map<String, String> screens = new java.util.LinkedHashMap<>();
        screens.put("", "per-day-table");
        screens.put("/scheduler", "week-view");
        screens.put("/coupons", "admin-coupons");
        screens.put("/bookings", "admin-bookings");
        screens.put("/payments", "admin-payments");
        screens.put("/users", "admin-users");
        screens.put("/movies", "admin-movies");
        screens.put("/cinemas", "layout-capacity");
        for (Map.Entry<String, String> screen : screens.entrySet()) {
            page.navigate("/#/admin" + screen.getKey());
            if (screen.getKey().equals("/cinemas")) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New auditorium")).first().click();
            }
            page.getByTestId(screen.getValue()).waitFor();
            BrowserKit.assertNoSeriousViolations(page, "admin" + screen.getKey() + " in the dark");
            if (screen.getKey().equals("/scheduler")) {
                // the question before cancelling a showtime: buttons on a warning's background (a demo screen, whose
                // week is never empty: the demo schedule runs from the platform's first day)
                page.locator("#sched-auditorium").selectOption(new SelectOption().setLabel("Lumen Ancoats \u2013 Screen 1"));
                // next week's: late on a Sunday this week's showtimes have all started, and only upcoming ones move
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next week")).click();
                page.locator("[data-testid=week-view][data-week='" + mondayOf(LocalDate.now(LONDON).plusWeeks(1)) + "']").waitFor();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Cancel the "))).first().click();
                Locator question = page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Confirm cancellation"));
                question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep it")).waitFor();
                BrowserKit.assertNoSeriousViolations(page, "the scheduler's question before cancelling, in the dark");
                question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep it")).click();
                assertThat(question).hasCount(0);
            }
        }
        BrowserKit.screenshot(page, "admin-cinemas-dark-1280");
    }

    @Test
    void theWeekMarksTodayAndAShowtimeThatHasStartedCanNoLongerMoveButCanStillBeCancelled() {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String showtimeId = ShowtimeFixture.inAScreenOfItsOwn("Playing Cinema", 4, startsAt);
        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 1280);
        page.waitForTimeout(Math.max(0, Duration.between(OffsetDateTime.now(ZoneOffset.UTC), startsAt).toMillis() + 500));
        page.navigate("/#/admin/scheduler");
        page.getByTestId("week-view").waitFor();
        page.locator("#sched-auditorium").selectOption(page.locator("#sched-auditorium option")
                .filter(new Locator.FilterOptions().setHasText("Playing Cinema")).getAttribute("value"));

        LocalDate today = startsAt.atZoneSameInstant(LONDON).toLocalDate();
        Locator week = page.locator("[data-testid=week-view][data-week='" + mondayOf(today) + "']");
        Locator playing = week.locator("li[data-showtime-id='" + showtimeId + "']");
        playing.waitFor();
        // today's column is marked, and the showtime sits in it
        int column = today.getDayOfWeek().getValue() - 1;
        assertThat(week.locator("thead th[aria-current=date]")).hasCount(1);
        assertThat(week.locator("thead th").nth(column)).hasAttribute("aria-current", "date");
        assertThat(week.locator("thead th").nth(column)).containsText("Today");
        assertThat(week.locator("tbody td").nth(column).locator("li[data-showtime-id='" + showtimeId + "']")).hasCount(1);
        // started: no Move, but a breakdown may still cancel it
        assertThat(playing).hasAttribute("data-stage", "playing");
        assertThat(playing).containsText("Playing now");
        assertThat(playing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Move ")))).hasCount(0);
        BrowserKit.assertNoSeriousViolations(page, "admin scheduler with a showtime playing");
        BrowserKit.screenshot(page, "admin-scheduler-playing");

        // a week away and back again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next week")).click();
        page.locator("[data-testid=week-view][data-week='" + mondayOf(today.plusWeeks(1)) + "']").waitFor();
        assertThat(page.locator("[data-testid=week-view] thead th[aria-current=date]")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This week")).click();
        playing.waitFor();

        // its bookings, one click away: the bookings screen filtered to it
        playing.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Bookings of "))).click();
        page.waitForURL("**/#/admin/bookings?showtimeId=" + showtimeId);
        assertThat(page.getByLabel("Showtime id")).hasValue(showtimeId);
        page.goBack();
        page.getByTestId("week-view").waitFor();
        page.locator("#sched-auditorium").selectOption(page.locator("#sched-auditorium option")
                .filter(new Locator.FilterOptions().setHasText("Playing Cinema")).getAttribute("value"));
        playing.waitFor();

        playing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cancel "))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel showtime and refund")).click();
        assertThat(page.getByText("Cancelled; 0 bookings refunded.")).isVisible();
        assertThat(playing).hasCount(0);
        JsonObject cancelled = gatewayAdmin().post("query($id: ID!) { showtime(id: $id) { status } }", Map.of("id", showtimeId));
        assertThat(cancelled.getJsonObject("data").getJsonObject("showtime").getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void atTheDoorATicketLetsItsGuestsInOnceAroundItsShowtimeAndAnyOtherScanSaysWhyNot() {
        // a showtime starting in 20 minutes (its door open) and one days ahead, a booking of each
        String soon = ShowtimeFixture.inAScreenOfItsOwn("Door Cinema", 4,
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(20).truncatedTo(ChronoUnit.SECONDS));
        Customer customer = Customer.register();
        JsonObject tonight = customer.buy(soon, 2);
        JsonObject later = customer.buy(ShowtimeFixture.create().showtimeId, 1);
        String tonightPass = customer.ticketPass(tonight.getString("id"));
        String laterPass = customer.ticketPass(later.getString("id"));

        Page page = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD, 390);
        page.navigate("/#/admin/door");
        Locator pass = page.getByLabel("Ticket code");
        assertThat(pass).isFocused();
        BrowserKit.assertNoSeriousViolations(page, "the door");
        Locator verdict = page.getByTestId("door-verdict");
        Locator doorAt = page.getByLabel("This door is at");

        // at another cinema's door, nobody is let in: the ticket says where it is for
        doorAt.selectOption(new SelectOption().setLabel("Lumen Ancoats"));
        scan(pass, tonightPass);
        Locator wrong = verdict.locator("[data-outcome=refused]");
        assertThat(wrong).hasAttribute("data-booking-code", tonight.getString("code"));
        assertThat(wrong).containsText("Wrong cinema: this ticket is for Door Cinema ");

        // at its own cinema's door (a scanner types the code and Enter), in it goes
        String doorCinema = page.locator("#door-cinema option").filter(new Locator.FilterOptions().setHasText("Door Cinema"))
                .getAttribute("value");
        doorAt.selectOption(doorCinema);
        scan(pass, tonightPass);
        Locator admitted = verdict.locator("[data-outcome=admitted]");
        assertThat(admitted).containsText("Admitted");
        assertThat(admitted).hasAttribute("data-booking-code", tonight.getString("code"));
        assertThat(admitted).containsText("2 tickets: ");
        for (String seat : Customer.seatLabels(customer.booking(tonight.getString("id")))) {
            assertThat(admitted).containsText(seat);
        }
        assertThat(pass).hasValue("");
        assertThat(pass).isFocused();

        // the device keeps its door; the same ticket again, one for another day, something that is no ticket: each
        // lets nobody in and says why
        page.reload();
        assertThat(doorAt).hasValue(doorCinema);
        scan(pass, tonightPass);
        assertThat(verdict.locator("[data-outcome=refused]")).containsText("Already used at ");
        doorAt.selectOption("");
        scan(pass, laterPass);
        Locator early = verdict.locator("[data-outcome=refused]");
        assertThat(early).hasAttribute("data-booking-code", later.getString("code"));
        assertThat(early).containsText("Too early: this ticket is for ");
        BrowserKit.assertNoSeriousViolations(page, "the door, a ticket refused");
        BrowserKit.screenshot(page, "admin-door-refused-390");
        scan(pass, "hello");
        assertThat(verdict.locator("[data-outcome=refused]")).containsText("Not a ticket of this cinema chain.");
        assertThat(page.locator("[data-testid=door-recent] li")).hasCount(3);
        assertThat(page.locator("[data-testid=door-recent] li").first()).containsText("Not admitted");

        // the customer's booking shows both tickets used, the one for another day none
        Page mine = signedIn(customer.email, Customer.PASSWORD, 390);
        mine.navigate("/#/bookings/" + tonight.getString("id"));
        assertThat(mine.getByTestId("ticket-used")).hasCount(2);
        assertThat(mine.getByTestId("ticket-used").first()).containsText("Checked in at ");
        BrowserKit.assertNoSeriousViolations(mine, "a booking whose tickets were used");
        mine.navigate("/#/bookings/" + later.getString("id"));
        mine.getByTestId("ticket-rows").locator("tr").first().waitFor();
        assertThat(mine.getByTestId("ticket-used")).hasCount(0);
    }

    /** As a door's scanner does: the code typed into the focused field, then Enter; waits for the verdict on it. */
    private static void scan(Locator pass, String code) {
        Locator recent = pass.page().locator("[data-testid=door-recent] li");
        int before = recent.count();
        pass.fill(code);
        pass.press("Enter");
        assertThat(recent).hasCount(Math.min(before + 1, 5));
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    @Test
    void aCustomerNeverSeesTheAdminMenuNorTheScreens() {
        Page page = signedIn("customer@cinema.test", "Customer-Demo-2026");
        assertThat(page.getByTestId("admin-menu")).isHidden();
        page.navigate("/#/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff only"))).isVisible();
        assertThat(page.getByTestId("tickets-sold")).hasCount(0);
    }
}
