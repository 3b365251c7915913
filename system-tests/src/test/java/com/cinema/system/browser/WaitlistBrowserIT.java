package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waitlist in the portal (issue #21): on the seat page of a sold-out showtime (a two-seat screen of a cinema of its
 * own, both seats bought by another customer) a signed-in customer joins the waitlist and reads their place in the
 * queue; My bookings lists the entry; once the other customer cancels, the seat page shows a seat held for them from the
 * waitlist, with the way to pay. A customer can also leave the waitlist from My bookings.
 *
 * <p>The seats are bought, not held: a hold lasts one minute in the system tests, and a loaded machine can spend that
 * long on the browser steps before the release, after which the expired hold had already offered the seats and the
 * offer (20 s then) had run out before the page looked (a failed clean-clone run). The offer window is 45 s now
 * ({@link com.cinema.system.Platform}), for the same reason.
 */
@ExtendWith(PlatformExtension.class)
@Order(58)
class WaitlistBrowserIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-waitlist-");

    private final List<String> consoleErrors = session.consoleErrors();

    /** A showtime of a demo movie in a fresh two-seat screen (seat rules off), {@code daysAhead} days ahead at 19:00 UTC. */
    private static String twoSeatShowtime(int daysAhead) {
        return ShowtimeFixture.inAScreenOfItsOwn("Waitlist Cinema", 2, OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS).plusDays(daysAhead).plusHours(19));
    }

    /** The same, weeks ahead. */
    private static String twoSeatShowtime() {
        return twoSeatShowtime(40 + ThreadLocalRandom.current().nextInt(200));
    }

    @Test
    void aCustomerJoinsTheWaitlistOfASoldOutShowtimeAndSeesTheOfferedSeatsHeld() {
        // Within the cinema page's week, so the customer finds it there.
        String showtimeId = twoSeatShowtime(2);
        Customer holder = Customer.register();
        String boughtId = holder.buy(showtimeId, 2).getString("id");
        Customer waiter = Customer.register();
        String cinemaId = Customer.data(waiter.api.post("query($id: ID!) { showtime(id: $id) { cinemaId } }",
                Map.of("id", showtimeId)), "showtime").getString("cinemaId");

        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true).setReducedMotion(ReducedMotion.REDUCE));
        Page page = session.page(context);
        String cinemaRoute = "#/cinemas/" + cinemaId;
        page.navigate("/#/signin?next=" + URLEncoder.encode(cinemaRoute, StandardCharsets.UTF_8));
        page.getByLabel("Email").fill(waiter.email);
        page.getByLabel("Password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/" + cinemaRoute);

        // The cinema's week lists the sold-out showtime as sold out, and still as a way to its seat page (the waitlist).
        page.locator("button.day-button[data-day='" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "']").click();
        Locator soldOut = page.locator("a.showtime-link[data-showtime-id='" + showtimeId + "']");
        assertThat(soldOut).hasAttribute("data-seats", "sold-out");
        assertThat(soldOut.getByTestId("seats-note")).hasText("Sold out");
        assertThat(soldOut).not().hasAttribute("aria-disabled", "true");
        assertThat(soldOut).hasAttribute("aria-label", Pattern.compile(" 19:00 Sold out, Screen 1, join the waitlist$"));
        BrowserKit.assertNoSeriousViolations(page, "a cinema's week with a sold-out showtime");
        BrowserKit.screenshot(page, "waitlist-sold-out-showtime-1280");
        soldOut.click();
        String seatsRoute = "#/showtimes/" + showtimeId;
        page.waitForURL("**/" + seatsRoute);

        Locator waitlist = page.getByTestId("waitlist");
        assertThat(waitlist.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Sold out"))).isVisible();
        waitlist.getByLabel("Seats wanted").fill("1");
        BrowserKit.assertNoSeriousViolations(page, "seat page of a sold-out showtime");
        waitlist.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Join the waitlist")).click();

        Locator status = waitlist.getByTestId("waitlist-status");
        assertThat(status).hasAttribute("data-status", "WAITING");
        assertThat(status).containsText("You are on the waitlist for 1 seat: number 1 in the queue");
        JsonObject entry = waiter.api.post("{ myWaitlist { showtimeId seats status position } }").getJsonObject("data")
                .getJsonArray("myWaitlist").getJsonObject(0);
        assertThat(entry.getString("showtimeId")).isEqualTo(showtimeId);
        assertThat(entry.getString("status")).isEqualTo("WAITING");
        BrowserKit.screenshot(page, "waitlist-joined-1280");

        // My bookings lists where the customer waits.
        page.navigate("/#/bookings");
        Locator mine = page.getByTestId("waitlist-section");
        assertThat(mine.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Waitlist"))).isVisible();
        assertThat(mine.getByTestId("waitlist-item")).hasCount(1);
        assertThat(mine.getByTestId("waitlist-item")).containsText("Number 1 in the queue for 1 seat.");
        BrowserKit.assertNoSeriousViolations(page, "my bookings with a waitlist entry");

        // The other customer cancels: a seat is held for the waiting customer at once.
        Customer.data(holder.api.post("mutation($b: ID!) { cancelBooking(bookingId: $b) { id } }", Map.of("b", boughtId)),
                "cancelBooking");
        page.navigate("/" + seatsRoute);
        assertThat(page.getByTestId("waitlist-status")).hasAttribute("data-status", "OFFERED");
        assertThat(page.getByTestId("waitlist-status")).containsText("held for you");
        assertThat(page.getByTestId("held-seats")).containsText("A1");
        assertThat(page.getByTestId("waitlist").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Continue to checkout"))).isVisible();
        BrowserKit.assertNoSeriousViolations(page, "seat page with a waitlist offer");
        BrowserKit.screenshot(page, "waitlist-offered-1280");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aCustomerLeavesTheWaitlistFromMyBookings() {
        String showtimeId = twoSeatShowtime();
        Customer.register().buy(showtimeId, 2);
        Customer waiter = Customer.register();
        Customer.data(waiter.api.post("mutation($s: ID!) { joinWaitlist(showtimeId: $s, seats: 1) { id } }",
                Map.of("s", showtimeId)), "joinWaitlist");

        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true).setReducedMotion(ReducedMotion.REDUCE));
        Page page = session.page(context);
        page.navigate("/#/signin?next=" + URLEncoder.encode("#/bookings", StandardCharsets.UTF_8));
        page.getByLabel("Email").fill(waiter.email);
        page.getByLabel("Password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/#/bookings");

        Locator item = page.getByTestId("waitlist-section").getByTestId("waitlist-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("Number 1 in the queue for 1 seat.");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Leave the waitlist")).click();

        assertThat(item).hasAttribute("data-status", "LEFT");
        assertThat(item).containsText("You left the waitlist.");
        assertThat(item.getByRole(AriaRole.BUTTON)).hasCount(0);
        JsonObject entry = waiter.api.post("{ myWaitlist { showtimeId status } }").getJsonObject("data")
                .getJsonArray("myWaitlist").getJsonObject(0);
        assertThat(entry.getString("showtimeId")).isEqualTo(showtimeId);
        assertThat(entry.getString("status")).isEqualTo("LEFT");
        BrowserKit.assertNoSeriousViolations(page, "my bookings after leaving the waitlist");
        BrowserKit.screenshot(page, "waitlist-left-390");
        assertThat(consoleErrors).isEmpty();
    }
}
