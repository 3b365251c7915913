package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MailParts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Geolocation;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The customer portal in Debian's Chromium (Playwright, headless), against the whole platform: browse, search,
 * a movie, a showtime's seat map driven by the keyboard, sign-in on the way, the hold and its countdown, live seat
 * updates in a second browser, my holds, the phone's summary bar below the map, accessibility (axe-core) and
 * screenshots at phone and desktop widths.
 */
@ExtendWith(PlatformExtension.class)
@Order(50)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final String CUSTOMER_EMAIL = "customer@cinema.test";
    private static final String CUSTOMER_PASSWORD = "Customer-Demo-2026";
    private static final Pattern SEAT_NAME = Pattern.compile(
            "Row ([A-Z]+) seat (\\d+), (Standard|Premium|VIP|Wheelchair space|Couple seat), (\\d+\\.\\d{2}), (available|selected|taken|not available|held by you)");
    private static final Path SCREENSHOTS = BrowserKit.SCREENSHOTS;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-");
    private static ShowtimeFixture fixture;
    /** The seat page the class's first test leaves open past its showtime's start; its last test looks at it. */
    private static Page seatPageLeftOpen;

    private final List<String> consoleErrors = session.consoleErrors();

    @BeforeAll
    static void launch() {
        fixture = ShowtimeFixture.create();
        try (var old = Files.list(Files.createDirectories(SCREENSHOTS))) {
            old.filter(p -> p.getFileName().toString().startsWith("failed-")).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Page open(int width, String route) {
        return open(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900), route);
    }

    private Page open(Browser.NewContextOptions options, String route) {
        // the gateway's Content-Security-Policy forbids the inline scripts and eval the test tools use (axe, waits)
        BrowserContext context = session.context(options.setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true));
        Page page = session.page(context);
        page.navigate("/" + route);
        return page;
    }

    private static Locator movieCards(Page page, String section) {
        return page.locator("#" + section + " .movie-card");
    }

    private static Locator seat(Page page, String label) {
        return page.locator("[role=gridcell][data-label='" + label + "']");
    }

    private static String focusedSeatName(Page page) {
        return (String) page.evaluate("() => document.activeElement.getAttribute('aria-label')");
    }

    /** Clicks what the page marks aria-disabled, which Playwright otherwise waits to see enabled. */
    private static final Locator.ClickOptions FORCED = new Locator.ClickOptions().setForce(true);

    private static final LocatorAssertions.IsInViewportOptions WHOLE = new LocatorAssertions.IsInViewportOptions().setRatio(1);

    /** How far the seat map reaches beyond its scrolling view, in px (0 or less: it fits). */
    private static int sidewaysOverflow(Page page) {
        return ((Number) page.locator(".seat-map-scroll").evaluate("s => s.scrollWidth - s.clientWidth")).intValue();
    }

    /** The first row's letter at its left ({@code left}) or right end. */
    private static Locator firstRowLabel(Page page, boolean left) {
        Locator labels = page.locator(".seat-row").first().locator(".row-label");
        return left ? labels.first() : labels.last();
    }

    /** A hold asked for while signed out: the demo customer signs in and is back on the fixture's seat map. */
    private void signInOnTheWayBack(Page page) {
        page.waitForURL("**/#/signin?next=*");
        page.getByLabel("Email").fill(CUSTOMER_EMAIL);
        page.getByLabel("Password").fill(CUSTOMER_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(page);
    }

    private void waitForSeatMap(Page page) {
        page.getByRole(AriaRole.GRID).waitFor();
        page.locator("#app > div[data-live='connected']").waitFor();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void browseSearchPickSeatsWithTheKeyboardSignInHoldAndWatchItLiveElsewhere() {
        Page page = open(1280, "");

        // home: now showing and coming soon
        movieCards(page, "now-showing").first().waitFor();
        assertThat(movieCards(page, "now-showing").count()).isGreaterThan(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coming soon"))).isVisible();
        // the demo's coming-soon movies open 2 to 5 weeks from now, soonest first: their cards say when
        assertThat(page.locator("#coming-soon [data-testid=opens]").first())
                .hasText(Pattern.compile("Opens (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}|Opens \\d{1,2} [A-Z][a-z]{2} \\d{4}"));
        // ... and so does the movie's page, where no showtime is on sale yet
        Locator upcoming = movieCards(page, "coming-soon").filter(new Locator.FilterOptions().setHas(page.getByTestId("opens"))).first();
        String opens = upcoming.getByTestId("opens").textContent();
        String upcomingTitle = upcoming.locator(".card-title").textContent();
        upcoming.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(upcomingTitle).setLevel(1))).isVisible();
        assertThat(page.getByTestId("opens")).hasText(opens);
        assertThat(page.locator("#app")).containsText("Not on sale yet: its showtimes appear here once they are scheduled.");
        page.goBack();

        // search by title
        page.getByLabel("Search movies by title").fill(fixture.movieTitle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForURL("**/#/?search=*");
        Locator hit = page.locator("#now-showing .movie-card a", new Page.LocatorOptions().setHasText(fixture.movieTitle));
        hit.first().waitFor();
        for (String title : page.locator("#now-showing .movie-card .card-title").allTextContents()) {
            assertThat(title.toLowerCase()).contains(fixture.movieTitle.toLowerCase());
        }

        // the movie
        hit.first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(fixture.movieTitle).setLevel(1))).isVisible();
        assertThat(page.locator("#app")).containsText("Synopsis");
        // its showtimes a day at a time: the fixture's day, kept in the address for the way back from the seats
        Locator dayButton = page.locator(".day-button[data-day='" + fixture.day + "']");
        assertThat(page.locator(".day-button").first()).hasAttribute("aria-pressed", "true");
        dayButton.click();
        assertThat(dayButton).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".day-button[aria-pressed='true']")).hasCount(1);
        page.waitForURL("**/#/movies/" + fixture.movieId + "?day=" + fixture.day);
        Locator showtimeLink = page.locator("a.showtime-link[data-showtime-id='" + fixture.showtimeId + "']");
        showtimeLink.click();
        page.waitForURL("**/#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(page);
        page.goBack();
        assertThat(dayButton).hasAttribute("aria-pressed", "true");

        // its showtime: seats with the keyboard
        showtimeLink.click();
        page.waitForURL("**/#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(page);
        page.locator("[role=gridcell][tabindex='0']").focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        // on to seat 9 of row C: two seats from there strand no seat in any demo layout (the seat rules, on in the
        // demo cinemas: a pair at the row's start would leave seat 1 or 3 on its own in some layouts)
        for (int step = 0; step < 30 && !focusedSeatName(page).startsWith("Row C seat 9,"); step++) {
            page.keyboard().press("ArrowRight");
        }
        String firstName = focusedSeatName(page);
        Matcher first = SEAT_NAME.matcher(firstName);
        assertThat(first.matches()).as(firstName).isTrue();
        assertThat(first.group(5)).isEqualTo("available");
        page.keyboard().press("Space");
        page.keyboard().press("ArrowRight");
        Matcher second = SEAT_NAME.matcher(focusedSeatName(page));
        assertThat(second.matches()).isTrue();
        assertThat(second.group(1)).isEqualTo(first.group(1));
        assertThat(Integer.parseInt(second.group(2))).isGreaterThan(Integer.parseInt(first.group(2)));
        page.keyboard().press("Enter");
        List<String> labels = List.of(first.group(1) + first.group(2), second.group(1) + second.group(2));

        Locator selected = page.locator("[role=gridcell][aria-selected='true']");
        assertThat(selected).hasCount(2);
        assertThat(focusedSeatName(page)).endsWith(", selected");
        double total = Double.parseDouble(first.group(4)) + Double.parseDouble(second.group(4));
        assertThat(page.getByTestId("selected-seats").locator("li")).hasCount(2);
        assertThat(page.getByTestId("selection-total").textContent()).contains(String.format("%.2f", total));
        // beside the map on a desktop, the panel needs no summary bar (that is for phones)
        assertThat(page.getByTestId("seat-summary-bar")).isHidden();

        // a second browser on the same showtime, already watching
        Page other = open(390, "#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(other);
        for (String label : labels) {
            assertThat(seat(other, label)).hasAttribute("data-status", "AVAILABLE");
        }

        // holding needs a customer: sign in on the way, come back with the seats still picked
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();
        signInOnTheWayBack(page);
        assertThat(selected).hasCount(2);
        for (String label : labels) {
            assertThat(seat(page, label)).hasAttribute("aria-selected", "true");
        }
        // tokens live in this tab's session storage, never in a cookie
        assertThat((String) page.evaluate("() => sessionStorage.getItem('cinema.session')")).contains("accessToken");
        assertThat(page.context().cookies()).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();
        Locator countdown = page.getByTestId("hold-countdown");
        countdown.waitFor();
        long heldAt = System.nanoTime();

        // the other browser sees them taken within two seconds, without reloading
        for (String label : labels) {
            seat(other, label).and(other.locator("[data-status='HELD']"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(2_000));
        }
        assertThat((System.nanoTime() - heldAt) / 1_000_000).isLessThan(2_000);
        assertThat(seat(other, labels.get(0)).getAttribute("aria-label")).endsWith(", taken");
        assertThat(seat(page, labels.get(0))).hasAttribute("data-status", "MINE");

        // the countdown runs
        String start = countdown.textContent().trim();
        assertThat(start).matches("\\d{1,2}:\\d{2}");
        page.waitForTimeout(2_100);
        assertThat(seconds(countdown.textContent().trim())).isLessThan(seconds(start));
        assertThat(page.getByTestId("held-seats")).containsText(labels.get(0));
        BrowserKit.screenshot(page, "seat-map-held-1280");
        BrowserKit.screenshot(other, "seat-map-taken-390");

        // my holds lists it; releasing it there gives the seats back, live, to the other browser
        String bookingCode = page.getByTestId("hold-code").getAttribute("data-booking-code");
        assertThat(bookingCode).isNotBlank();
        page.navigate("/#/holds");
        // By booking code: other test classes hold seats for the demo customer too, possibly of the same movie.
        Locator item = page.locator(".list-group-item[data-booking-code='" + bookingCode + "']");
        item.waitFor();
        assertThat(item).containsText(labels.get(0));
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release")).click();
        for (String label : labels) {
            seat(other, label).and(other.locator("[data-status='AVAILABLE']"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(3_000));
        }

        // signing out
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).waitFor();
        assertThat(page.evaluate("() => sessionStorage.getItem('cinema.session')")).isNull();

        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void aHoldThatWouldStrandASeatIsExplainedWithTheSeatsOneOver() {
        Page page = open(1280, "#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(page);
        // D2 and D3 leave D1 alone against the wall in every demo layout
        seat(page, "D2").click();
        seat(page, "D3").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();
        signInOnTheWayBack(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();

        Locator message = page.getByTestId("seat-message");
        assertThat(message).containsText("Seat D1 would be left on its own");
        assertThat(message).containsText("Try moving your selection by one seat");
        assertThat(page.locator("[role=gridcell][aria-selected='true']")).hasCount(2);
        BrowserKit.screenshot(page, "seat-rules-stranded-1280");
        BrowserKit.assertNoSeriousViolations(page, "stranded-seat message");

        // one over (D1, D2) where that strands nothing; where D3 would then be alone by the aisle, D1 taken in too
        Locator suggestion = page.getByTestId("seat-suggestion");
        List<String> held;
        if (suggestion.count() > 0) {
            assertThat(suggestion).hasText("Move to D1, D2");
            suggestion.click();
            held = List.of("D1", "D2");
        } else {
            assertThat(message).containsText("or include D1");
            seat(page, "D1").click();
            held = List.of("D1", "D2", "D3");
        }
        for (String label : held) {
            assertThat(seat(page, label)).hasAttribute("aria-selected", "true");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold " + held.size() + " seats")).click();
        page.getByTestId("hold-countdown").waitFor();
        for (String label : held) {
            assertThat(seat(page, label)).hasAttribute("data-status", "MINE");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release seats")).click();
        assertThat(seat(page, "D1")).hasAttribute("data-status", "AVAILABLE");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void bestSeatsPicksSeatsSideBySideThatAreHeldWithoutARefusal() {
        Page page = open(390, "#/showtimes/" + fixture.showtimeId);
        waitForSeatMap(page);

        // a seat type of the customer's choosing (every demo screen has Standard and VIP seats, the larger Premium too)
        assertThat(page.getByTestId("best-type").locator("option").first()).hasText("Any type");
        assertThat(page.getByTestId("best-type").locator("option[value=STANDARD]")).hasText("Standard");
        assertThat(page.getByTestId("best-type").locator("option[value=VIP]")).hasText("VIP");
        page.getByTestId("best-type").selectOption("VIP");
        page.getByTestId("best-count").selectOption("2");
        page.getByTestId("pick-best").click();
        Locator vip = page.locator("[role=gridcell][aria-selected='true']");
        assertThat(vip).hasCount(2);
        for (int i = 0; i < 2; i++) {
            assertThat(vip.nth(i)).hasClass(java.util.regex.Pattern.compile("\\btype-vip\\b"));
        }
        assertThat(page.getByTestId("announcer")).containsText("the best 2 VIP seats together still free");
        assertThat(page.getByTestId("best-type")).hasValue("VIP");

        page.getByTestId("best-type").selectOption("");
        page.getByTestId("best-count").selectOption("3");
        page.getByTestId("pick-best").click();

        Locator picked = page.locator("[role=gridcell][aria-selected='true']");
        assertThat(picked).hasCount(3);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) picked.evaluateAll("cells => cells.map(c => c.dataset.label)");
        String row = labels.get(0).replaceAll("\\d", "");
        List<Integer> numbers = labels.stream().map(l -> Integer.parseInt(l.substring(row.length()))).sorted().toList();
        assertThat(labels).allSatisfy(l -> assertThat(l).startsWith(row));
        assertThat(numbers.get(2) - numbers.get(0)).as("side by side: " + labels).isEqualTo(2);
        assertThat(page.getByTestId("selected-seats").locator("li")).hasCount(3);
        assertThat(page.getByTestId("announcer")).containsText("Picked " + String.join(", ", labels));
        assertThat(page.getByTestId("pick-best")).isFocused();
        BrowserKit.screenshot(page, "seat-map-best-seats-390");
        BrowserKit.assertNoSeriousViolations(page, "best seats picked");

        // they keep the seat rules, so the hold goes through as picked
        page.locator(".seat-summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hold 3 seats"))
                .click();
        signInOnTheWayBack(page);
        page.locator(".seat-summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hold 3 seats"))
                .click();
        page.getByTestId("hold-countdown").waitFor();
        for (String label : labels) {
            assertThat(seat(page, label)).hasAttribute("data-status", "MINE");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release seats")).click();
        assertThat(seat(page, labels.get(0))).hasAttribute("data-status", "AVAILABLE");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aProtectedPageWhileSignedOutLeadsToSignInAndBack() {
        Page page = open(390, "#/holds");
        page.waitForURL("**/#/signin?next=*");
        page.getByLabel("Email").fill(CUSTOMER_EMAIL);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
        page.getByLabel("Password").fill(CUSTOMER_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/#/holds");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My holds"))).isVisible();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aNewCustomerRegistersAndReviewsTheMovie() {
        Page page = open(390, "#/movies/" + fixture.movieId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to write a review")).click();
        page.waitForURL("**/#/signin?next=*");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
        String email = "browser-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.getByLabel("Full name").fill("Browser Fan");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        // the gateway's VALIDATION error lands on the field it names
        assertThat(page.locator("#reg-password.is-invalid")).isVisible();
        page.getByLabel("Password").fill("popcorn-and-chill");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForURL("**/#/movies/" + fixture.movieId);

        String comment = "Loved it " + System.nanoTime();
        page.getByLabel("Your rating").selectOption("4");
        page.getByLabel("Comment (optional)").fill(comment);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review")).click();
        assertThat(page.getByText("Your review is posted")).isVisible();
        assertThat(page.locator("#app")).containsText(comment);
        assertThat(page.getByTestId("average-rating")).not().containsText("No ratings yet");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void cinemasNearMeShowDistancesNearestFirst() {
        Page page = open(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setGeolocation(new Geolocation(51.5074, -0.1278)).setPermissions(List.of("geolocation")), "#/cinemas");
        page.locator(".list-group-item").first().waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Near me")).click();
        page.getByTestId("distance").first().waitFor();
        List<Double> distances = page.getByTestId("distance").allTextContents().stream()
                .map(text -> Double.parseDouble(text.replace(" km", ""))).toList();
        assertThat(distances).isNotEmpty().isSorted();
        assertThat(distances.get(0)).isLessThan(50.0);

        page.locator(".list-group-item a").first().click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Auditoriums")).waitFor();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Facilities"))).isVisible();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Showtimes this week")).waitFor();
        assertThat(consoleErrors).isEmpty();
    }

    /** A showtime's film and cinema, as the gateway answers them. */
    private static JsonObject showtimeOf(String showtimeId) {
        return Customer.data(new GraphQlHttp(ShowtimeFixture.GATEWAY).post(
                "query($id: ID!) { showtime(id: $id) { movieId cinema { name } } }", Map.of("id", showtimeId)), "showtime");
    }

    private static List<String> cinemaCardsOf(Page page) {
        return page.getByTestId("cinema-showtimes").locator("h3 a").allTextContents();
    }

    /**
     * "My cinema": chosen on a cinema's page, remembered by the browser (no sign-in), its showtimes first on a movie's
     * page, its next day of showtimes on the home page and its name first in the cinema list, each with a badge;
     * pressed again, forgotten.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void aMoviegoersOwnCinemaComesFirstOnTheMoviePageAndInTheCinemaList() {
        // two cinemas of their own showing the same film three days on (10:00 UTC is that day in London all year)
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(10).truncatedTo(ChronoUnit.HOURS);
        String earlierShow = ShowtimeFixture.inAScreenOfItsOwn("Early Cinema", 4, first);
        String laterShow = ShowtimeFixture.inAScreenOfItsOwn("Late Cinema", 4, first.plusHours(2));
        String early = showtimeOf(earlierShow).getJsonObject("cinema").getString("name");
        String late = showtimeOf(laterShow).getJsonObject("cinema").getString("name");
        String movieId = showtimeOf(laterShow).getString("movieId");
        String moviePage = "#/movies/" + movieId + "?day=" + first.toLocalDate();

        Page page = open(1280, moviePage);
        page.getByTestId("cinema-showtimes").first().waitFor();
        assertThat(cinemaCardsOf(page)).contains(early, late);
        assertThat(cinemaCardsOf(page).indexOf(early)).as("by their first showtime").isLessThan(cinemaCardsOf(page).indexOf(late));
        assertThat(page.getByTestId("your-cinema-badge")).hasCount(0);

        page.getByTestId("cinema-showtimes").locator("h3 a").filter(new Locator.FilterOptions().setHasText(late)).click();
        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("My cinema"));
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        // the way there: to the cinema's coordinates (ShowtimeFixture puts it at 51.5, -0.1)
        assertThat(page.getByTestId("directions"))
                .hasAttribute("href", "https://www.google.com/maps/dir/?api=1&destination=51.5,-0.1");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        assertThat(page.getByTestId("your-cinema-status")).hasText(late + " is your cinema: its showtimes come first on every movie's page.");
        BrowserKit.assertNoSeriousViolations(page, "a cinema page that is the moviegoer's own");

        page.navigate("/" + moviePage);
        page.getByTestId("cinema-showtimes").first().waitFor();
        assertThat(cinemaCardsOf(page).get(0)).isEqualTo(late);
        assertThat(page.getByTestId("cinema-showtimes").first().getByTestId("your-cinema-badge")).hasText("Your cinema");
        assertThat(page.getByTestId("your-cinema-badge")).hasCount(1);

        // the home page opens with its next day of showtimes
        page.navigate("/#/");
        Locator atYours = page.getByTestId("your-cinema-section");
        // (the name is letters, digits and spaces: as it is, it reads the same as a JavaScript regular expression)
        assertThat(atYours.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText(Pattern.compile("^(Today|Tomorrow|\\w{3} \\d{1,2} \\w{3}) at " + late + "$"));
        assertThat(atYours.locator("a.showtime-link[data-showtime-id='" + laterShow + "']")).isVisible();
        assertThat(atYours.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("All showtimes at " + late)))
                .isVisible();
        BrowserKit.assertNoSeriousViolations(page, "the home page with the moviegoer's own cinema");

        // remembered by the browser: a new visit to the cinema list finds it first
        page.navigate("/#/cinemas");
        page.reload();
        Locator firstCinema = page.locator(".list-group-item").first();
        assertThat(firstCinema).containsText(late);
        assertThat(firstCinema.getByTestId("your-cinema-badge")).isVisible();

        // pressed again, forgotten: the movie page is as before
        firstCinema.locator("a").click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        assertThat(page.getByTestId("your-cinema-status")).hasText(late + " is no longer your cinema.");
        page.navigate("/" + moviePage);
        page.getByTestId("cinema-showtimes").first().waitFor();
        assertThat(cinemaCardsOf(page).indexOf(early)).isLessThan(cinemaCardsOf(page).indexOf(late));
        assertThat(page.getByTestId("your-cinema-badge")).hasCount(0);
        page.navigate("/#/");
        movieCards(page, "now-showing").first().waitFor();
        assertThat(page.getByTestId("your-cinema-section")).hasCount(0);
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * A subtitled screening as staff describe it (updateShowtime through the gateway): its button and its seat page
     * say so, and the movie page's Screenings choice keeps the subtitled ones only, in the address too.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void aSubtitledScreeningIsMarkedAndFoundWithTheScreeningsChoice() {
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).withHour(11).truncatedTo(ChronoUnit.HOURS);
        String ordinary = ShowtimeFixture.inAScreenOfItsOwn("Ordinary Cinema", 4, first);
        String subtitled = ShowtimeFixture.inAScreenOfItsOwn("Captioned Cinema", 4, first.plusHours(1));
        assertThat(ShowtimeFixture.describeAs(subtitled, "RELAXED", "SUBTITLED")).containsExactly("SUBTITLED", "RELAXED");
        String moviePage = "#/movies/" + showtimeOf(subtitled).getString("movieId") + "?day=" + first.toLocalDate();

        Page page = open(1280, moviePage);
        Locator subtitledLink = page.locator("a.showtime-link[data-showtime-id='" + subtitled + "']");
        Locator ordinaryLink = page.locator("a.showtime-link[data-showtime-id='" + ordinary + "']");
        assertThat(subtitledLink.getByTestId("screening-kind")).hasText("Subtitled, Relaxed");
        assertThat(subtitledLink).hasAttribute("aria-label", Pattern.compile(".*Subtitled, Relaxed.*"));
        assertThat(ordinaryLink).isVisible();
        assertThat(ordinaryLink.getByTestId("screening-kind")).hasCount(0);

        Locator screenings = page.getByLabel("Screenings");
        screenings.selectOption("SUBTITLED");
        page.waitForURL(url -> url.contains("kind=SUBTITLED"));
        assertThat(subtitledLink).isVisible();
        assertThat(ordinaryLink).hasCount(0);
        for (String kind : page.locator("a.showtime-link").all().stream()
                .map(link -> link.getByTestId("screening-kind").textContent()).toList()) {
            assertThat(kind).contains("Subtitled");
        }
        BrowserKit.assertNoSeriousViolations(page, "a movie page showing its subtitled screenings");

        // kept in the address: the page opened again shows the same choice
        page.reload();
        assertThat(page.getByLabel("Screenings")).hasValue("SUBTITLED");
        assertThat(ordinaryLink).hasCount(0);
        page.getByLabel("Screenings").selectOption("");
        assertThat(ordinaryLink).isVisible();

        subtitledLink.click();
        page.waitForURL("**/#/showtimes/" + subtitled);
        waitForSeatMap(page);
        assertThat(page.getByTestId("screening-kind")).hasText("Subtitled, Relaxed screening");
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * The special screenings page: every screening of one kind at every cinema (the booking service's kind filter
     * through the gateway), reached from the home page and from a movie page's Screenings choice, the kind kept in
     * the address.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void theSpecialScreeningsPageListsEveryScreeningOfTheChosenKindAtEveryCinema() {
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withHour(11).truncatedTo(ChronoUnit.HOURS);
        String ordinary = ShowtimeFixture.inAScreenOfItsOwn("Plain Screens", 5, first);
        String relaxed = ShowtimeFixture.inAScreenOfItsOwn("Quiet Screens", 5, first.plusHours(1));
        String babies = ShowtimeFixture.inAScreenOfItsOwn("Pushchair Screens", 5, first.plusHours(2));
        ShowtimeFixture.describeAs(relaxed, "RELAXED", "AUDIO_DESCRIBED");
        ShowtimeFixture.describeAs(babies, "PARENT_AND_BABY");
        String day = first.toLocalDate().toString();

        Page page = open(1280, "");
        page.getByTestId("special-screenings-link").click();
        page.waitForURL("**/#/screenings");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Special screenings"))).isVisible();
        assertThat(page.locator("#kind-subtitled")).isChecked();
        assertThat(page.getByTestId("kind-note")).containsText("d/Deaf");

        page.locator("label[for='kind-relaxed']").click();
        page.waitForURL(url -> url.contains("kind=RELAXED"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Relaxed screenings")
                .setLevel(2))).isVisible();
        assertThat(page.getByTestId("kind-note")).containsText("sound turned down");
        page.locator(".day-button[data-day='" + day + "']").click();
        Locator relaxedLink = page.locator("a.showtime-link[data-showtime-id='" + relaxed + "']");
        assertThat(relaxedLink).isVisible();
        assertThat(relaxedLink).hasAttribute("aria-label", Pattern.compile(".*Audio described, Relaxed.*"));
        assertThat(page.locator("section[data-testid='cinema-showtimes']", new Page.LocatorOptions()
                .setHasText("Quiet Screens")).getByTestId("film-showtimes")).hasCount(1);
        assertThat(page.locator("a.showtime-link[data-showtime-id='" + ordinary + "']")).hasCount(0);
        assertThat(page.locator("a.showtime-link[data-showtime-id='" + babies + "']")).hasCount(0);
        for (String kind : page.locator("a.showtime-link").all().stream()
                .map(link -> link.getByTestId("screening-kind").textContent()).toList()) {
            assertThat(kind).contains("Relaxed");
        }
        BrowserKit.assertNoSeriousViolations(page, "the relaxed screenings");
        BrowserKit.screenshot(page, "special-screenings-1280");

        // another kind, the day kept; the address holds both, so a reload shows the same
        page.locator("label[for='kind-parent_and_baby']").click();
        page.waitForURL(url -> url.contains("kind=PARENT_AND_BABY"));
        assertThat(page.locator("a.showtime-link[data-showtime-id='" + babies + "']")).isVisible();
        assertThat(relaxedLink).hasCount(0);
        page.reload();
        assertThat(page.locator("#kind-parent_and_baby")).isChecked();
        assertThat(page.locator(".day-button[aria-pressed='true']")).hasAttribute("data-day", day);
        assertThat(page.locator("a.showtime-link[data-showtime-id='" + babies + "']")).isVisible();

        // from a movie page's Screenings choice to that kind at every cinema
        page.navigate("/#/movies/" + showtimeOf(relaxed).getString("movieId") + "?day=" + day);
        // by its id: until the movie page is drawn, the label "Screenings" would find the kind's section here
        page.locator("select#screening-kind").selectOption("RELAXED");
        page.getByText("All relaxed screenings").click();
        page.waitForURL(url -> url.endsWith("#/screenings?kind=RELAXED"));
        assertThat(page.locator("#kind-relaxed")).isChecked();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void homeMovieAndSeatMapAreAccessibleAndLookRightOnPhoneAndDesktopInLightAndDark() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // a phone and a desktop as most are set, and a phone set to dark (js/theme.js follows the device)
        for (String look : new String[] {"390", "1280", "390-dark"}) {
            int width = Integer.parseInt(look.split("-")[0]);
            boolean dark = look.endsWith("-dark");
            Page page = open(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900)
                    .setColorScheme(dark ? ColorScheme.DARK : ColorScheme.LIGHT), "");
            movieCards(page, "now-showing").first().waitFor();
            page.locator("#coming-soon[aria-busy='false']").waitFor();
            assertThat(page.locator("html")).hasAttribute("data-bs-theme", dark ? "dark" : "light");
            assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor"))
                    .isEqualTo(dark ? "rgb(33, 37, 41)" : "rgb(255, 255, 255)");
            BrowserKit.assertNoSeriousViolations(page, "home at " + look);
            BrowserKit.screenshot(page, "home-" + look);

            page.navigate("/#/movies/" + fixture.movieId);
            page.locator("a.showtime-link").first().waitFor();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reviews")).waitFor();
            page.locator("#app [role=status]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            BrowserKit.assertNoSeriousViolations(page, "movie at " + look);
            BrowserKit.screenshot(page, "movie-" + look);
            if (width < 600) {
                // a day chosen earlier comes back from the address, in sight even at the far end of the row
                String lastDay = page.locator(".day-button").last().getAttribute("data-day");
                page.navigate("/#/movies/" + fixture.movieId + "?day=" + lastDay);
                Locator pressed = page.locator(".day-button[aria-pressed='true']");
                assertThat(pressed).hasAttribute("data-day", lastDay);
                // the restored day's button lies within the row's visible part (the row scrolls sideways on its own),
                // to the pixel: a button scrolled flush with the row's edge may overhang it by a fraction of one
                page.waitForFunction("() => { const b = document.querySelector(\".day-button[aria-pressed='true']\");"
                        + " const row = b.parentElement.getBoundingClientRect(), box = b.getBoundingClientRect();"
                        + " return box.left >= row.left - 1 && box.right <= row.right + 1; }", null,
                        new Page.WaitForFunctionOptions().setTimeout(5_000));
            }

            page.navigate("/#/showtimes/" + fixture.showtimeId);
            waitForSeatMap(page);
            page.locator("[role=gridcell][tabindex='0']").focus();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Space");
            page.keyboard().press("ArrowRight");
            page.keyboard().press("Space");
            assertThat(page.locator("[role=gridcell][aria-selected='true']")).hasCount(2);
            BrowserKit.assertNoSeriousViolations(page, "seat map at " + look);
            BrowserKit.screenshot(page, "seat-map-" + look);
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void theLargestDemoScreenFitsADesktopWindowWithItsRowLabels() {
        Page page = open(1280, "#/showtimes/" + ShowtimeFixture.largestDemoShowtime());
        waitForSeatMap(page);
        assertThat(page.getByRole(AriaRole.GRIDCELL)).hasCount(402);
        assertThat(sidewaysOverflow(page)).as("sideways scrolling of the seat map at 1280 px").isLessThanOrEqualTo(0);
        assertThat(firstRowLabel(page, true)).isInViewport(WHOLE);
        assertThat(firstRowLabel(page, false)).isInViewport(WHOLE);
        BrowserKit.screenshot(page, "seat-map-largest-1280");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void onAPhoneTheLargestScreenScrollsSidewaysAndKeepsItsRowLettersInSight() {
        Page page = open(390, "#/showtimes/" + ShowtimeFixture.largestDemoShowtime());
        waitForSeatMap(page);
        assertThat(sidewaysOverflow(page)).as("sideways scrolling of the seat map at 390 px").isGreaterThan(0);
        // It opens on the middle of the room; the row letters of both edges stick to the sides of the phone's view.
        Locator scroller = page.locator(".seat-map-scroll");
        assertThat(((Number) scroller.evaluate("s => s.scrollLeft")).intValue()).isGreaterThan(0);
        assertThat(firstRowLabel(page, true)).isInViewport(WHOLE);
        assertThat(firstRowLabel(page, false)).isInViewport(WHOLE);
        scroller.evaluate("s => { s.scrollLeft = s.scrollWidth; }");
        assertThat(firstRowLabel(page, true)).isInViewport(WHOLE);
        BrowserKit.screenshot(page, "seat-map-largest-390");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void onAPhoneTheSelectionAndThenTheTimeLeftStayInSightBelowTheMap() {
        // A customer of its own: the demo customer's holds belong to the other tests.
        Customer customer = Customer.register();
        String showtimeId = ShowtimeFixture.largestDemoShowtime();
        Page page = open(390, "#/signin?next=" + URLEncoder.encode("#/showtimes/" + showtimeId, StandardCharsets.UTF_8));
        page.getByLabel("Email").fill(customer.email);
        page.getByLabel("Password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/#/showtimes/" + showtimeId);
        waitForSeatMap(page);
        Locator bar = page.getByTestId("seat-summary-bar");
        assertThat(bar).isHidden();

        // the map fills the screen, so the panel with its Hold button is below the fold: the bar keeps count and total
        for (String seatId : customer.seatsToHold(showtimeId, 2)) {
            page.locator("[role=gridcell][data-seat-id='" + seatId + "']").click();
        }
        Locator panel = page.locator(".seat-summary");
        Locator holdButton = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hold 2 seats"));
        assertThat(holdButton).not().isInViewport();
        assertThat(bar).isInViewport();
        assertThat(bar.getByTestId("bar-summary")).hasText("2 seats · " + page.getByTestId("selection-total").textContent());
        BrowserKit.assertNoSeriousViolations(page, "seat map with the summary bar at 390");
        BrowserKit.screenshot(page, "seat-map-summary-bar-390");

        // Continue leads to the panel, its Hold button focused; the bar steps aside while the panel shows
        bar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue")).click();
        assertThat(holdButton).isFocused();
        assertThat(holdButton).isInViewport();
        assertThat(bar).isHidden();

        // held: back up on the map, the bar shows the time left and the way to checkout
        page.keyboard().press("Enter");
        page.getByTestId("hold-countdown").waitFor();
        String checkout = panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Continue to checkout"))
                .getAttribute("href");
        assertThat(checkout).startsWith("#/checkout/");
        page.evaluate("() => window.scrollTo(0, 0)");
        assertThat(bar).isInViewport();
        assertThat(bar.getByTestId("bar-countdown")).hasText(Pattern.compile("\\d{1,2}:\\d{2}"));
        assertThat(bar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Checkout")))
                .hasAttribute("href", checkout);
        BrowserKit.screenshot(page, "seat-map-summary-bar-held-390");

        // released: nothing selected or held, no bar
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release seats")).click();
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hold seats")).waitFor();
        page.evaluate("() => window.scrollTo(0, 0)");
        assertThat(bar).isHidden();
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * A seat page left open past the showtime's start. This first half opens it, 45 s ahead, in a context kept open
     * across the class, and picks a seat; the class's other tests run while the start comes, and
     * {@link #theSeatPageLeftOpenClosesItsBookingsAtTheStartAndSaysWhy} (last) sees what the page does then.
     */
    @Test
    @org.junit.jupiter.api.Order(0)
    void aSeatPageOfAShowtimeStartingShortlyIsLeftOpenWithASeatPicked() {
        // a showtime of its own starting shortly: long enough ahead for the page to load and a seat to be picked
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        String showtimeId = ShowtimeFixture.inAScreenOfItsOwn("Closing Cinema", 6, startsAt);
        Page page = session.keptPage(session.keptContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true)));
        page.navigate("/#/showtimes/" + showtimeId);
        waitForSeatMap(page);
        assertThat(page.getByTestId("closed-notice")).isEmpty();
        assertThat(page.locator("#seat-help")).containsText("Pick up to 10 seats");
        seat(page, "A3").click();
        assertThat(seat(page, "A3")).hasAttribute("aria-selected", "true");
        assertThat(page.locator(".seat-summary").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Hold 1 seat"))).isEnabled();
        assertThat(Duration.between(OffsetDateTime.now(ZoneOffset.UTC), startsAt))
                .as("the steps before the start took too long to see the page change").isPositive();
        seatPageLeftOpen = page;
    }

    /**
     * The second half: at the start the selection goes, the map is only to look at and the page says why; opened
     * after the start, the page is closed from the first.
     */
    @Test
    @org.junit.jupiter.api.Order(99)
    void theSeatPageLeftOpenClosesItsBookingsAtTheStartAndSaysWhy() {
        assumeTrue(seatPageLeftOpen != null, "the first half did not leave a seat page open");
        Page page = seatPageLeftOpen;
        Locator notice = page.getByTestId("closed-notice");
        Locator help = page.locator("#seat-help");
        Locator bar = page.getByTestId("seat-summary-bar");
        Locator panel = page.locator(".seat-summary");

        // the start: the selection goes, the map is only to look at, and the page says why
        assertThat(notice).hasText("This showtime has started: its seats can no longer be booked.",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("[role=gridcell][aria-selected='true']")).hasCount(0);
        assertThat(page.locator("[role=gridcell][aria-disabled='false']")).hasCount(0);
        assertThat(bar).isHidden();
        assertThat(panel.getByRole(AriaRole.HEADING)).hasText("Booking closed");
        assertThat(panel.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(help).not().containsText("Pick up to");
        seat(page, "A4").click(FORCED); // a seat that cannot be picked still takes a click, to no effect
        assertThat(seat(page, "A4")).hasAttribute("aria-selected", "false");
        assertThat(page.getByTestId("announcer")).hasText("This showtime has started: its seats can no longer be booked.");

        // opened after the start, the page is closed from the first
        page.reload();
        waitForSeatMap(page);
        assertThat(notice).containsText("This showtime has started");
        assertThat(panel.getByRole(AriaRole.HEADING)).hasText("Booking closed");
        assertThat(page.getByTestId("waitlist")).isHidden();
        seat(page, "A2").click(FORCED);
        assertThat(page.locator("[role=gridcell][aria-selected='true']")).hasCount(0);
        assertThat(bar).isHidden();
        BrowserKit.assertNoSeriousViolations(page, "seat page of a started showtime at 390");
        BrowserKit.screenshot(page, "seat-map-started-390");
        assertThat(session.keptErrors()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void aCustomerWhoForgotTheirPasswordSetsANewOneFromTheMailedLink() throws Exception {
        Customer customer = Customer.register();
        Page page = open(1280, "#/signin");
        page.getByLabel("Email").fill(customer.email);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        page.waitForURL("**/#/forgot-password?email=*");
        assertThat(page.getByLabel("Email")).hasValue(customer.email);
        BrowserKit.assertNoSeriousViolations(page, "forgot password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reset link")).click();
        assertThat(page.locator("#app")).containsText("If an account uses " + customer.email + ", we have sent it a link");

        // The e-mail (an .eml file in the local run) links to the reset page with the token in the fragment: its HTML,
        // as a mail client shows it, has the link as a button.
        ResetMail mail = awaitResetMail(customer.email);
        String token = mail.link().group(1);
        Page reset = open(1280, "#/");
        reset.navigate("about:blank"); // a mail client's page: the button loads the portal
        reset.setContent(MailParts.htmlAsShown(MailParts.readEml(mail.file())));
        BrowserKit.assertNoSeriousViolations(reset, "the password-reset e-mail as HTML");
        BrowserKit.screenshot(reset, "e-mail-password-reset-1280");
        reset.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose a new password")).click();
        reset.waitForURL("**/#/reset-password?token=" + token);
        reset.locator("#reset-password").fill("Fresh-Popcorn-2027");
        reset.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true)).fill("Fresh-Popcorn-2028");
        reset.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password")).click();
        assertThat(reset.locator("#reset-repeat")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        BrowserKit.assertNoSeriousViolations(reset, "reset password, a repeat that does not match");
        reset.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true)).fill("Fresh-Popcorn-2027");
        reset.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password")).click();
        assertThat(reset.locator("#app")).containsText("Your password is changed");

        // The old password no longer signs in; the new one does.
        Page signIn = open(1280, "#/signin");
        signIn.getByLabel("Email").fill(customer.email);
        signIn.getByLabel("Password").fill(Customer.PASSWORD);
        signIn.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(signIn.getByRole(AriaRole.ALERT)).containsText("do not match");
        signIn.getByLabel("Password").fill("Fresh-Popcorn-2027");
        signIn.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(signIn.getByTestId("signed-in-as")).isVisible();

        // The link worked once: opened again, it says so and offers a new one.
        Page again = open(1280, "#/reset-password?token=" + token);
        again.locator("#reset-password").fill("Another-Popcorn-2029");
        again.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true)).fill("Another-Popcorn-2029");
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password")).click();
        assertThat(again.getByTestId("reset-link-unusable")).containsText("used already or has expired");
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link"))).isVisible();
        assertThat(consoleErrors).isEmpty();
    }

    /** The link of the password-reset mail to this address; group 1 is its token. */
    /** A password-reset e-mail the platform wrote, and the reset link found in it. */
    private record ResetMail(Path file, Matcher link) {
    }

    private static ResetMail awaitResetMail(String email) throws Exception {
        Path mail = PlatformExtension.mailDir();
        Pattern link = Pattern.compile("/#/reset-password\\?token=([A-Za-z0-9_-]{43})");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(mail)) {
                try (var files = Files.list(mail)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith("password-reset.")).toList()) {
                        String text = Files.readString(file).replace("=\r\n", "").replace("=3D", "=");
                        Matcher found = link.matcher(text);
                        if (text.contains("To: " + email) && found.find()) {
                            return new ResetMail(file, found);
                        }
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no password-reset mail to " + email + " in " + mail);
    }

    private static int seconds(String countdown) {
        String[] parts = countdown.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
