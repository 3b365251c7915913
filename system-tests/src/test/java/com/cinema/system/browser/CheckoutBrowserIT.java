package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.cinema.system.ShowingCalendarFile;
import com.cinema.system.TicketQr;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MailParts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal's checkout in Debian's Chromium against the whole platform: a ticket bought end to end (search,
 * showtime, seats, coupon, card, confirmation with a QR ticket that checks in at the door) at phone and desktop
 * widths; a declined card, a dropped connection and the retry with the same idempotency key; a refused coupon; a
 * cancellation with its refund; my bookings and the profile; axe-core and screenshots of each page.
 */
@ExtendWith(PlatformExtension.class)
@Order(51)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutBrowserIT {

    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-");
    private static ShowtimeFixture fixture;
    /** The hold the class's first test leaves running out while the others run; its last test looks at it. */
    private static HoldLeftRunning holdLeftRunning;

    private final List<String> consoleErrors = session.consoleErrors();
    /** Every URL the pages asked for: a token must never be in one. */
    private final List<String> requestedUrls = Collections.synchronizedList(new ArrayList<>());
    /** The bodies of the checkout mutations the pages sent. */
    private final List<String> checkoutRequests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launch() {
        fixture = ShowtimeFixture.create();
    }

    /** A hold and the two pages showing it, kept open (BrowserSession.keptContext) until the hold has run out. */
    private record HoldLeftRunning(String showtimeId, Customer customer, JsonObject hold, List<String> labels,
                                   Page checkout, Page seats) {

        long expiresAtMillis() {
            return OffsetDateTime.parse(hold.getString("holdExpiresAt")).toInstant().toEpochMilli();
        }
    }

    private Page open(int width, String route) {
        BrowserContext context = session.context(new Browser.NewContextOptions()
                .setViewportSize(width, width < 600 ? 844 : 900).setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true)
                .setAcceptDownloads(true)
                // the gateway's Content-Security-Policy forbids the inline scripts and eval the test tools use (axe, waits);
                // no button colour transitions half-way when axe measures contrast right after a click
                .setReducedMotion(ReducedMotion.REDUCE));
        Page page = session.page(context);
        page.onRequest(request -> {
            requestedUrls.add(request.url());
            String body = request.postData();
            if (body != null && body.contains("checkout(bookingId")) {
                checkoutRequests.add(body);
            }
        });
        page.navigate("/" + route);
        return page;
    }

    private static void signIn(Page page, Customer customer) {
        page.waitForURL("**/#/signin?next=*");
        page.getByLabel("Email").fill(customer.email);
        page.getByLabel("Password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** A literal for a regular expression Playwright runs in the browser (JavaScript has no \Q...\E quoting). */
    private static String jsQuoted(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\-]", "\\\\$0");
    }

    private static String gbp(int cents) {
        return String.format("£%d.%02d", cents / 100, cents % 100);
    }

    private static void fillCard(Page page, String number) {
        page.getByLabel("Card number").fill(number);
        page.getByLabel("Expiry (MM/YY)").fill("12/" + (OffsetDateTime.now().getYear() + 3) % 100);
        page.getByLabel("Security code").fill("123");
        page.getByLabel("Name on card").fill("Checkout Fan");
    }

    private static String bookingIdOf(Page page) {
        Matcher matcher = Pattern.compile("#/(?:bookings|checkout)/([^/?]+)").matcher(page.url());
        assertThat(matcher.find()).as(page.url()).isTrue();
        return matcher.group(1);
    }

    private static String key(String checkoutBody) {
        Matcher matcher = KEY.matcher(checkoutBody);
        assertThat(matcher.find()).as(checkoutBody).isTrue();
        return matcher.group(1);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    @Order(1)
    void buysATicketEndToEndWithACouponAndACardAndGetsAQrTicketThatChecksIn(int width) throws Exception {
        Customer customer = Customer.register();
        Page page = open(width, "");

        // search, the movie, its showtime
        page.getByLabel("Search movies by title").fill(fixture.movieTitle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.locator("#now-showing .movie-card a", new Page.LocatorOptions().setHasText(fixture.movieTitle)).first().click();
        page.locator(".day-button[data-day='" + fixture.day + "']").click();
        page.locator("a.showtime-link[data-showtime-id='" + fixture.showtimeId + "']").click();
        page.waitForURL("**/#/showtimes/" + fixture.showtimeId);

        // two seats side by side that the seat rules accept in whichever demo layout the fixture picked, signing in
        // on the way, held
        page.locator("[role=gridcell][data-status='AVAILABLE']").first().waitFor();
        for (String seatId : customer.seatsToHold(fixture.showtimeId, 2)) {
            page.locator("[role=gridcell][data-seat-id='" + seatId + "']").click();
        }
        assertThat(page.locator("[role=gridcell][aria-selected='true']")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();
        signIn(page, customer);
        page.waitForURL("**/#/showtimes/" + fixture.showtimeId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold 2 seats")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue to checkout")).click();

        // checkout: seats with type and price, the countdown, the coupon
        page.waitForURL("**/#/checkout/*");
        String bookingId = bookingIdOf(page);
        assertThat(page.getByTestId("ticket-rows").locator("tr")).hasCount(2);
        JsonObject held = customer.booking(bookingId);
        assertThat(page.getByTestId("subtotal")).hasText(gbp(held.getInt("subtotalCents")));
        assertThat(page.getByTestId("total")).hasText(gbp(held.getInt("totalCents")));
        assertThat(page.getByTestId("hold-countdown")).hasText(Pattern.compile("\\d{1,2}:\\d{2}"));
        page.getByLabel("Coupon code").fill("welcome10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.getByTestId("coupon-applied")).containsText("WELCOME10");
        JsonObject discounted = customer.booking(bookingId);
        assertThat(discounted.getString("couponCode")).isEqualTo("WELCOME10");
        assertThat(discounted.getInt("discountCents")).isBetween(discounted.getInt("subtotalCents") / 10 - 1, discounted.getInt("subtotalCents") / 10 + 1);
        assertThat(discounted.getInt("totalCents")).isEqualTo(discounted.getInt("subtotalCents") - discounted.getInt("discountCents"));
        assertThat(page.getByTestId("discount")).hasText("−" + gbp(discounted.getInt("discountCents")));
        assertThat(page.getByTestId("total")).hasText(gbp(discounted.getInt("totalCents")));
        page.getByLabel("Card number").fill("4242 4242");
        assertThat(page.getByTestId("card-brand")).hasText("Visa");
        BrowserKit.assertNoSeriousViolations(page, "checkout at " + width);
        BrowserKit.screenshot(page, "checkout-" + width);

        // the card, paid
        fillCard(page, "4242 4242 4242 4242");
        page.getByTestId("pay").click();
        page.waitForURL("**/#/bookings/" + bookingId + "?confirmed=1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You’re booked!"))).isVisible();
        JsonObject confirmed = customer.booking(bookingId);
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(page.getByTestId("booking-code")).hasText(confirmed.getString("code"));
        assertThat(page.getByTestId("confirmation-receipt")).hasText(confirmed.getJsonObject("payment").getString("receiptNumber"));

        // the QR image decodes to this booking's genuine pass (a forged or another booking's is VALIDATION): the door,
        // not open yet for a showtime days ahead, refuses it naming the showtime's start
        Locator qr = page.getByTestId("ticket-qr");
        qr.waitFor();
        assertThat(qr.getAttribute("src")).startsWith("blob:");
        String pass = decodeQr(page, qr);
        JsonObject checkIn = admin().post("mutation($p: String!) { checkInTicket(payload: $p) { seatLabel } }", Map.of("p", pass));
        assertThat(GraphQlHttp.firstErrorCode(checkIn)).as(checkIn.toString()).isEqualTo("CONFLICT");
        JsonObject why = GraphQlHttp.firstError(checkIn).getJsonObject("extensions");
        assertThat(why.getString("reason")).isEqualTo("TOO_EARLY");
        assertThat(OffsetDateTime.parse(why.getString("showtimeStartsAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(confirmed.getJsonObject("showtime").getString("startsAt")).toInstant());

        // the calendar file, the booking service's (the event its confirmation e-mail attaches), in UTC
        Locator icsLink = page.getByTestId("ics-link");
        assertThat(icsLink).hasAttribute("href", Pattern.compile("^blob:"));
        String ics = (String) page.evaluate("async (a) => (await fetch(a.href)).text()", icsLink.elementHandle());
        String startsAt = ShowingCalendarFile.utc(OffsetDateTime.parse(confirmed.getJsonObject("showtime")
                .getString("startsAt")));
        assertThat(ics).contains("BEGIN:VEVENT", "DTSTART:" + startsAt, "UID:booking-" + bookingId + "@cinema.booking",
                "STATUS:CONFIRMED", confirmed.getString("code"));
        assertThat(icsLink.getAttribute("download")).isEqualTo("showing-" + confirmed.getString("code") + ".ics");
        // where the cinema is: on the ticket as in the calendar event ("Cinema, address, town")
        String location = new ShowingCalendarFile(null, ics).event().get("LOCATION");
        assertThat(page.getByTestId("cinema-address")).isVisible();
        assertThat(location).endsWith(", " + page.getByTestId("cinema-address").textContent());
        // and the way there, by its coordinates, in a new tab
        assertThat(page.getByTestId("directions")).hasAttribute("href",
                Pattern.compile("^https://www\\.google\\.com/maps/dir/\\?api=1&destination=-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$"));
        assertThat(page.getByTestId("directions")).hasAttribute("target", "_blank");

        // printing shows the ticket without the navigation and buttons
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("header")).isHidden();
        assertThat(page.getByTestId("directions")).isHidden();
        assertThat(page.getByTestId("ticket-qr")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print ticket"))).isHidden();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        BrowserKit.assertNoSeriousViolations(page, "confirmation at " + width);
        BrowserKit.screenshot(page, "confirmation-" + width);

        String token = (String) page.evaluate("() => JSON.parse(sessionStorage.getItem('cinema.session')).accessToken");
        assertThat(requestedUrls).isNotEmpty().noneMatch(url -> url.contains(token));
        assertThat(checkoutRequests).hasSize(1);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(2)
    void aDeclinedCardKeepsTheHoldAndADroppedConnectionIsRetriedWithTheSameKeyAndChargedOnce() {
        Customer customer = Customer.register();
        JsonObject hold = customer.hold(fixture.showtimeId, 1);
        Page page = open(1280, "#/checkout/" + hold.getString("id"));
        signIn(page, customer);
        page.waitForURL("**/#/checkout/*");

        // a typo is caught before paying, next to the field and announced
        page.getByLabel("Card number").fill("4242 4242 4242 4241");
        page.getByLabel("Expiry (MM/YY)").click();
        Locator numberError = page.locator("#card-number-error");
        assertThat(numberError).containsText("not a valid Visa number");
        assertThat(numberError).hasAttribute("aria-live", "polite");
        assertThat(page.getByLabel("Card number")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Card number")).hasAttribute("aria-describedby", Pattern.compile("card-number-error"));
        page.getByLabel("Expiry (MM/YY)").fill("01/20");
        page.getByTestId("pay").click();
        assertThat(page.locator("#card-expiry-error")).hasText("This card has expired.");
        assertThat(checkoutRequests).isEmpty();

        // declined: nothing charged, the seats still held
        fillCard(page, Customer.DECLINED_CARD);
        page.getByTestId("pay").click();
        assertThat(page.getByTestId("pay-status").getByRole(AriaRole.ALERT)).containsText("Your card was declined");
        assertThat(page.getByTestId("pay-status")).containsText("still held");
        assertThat(customer.booking(hold.getString("id")).getString("status")).isEqualTo("HELD");

        // the connection drops on the next attempt
        page.route("**/graphql", route -> {
            if (route.request().postData() != null && route.request().postData().contains("checkout(bookingId")) {
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        page.getByLabel("Card number").fill(Customer.GOOD_CARD);
        page.getByTestId("pay").click();
        assertThat(page.getByTestId("pay-status")).containsText("not be charged twice");
        page.unroute("**/graphql");
        consoleErrors.removeIf(error -> error.contains("ERR_CONNECTION_RESET")); // the drop this test made

        // Pay again: the same key, one press one request, confirmed
        page.getByTestId("pay").dblclick();
        page.waitForURL("**/#/bookings/*?confirmed=1");
        assertThat(checkoutRequests).as("the double click sent one request").hasSize(3);
        String declinedKey = key(checkoutRequests.get(0));
        String droppedKey = key(checkoutRequests.get(1));
        assertThat(droppedKey).isNotEqualTo(declinedKey);
        assertThat(key(checkoutRequests.get(2))).isEqualTo(droppedKey);
        JsonObject paid = customer.booking(hold.getString("id"));
        assertThat(paid.getString("status")).isEqualTo("CONFIRMED");
        assertThat(paid.getJsonObject("payment").getInt("amountCents")).isEqualTo(paid.getInt("totalCents"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(3)
    void anExpiredCouponIsRefusedWithItsReasonNextToTheField() {
        Customer customer = Customer.register();
        JsonObject hold = customer.hold(fixture.showtimeId, 1);
        Page page = open(390, "#/checkout/" + hold.getString("id"));
        signIn(page, customer);
        page.waitForURL("**/#/checkout/*");
        assertThat(page.getByTestId("total")).hasText(gbp(hold.getInt("totalCents")));

        page.getByLabel("Coupon code").fill("SUMMER25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator("#coupon-code-error")).hasText("That coupon has expired.");
        assertThat(page.getByLabel("Coupon code")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Coupon code")).hasAttribute("aria-describedby", Pattern.compile("coupon-code-error"));
        assertThat(page.getByTestId("discount")).hasCount(0);
        assertThat(page.getByTestId("total")).hasText(gbp(hold.getInt("totalCents")));
        JsonObject booking = customer.booking(hold.getString("id"));
        assertThat(booking.isNull("couponCode")).isTrue();
        assertThat(booking.getInt("discountCents")).isZero();
        BrowserKit.assertNoSeriousViolations(page, "checkout with a refused coupon at 390");
        BrowserKit.screenshot(page, "checkout-coupon-refused-390");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(4)
    void aCancellationShowsItsRefundBeforeConfirmingAndRefundsInFull() {
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(fixture.showtimeId, 2);
        String code = bought.getString("code");
        Page page = open(1280, "#/bookings");
        signIn(page, customer);
        page.waitForURL("**/#/bookings");

        Locator item = page.getByTestId("upcoming-bookings").locator("[data-booking-code='" + code + "']");
        assertThat(item.getByTestId("booking-status")).hasAttribute("data-status", "CONFIRMED");
        assertThat(item).containsText(gbp(bought.getInt("totalCents")));
        BrowserKit.assertNoSeriousViolations(page, "my bookings at 1280");
        BrowserKit.screenshot(page, "my-bookings-1280");

        item.getByRole(AriaRole.LINK).click();
        page.waitForURL("**/#/bookings/" + bought.getString("id"));
        assertThat(page.getByTestId("ticket-rows").locator("tr")).hasCount(2);
        assertThat(page.getByTestId("cancel-policy")).containsText("2 hours before the start");
        // The messages about this booking: its confirmation e-mail and where it went (no SMS: not asked for).
        Locator notices = page.getByTestId("booking-notices");
        assertThat(notices.locator("[data-notice-kind=BOOKING_CONFIRMED][data-notice-channel=EMAIL]"))
                .hasText(Pattern.compile("^Booking confirmation by e-mail to " + jsQuoted(customer.email) + ": (sent|on its way)"));
        assertThat(notices.locator("li")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking…")).click();
        assertThat(page.getByTestId("refund-amount")).hasText(gbp(bought.getInt("totalCents")));
        BrowserKit.assertNoSeriousViolations(page, "booking detail, cancelling, at 1280");
        BrowserKit.screenshot(page, "booking-cancel-1280");
        assertThat(customer.booking(bought.getString("id")).getString("status")).as("nothing happens before confirming").isEqualTo("CONFIRMED");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel and refund")).click();
        assertThat(page.getByTestId("booking-status")).hasAttribute("data-status", "CANCELLED");
        assertThat(page.getByTestId("refunded")).hasText(gbp(bought.getInt("totalCents")));
        assertThat(notices.locator("[data-notice-kind=BOOKING_CANCELLED][data-notice-channel=EMAIL]"))
                .hasText(Pattern.compile("^Cancellation by e-mail to " + jsQuoted(customer.email) + ": (sent|on its way)"));
        // No SMS line for a customer who never asked for SMS, not even while the sender has yet to skip it.
        assertThat(notices.locator("[data-notice-channel=SMS]")).hasCount(0);
        JsonObject cancelled = customer.booking(bought.getString("id"));
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getJsonObject("payment").getInt("refundedCents")).isEqualTo(bought.getInt("totalCents"));

        page.navigate("/#/bookings");
        assertThat(page.getByTestId("upcoming-bookings").locator("[data-booking-code='" + code + "'] [data-testid=booking-status]"))
                .hasAttribute("data-status", "CANCELLED");
        assertThat(consoleErrors).isEmpty();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    @Order(5)
    void myBookingsAndTheProfileAreAccessibleAndTheProfileChangesNamePhoneSmsRemindersAndPassword(int width) {
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(fixture.showtimeId, 1);
        Page page = open(width, "#/bookings");
        signIn(page, customer);
        page.waitForURL("**/#/bookings");
        page.locator("[data-booking-code='" + bought.getString("code") + "']").waitFor();
        BrowserKit.assertNoSeriousViolations(page, "my bookings at " + width);
        BrowserKit.screenshot(page, "my-bookings-" + width);

        page.getByTestId("signed-in-as").click();
        page.waitForURL("**/#/profile");
        assertThat(page.getByLabel("Full name")).hasValue("Checkout Fan");
        BrowserKit.assertNoSeriousViolations(page, "profile at " + width);
        BrowserKit.screenshot(page, "profile-" + width);

        String name = "Renamed Fan " + width;
        page.getByLabel("Full name").fill(name);
        page.getByLabel("Phone (optional)").fill("+44 20 7946 " + width); // typed with spaces, stored in E.164
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.getByTestId("profile-status")).containsText("saved");
        JsonObject me = Customer.data(customer.api.post("{ me { fullName phone } }"), "me");
        assertThat(me.getString("fullName")).isEqualTo(name);
        assertThat(me.getString("phone")).isEqualTo("+44207946" + width);

        // SMS (issue #21): the opt-in needs a phone; with one it is saved and the hint names the number
        Locator smsBox = page.getByLabel("Also send my booking messages by SMS");
        page.getByLabel("Phone (optional)").fill("");
        assertThat(page.locator("#profile-sms-hint")).hasText("Add a phone number above to get your booking messages by SMS.");
        smsBox.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.locator("#profile-sms-error")).hasText("Add a phone number to get your booking messages by SMS.");
        assertThat(page.getByTestId("profile-status")).isEmpty();
        assertThat(Customer.data(customer.api.post("{ me { phone smsOptIn } }"), "me").getBoolean("smsOptIn")).isFalse();
        page.getByLabel("Phone (optional)").fill("+44 20 7946 " + width);
        assertThat(page.locator("#profile-sms-hint")).hasText("Confirmations, reminders and cancellations also go by SMS to +44207946" + width + ".");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.getByTestId("profile-status")).containsText("saved");
        assertThat(page.locator("#profile-sms-error")).isEmpty();
        JsonObject optedIn = Customer.data(customer.api.post("{ me { phone smsOptIn } }"), "me");
        assertThat(optedIn.getBoolean("smsOptIn")).isTrue();
        assertThat(optedIn.getString("phone")).isEqualTo("+44207946" + width);
        page.reload();
        assertThat(page.getByLabel("Also send my booking messages by SMS")).isChecked();
        BrowserKit.assertNoSeriousViolations(page, "profile with SMS at " + width);
        page.getByLabel("Also send my booking messages by SMS").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.getByTestId("profile-status")).containsText("saved");
        assertThat(Customer.data(customer.api.post("{ me { smsOptIn } }"), "me").getBoolean("smsOptIn")).isFalse();

        // Reminders before each showing: on for a new account, turned off here, and the choice survives a reload.
        Locator remindersBox = page.getByLabel("Remind me before each showing");
        assertThat(remindersBox).isChecked();
        assertThat(page.locator("#profile-reminders-hint")).hasText(
                "A few hours before each showing, by e-mail. Confirmations and cancellations are always sent.");
        remindersBox.uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
        assertThat(page.getByTestId("profile-status")).containsText("saved");
        assertThat(Customer.data(customer.api.post("{ me { reminders } }"), "me").getBoolean("reminders")).isFalse();
        page.reload();
        assertThat(page.getByLabel("Remind me before each showing")).not().isChecked();

        page.getByLabel("Current password").fill("not-my-password");
        page.getByLabel("New password").fill("Brand-New-Password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.locator("#current-password-error")).hasText("That is not your current password.");
        page.getByLabel("Current password").fill(Customer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByTestId("password-status")).containsText("changed");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out of this device")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).waitFor();
        assertThat(page.evaluate("() => sessionStorage.getItem('cinema.session')")).isNull();
        JsonObject login = new GraphQlHttp(ShowtimeFixture.GATEWAY).post(
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", customer.email, "p", "Brand-New-Password-1"));
        assertThat(GraphQlHttp.firstErrorCode(login)).as(login.toString()).isNull();
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * "Download your data" on the profile (docs/api.md, "Your data"): one JSON file with the customer's account, their
     * booking with its tickets, the payment (brand and last four digits only), their review with the film's title and
     * the confirmation e-mail sent to them; nothing of another customer's.
     */
    @Test
    @Order(9)
    void aCustomerDownloadsEverythingThePlatformHoldsAboutThemFromTheProfile() throws IOException {
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(fixture.showtimeId, 2);
        Customer.data(customer.api.post("mutation($m: ID!) { addReview(movieId: $m, rating: 5, comment: \"Worth the trip\") { id } }",
                Map.of("m", fixture.movieId)), "addReview");
        Customer other = Customer.register();
        JsonObject othersBooking = other.buy(fixture.showtimeId, 1);
        // The customer reported another's review: their report, and what became of it, are theirs too.
        String othersReview = Customer.data(other.api.post("mutation($m: ID!) { addReview(movieId: $m, rating: 1,"
                + " comment: \"Buy cheap tickets at example.com\") { id } }", Map.of("m", fixture.movieId)), "addReview").getString("id");
        Customer.data(customer.api.post("mutation($r: ID!) { reportReview(reviewId: $r, reason: SPAM) { reviewId } }",
                Map.of("r", othersReview)), "reportReview");
        Page page = open(1280, "#/profile");
        signIn(page, customer);
        page.waitForURL("**/#/profile");
        Locator button = page.getByTestId("download-data");
        button.waitFor();
        BrowserKit.assertNoSeriousViolations(page, "profile with the data download");

        Download download = page.waitForDownload(button::click);
        assertThat(download.suggestedFilename()).matches("cinema-my-data-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(page.getByTestId("data-status")).containsText(download.suggestedFilename());
        String text = Files.readString(download.path());
        JsonObject file;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            file = reader.readObject();
        }
        assertThat(file.getJsonObject("account").getString("email")).isEqualTo(customer.email);
        assertThat(file.getJsonObject("account").getString("status")).isEqualTo("ACTIVE");
        JsonObject booking = file.getJsonArray("bookings").getValuesAs(JsonObject.class).stream().filter(b -> b.getString("id")
                .equals(bought.getString("id"))).findFirst().orElseThrow(() -> new AssertionError(text));
        assertThat(booking.getString("code")).isEqualTo(bought.getString("code"));
        assertThat(booking.getJsonArray("tickets")).hasSize(2);
        assertThat(booking.getJsonObject("showtime").getJsonObject("movie").getString("title")).isEqualTo(fixture.movieTitle);
        assertThat(file.getJsonArray("payments").getValuesAs(JsonObject.class)).singleElement().satisfies(payment -> {
            assertThat(payment.getString("bookingId")).isEqualTo(bought.getString("id"));
            assertThat(payment.getString("cardLast4")).isEqualTo("4242");
            assertThat(payment.getInt("amountCents")).isEqualTo(bought.getInt("totalCents"));
        });
        assertThat(file.getJsonArray("reviews").getValuesAs(JsonObject.class)).singleElement().satisfies(review -> {
            assertThat(review.getString("movieTitle")).isEqualTo(fixture.movieTitle);
            assertThat(review.getInt("rating")).isEqualTo(5);
            assertThat(review.getString("comment")).isEqualTo("Worth the trip");
            assertThat(review.getString("status")).isEqualTo("PUBLISHED");
        });
        assertThat(file.getJsonArray("reviewReports").getValuesAs(JsonObject.class)).singleElement().satisfies(report -> {
            assertThat(report.getString("reviewId")).isEqualTo(othersReview);
            assertThat(report.getString("movieTitle")).isEqualTo(fixture.movieTitle);
            assertThat(report.getString("reason")).isEqualTo("SPAM");
            assertThat(report.getString("status")).isEqualTo("OPEN");
        });
        assertThat(file.getJsonArray("messages").getValuesAs(JsonObject.class)).anySatisfy(message -> {
            assertThat(message.getString("kind")).isEqualTo("BOOKING_CONFIRMED");
            assertThat(message.getString("channel")).isEqualTo("EMAIL");
            assertThat(message.getString("recipient")).isEqualTo(customer.email);
            assertThat(message.getString("bookingId")).isEqualTo(bought.getString("id"));
        });
        assertThat(file.getJsonObject("loyalty").getInt("confirmedBookings")).isEqualTo(1);
        // Another customer bought seats of the same showtime: nothing of theirs is in this file.
        assertThat(text).doesNotContain(other.email).doesNotContain("\"" + othersBooking.getString("code") + "\"");
        // The file says what it is; no token or password is in it.
        assertThat(file.getString("about")).contains("Everything the cinema holds about you");
        assertThat(text).doesNotContain(Customer.PASSWORD).doesNotContain("accessToken");
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * Closing the account from the profile (docs/decisions/0020-closing-an-account.md): it takes the password and a
     * tick, is refused in the service's words while a booking is upcoming, and once that is cancelled closes the
     * account, signs this browser out and leaves no sign-in that works.
     */
    @Test
    @Order(10)
    void aCustomerClosesTheirAccountFromTheProfileOnceTheirBookingIsCancelled() {
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(fixture.showtimeId, 1);
        Page page = open(1280, "#/profile");
        signIn(page, customer);
        page.waitForURL("**/#/profile");
        Locator close = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account"));
        close.waitFor();
        BrowserKit.assertNoSeriousViolations(page, "profile with account closing");

        close.click();
        assertThat(page.locator("#close-password-error")).hasText("Enter your password to close your account.");
        page.getByLabel("Your password").fill("not-my-password");
        close.click();
        assertThat(page.locator("#close-confirm-error")).hasText("Tick the box to confirm that closing cannot be undone.");
        page.getByLabel("I understand that closing my account cannot be undone").check();
        close.click();
        assertThat(page.locator("#close-password-error")).hasText("That is not your password.");

        page.getByLabel("Your password").fill(Customer.PASSWORD);
        close.click();
        assertThat(page.getByTestId("close-status")).containsText("1 upcoming booking");
        assertThat(Customer.data(customer.api.post("{ me { fullName } }"), "me").getString("fullName")).isEqualTo("Checkout Fan");

        Customer.data(customer.api.post("mutation($b: ID!) { cancelBooking(bookingId: $b) { status } }",
                Map.of("b", bought.getString("id"))), "cancelBooking");
        close.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account is closed"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).waitFor();
        assertThat(page.evaluate("() => sessionStorage.getItem('cinema.session')")).isNull();
        assertThat(GraphQlHttp.firstErrorCode(customer.api.post("{ me { id } }"))).isEqualTo("UNAUTHENTICATED");
        JsonObject login = new GraphQlHttp(ShowtimeFixture.GATEWAY).post(
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", customer.email, "p", Customer.PASSWORD));
        assertThat(GraphQlHttp.firstErrorCode(login)).isEqualTo("UNAUTHENTICATED");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(11)
    void aCustomerChoosesConcessionsAtCheckoutWithTheCouponQuotedAgainIsChargedThatAndTheDoorSeesThem() {
        Customer customer = Customer.register();
        JsonObject hold = customer.hold(fixture.showtimeId, 2);
        String bookingId = hold.getString("id");
        Map<String, JsonObject> offers = new java.util.HashMap<>();
        for (JsonObject offer : GraphQlHttp.dataWithoutErrors(new GraphQlHttp(ShowtimeFixture.GATEWAY).post(
                "{ ticketTypes { type label discountCents notForRatings } }")).getJsonArray("ticketTypes").getValuesAs(JsonObject.class)) {
            offers.put(offer.getString("type"), offer);
        }
        assertThat(offers).containsKeys("ADULT", "CHILD", "SENIOR", "STUDENT");
        String rating = Customer.data(customer.api.post("query($m: ID!) { movie(id: $m) { ageRating } }",
                Map.of("m", fixture.movieId)), "movie").getString("ageRating");
        boolean childBarred = offers.get("CHILD").getJsonArray("notForRatings").getValuesAs(jakarta.json.JsonString.class)
                .stream().anyMatch(r -> r.getString().equals(rating));

        Page page = open(390, "#/checkout/" + bookingId);
        signIn(page, customer);
        page.waitForURL("**/#/checkout/*");
        List<String> seats = ticketsOf(customer, bookingId).stream().map(t -> t.getString("seatLabel")).toList();
        Locator first = page.getByLabel("Seat " + seats.get(0));
        // the film's rating decides whether a Child ticket may be chosen, as the booking service would
        if (!childBarred) {
            assertThat(first.locator("option[value='CHILD']")).isEnabled();
        } else {
            assertThat(first.locator("option[value='CHILD']")).isDisabled();
            assertThat(first.locator("option[value='CHILD']")).hasText("Child: not for " + rating + "-rated films");
            JsonObject refused = customer.api.post("mutation($b: ID!, $t: [TicketTypeChoice!]!) { chooseTicketTypes(bookingId: $b, tickets: $t) { id } }",
                    Map.of("b", bookingId, "t", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("seatId", ticketsOf(customer, bookingId).get(0).getString("seatId")).add("type", "CHILD")).build()));
            assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("VALIDATION");
            assertThat(GraphQlHttp.firstErrorField(refused)).isEqualTo("tickets");
        }

        // a Senior ticket for the first seat: priced again by the booking service, shown at once
        first.selectOption("SENIOR");
        assertThat(page.getByTestId("ticket-types-status")).containsText("Senior");
        List<JsonObject> tickets = ticketsOf(customer, bookingId);
        JsonObject senior = tickets.get(0);
        assertThat(senior.getString("ticketType")).isEqualTo("SENIOR");
        assertThat(senior.getInt("priceCents")).isEqualTo(Math.max(0,
                senior.getInt("fullPriceCents") - offers.get("SENIOR").getInt("discountCents")));
        assertThat(tickets.get(1).getString("ticketType")).isEqualTo("ADULT");
        assertThat(tickets.get(1).getInt("priceCents")).isEqualTo(tickets.get(1).getInt("fullPriceCents"));
        JsonObject priced = customer.booking(bookingId);
        int expectedTotal = tickets.stream().mapToInt(t -> t.getInt("priceCents")).sum();
        assertThat(priced.getInt("totalCents")).isEqualTo(expectedTotal).isLessThan(hold.getInt("totalCents"));
        assertThat(page.getByTestId("total")).hasText(gbp(expectedTotal));
        assertThat(page.getByTestId("ticket-type").first()).hasText("Senior");
        BrowserKit.assertNoSeriousViolations(page, "checkout with ticket types at 390");
        BrowserKit.screenshot(page, "checkout-ticket-types-390");

        // A coupon whose minimum order is this total (1.00 off): a Student ticket for the second seat would take the
        // order under it, so the booking service refuses that choice with the coupon's reason and nothing changes.
        String minimumCode = "MIN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        GraphQlHttp.dataWithoutErrors(admin().post("mutation($in: CouponInput!) { createCoupon(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("code", minimumCode).add("currency", "GBP")
                        .add("discountType", "FIXED").add("value", 100).add("minOrderCents", expectedTotal).build())));
        page.getByLabel("Coupon code").fill(minimumCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.getByTestId("coupon-applied")).containsText(minimumCode);
        assertThat(page.getByTestId("total")).hasText(gbp(expectedTotal - 100));
        Locator second = page.getByLabel("Seat " + seats.get(1));
        assertThat(second).isEnabled();
        assertThat(page.locator("#ticket-types-hint")).containsText("Coupon " + minimumCode
                + " is worked out again for the tickets you choose.");
        second.selectOption("STUDENT");
        assertThat(page.getByTestId("ticket-types-status")).containsText("Coupon " + minimumCode + " would not apply "
                + "to these tickets: these tickets come to less than its minimum order. Remove the coupon to choose them");
        assertThat(page.getByLabel("Seat " + seats.get(1))).hasValue("ADULT");
        assertThat(ticketsOf(customer, bookingId)).extracting(t -> t.getString("ticketType")).containsExactly("SENIOR", "ADULT");
        assertThat(page.getByTestId("total")).hasText(gbp(expectedTotal - 100));

        // WELCOME10 instead: the Student ticket is chosen and the coupon quoted again by the coupon service for it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove coupon")).click();
        page.getByLabel("Coupon code").fill("welcome10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.getByTestId("coupon-applied")).containsText("WELCOME10");
        page.getByLabel("Seat " + seats.get(1)).selectOption("STUDENT");
        assertThat(page.getByTestId("ticket-types-status")).containsText("with coupon WELCOME10");
        List<JsonObject> chosen = ticketsOf(customer, bookingId);
        assertThat(chosen).extracting(t -> t.getString("ticketType")).containsExactly("SENIOR", "STUDENT");
        int studentSubtotal = chosen.stream().mapToInt(t -> t.getInt("priceCents")).sum();
        assertThat(studentSubtotal).isEqualTo(expectedTotal - offers.get("STUDENT").getInt("discountCents"));
        int quoted = Customer.data(customer.api.post("query($b: ID!) { quoteCoupon(bookingId: $b, code: \"WELCOME10\") { discountCents } }",
                Map.of("b", bookingId)), "quoteCoupon").getInt("discountCents");
        JsonObject discounted = customer.booking(bookingId);
        assertThat(discounted.getInt("discountCents")).as("the coupon's discount for the new subtotal").isEqualTo(quoted).isPositive();
        assertThat(discounted.getInt("totalCents")).isEqualTo(studentSubtotal - quoted);
        assertThat(page.getByTestId("total")).hasText(gbp(studentSubtotal - quoted));
        assertThat(page.getByTestId("ticket-types-status")).containsText("Total " + gbp(studentSubtotal - quoted));
        BrowserKit.assertNoSeriousViolations(page, "checkout with a coupon quoted again at 390");
        BrowserKit.screenshot(page, "checkout-ticket-types-coupon-390");

        // paid: the charge is the concession total less the coupon, and the ticket names the concessions
        fillCard(page, "4242 4242 4242 4242");
        page.getByTestId("pay").click();
        page.waitForURL("**/#/bookings/" + bookingId + "?confirmed=1");
        JsonObject confirmed = customer.booking(bookingId);
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getJsonObject("payment").getInt("amountCents")).isEqualTo(studentSubtotal - quoted);
        assertThat(page.getByText("Seats " + seats.get(0) + " (Senior), " + seats.get(1) + " (Student)")).isVisible();

        // the door's staff see which ticket is a concession
        JsonObject admitted = Customer.data(admin().post("query($c: String) { bookings(filter: { code: $c }, size: 1) { items { tickets { seatLabel ticketType } } } }",
                Map.of("c", confirmed.getString("code"))), "bookings");
        assertThat(admitted.getJsonArray("items").getJsonObject(0).getJsonArray("tickets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("ticketType")).containsExactly("SENIOR", "STUDENT");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(12)
    void aCustomerWhoCannotFindTheirTicketsHasThemEMailedAgainAndStaffSendAnotherCopy() throws Exception {
        Customer customer = Customer.register();
        JsonObject bought = customer.buy(fixture.showtimeId, 1);
        // the confirmation e-mail was queued before the purchase answered
        long confirmedBy = System.currentTimeMillis();
        String bookingId = bought.getString("id");
        String code = bought.getString("code");
        String pass = customer.ticketPass(bookingId);
        Page page = open(390, "#/bookings/" + bookingId);
        signIn(page, customer);
        page.waitForURL("**/#/bookings/" + bookingId);
        Locator send = page.getByTestId("send-tickets-again");
        Locator result = page.getByTestId("send-tickets-result");
        assertThat(send).hasText("E-mail my tickets again");

        // Asked 5 s (the tests' interval) after the confirmation went out: on its way, to the account's address.
        sleepUntil(confirmedBy + 5_500);
        send.click();
        assertThat(result).containsText("Your tickets are on their way to " + customer.email);
        long copiedBy = System.currentTimeMillis();
        assertThat(result).containsText("You can ask 4 more times.");
        BrowserKit.screenshot(page, "booking-tickets-sent-again-390");
        // At once again (well within the 5 s): refused in the booking service's words, which say when to ask again.
        send.click();
        assertThat(result).containsText("The tickets of booking " + code + " were sent at");
        assertThat(result).containsText("ask again from");
        assertThat(page.locator("[data-testid=booking-notices] [data-notice-kind=TICKETS_SENT_AGAIN]"))
                .containsText("Tickets sent again by e-mail to " + customer.email);
        BrowserKit.assertNoSeriousViolations(page, "tickets sent again at 390");

        // The copy carries the same ticket as the confirmation: its QR code is the pass the door scans.
        Path copy = PlatformExtension.mailDir().resolve("booking-" + bookingId + ".tickets_sent_again.1@cinema.booking.eml");
        awaitFile(copy);
        TicketQr.Attached ticket = TicketQr.attachedTo(copy);
        assertThat(ticket.fileName()).isEqualTo("ticket-" + code + ".png");
        assertThat(ticket.payload()).isEqualTo(pass);
        assertThat(Files.readString(copy)).contains("Subject: Your tickets again:");

        // As an HTML mail client shows it: the QR code in the message reads as the pass, and its button leads to the
        // booking's page in the portal (after signing in: a mail client's link opens a new tab).
        Page inbox = open(390, "#/");
        inbox.navigate("about:blank"); // a mail client's page, not the portal's: the link loads the portal anew
        inbox.setContent(MailParts.htmlAsShown(MailParts.readEml(copy)));
        Locator qr = inbox.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ticket QR code of booking " + code));
        assertThat(qr).isVisible();
        assertThat(TicketQr.payloadOf(qr.screenshot())).as("the code as the door's scanner sees it on screen").isEqualTo(pass);
        BrowserKit.screenshot(inbox, "e-mail-tickets-again-390");
        BrowserKit.assertNoSeriousViolations(inbox, "the tickets e-mail as HTML");
        inbox.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View your booking")).click();
        signIn(inbox, customer);
        inbox.waitForURL("**/#/bookings/" + bookingId);
        assertThat(inbox.getByTestId("booking-code")).hasText(code);

        // Staff, on the phone with the customer, send one more from the booking's detail.
        Page staff = open(1280, "#/admin/bookings?code=" + code);
        staff.waitForURL("**/#/signin?next=*");
        staff.getByLabel("Email").fill("admin@cinema.test");
        staff.getByLabel("Password").fill("Admin-Demo-2026!");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        staff.getByTestId("admin-bookings").waitFor();
        staff.locator("[data-booking-code='" + code + "'] button").first().click();
        // What went where, as the customer's booking page says it: the confirmation and her copy.
        Locator messages = staff.getByTestId("admin-booking-notices");
        assertThat(messages.locator("[data-notice-kind=BOOKING_CONFIRMED]"))
                .containsText("Booking confirmation by e-mail to " + customer.email);
        assertThat(messages.locator("[data-notice-kind=TICKETS_SENT_AGAIN]")).hasCount(1);
        sleepUntil(copiedBy + 5_500);
        staff.getByTestId("admin-send-tickets-again").click();
        assertThat(staff.getByTestId("admin-send-tickets-result")).hasText("Sent to " + customer.email + ".");
        assertThat(messages.locator("[data-notice-kind=TICKETS_SENT_AGAIN]")).hasCount(2);
        BrowserKit.assertNoSeriousViolations(staff, "admin booking detail after sending tickets again");
        Path staffCopy = PlatformExtension.mailDir().resolve("booking-" + bookingId + ".tickets_sent_again.2@cinema.booking.eml");
        awaitFile(staffCopy);
        assertThat(TicketQr.attachedTo(staffCopy).payload()).isEqualTo(pass);
        assertThat(consoleErrors).isEmpty();
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        Thread.sleep(Math.max(0, epochMillis - System.currentTimeMillis()));
    }

    /** Waits up to 30 s for the platform to write the file (the notification sender runs every few seconds). */
    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(file).exists();
    }

    private static List<JsonObject> ticketsOf(Customer customer, String bookingId) {
        return Customer.data(customer.api.post("query($b: ID!) { booking(id: $b) { tickets { seatId seatLabel ticketType priceCents fullPriceCents } } }",
                Map.of("b", bookingId)), "booking").getJsonArray("tickets").getValuesAs(JsonObject.class);
    }

    @Test
    @Order(6)
    void theShellIsInstallableAndCachesTheStaticShellButNoApiAnswer() {
        try (Playwright seeing = BrowserKit.playwrightSeeingServiceWorkers(); Browser chromium = BrowserKit.chromium(seeing)) {
            BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                    .setViewportSize(390, 844).setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true));
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            page.navigate("/");
            page.locator("#now-showing .movie-card").first().waitFor();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            @SuppressWarnings("unchecked")
            Map<String, Object> manifest = (Map<String, Object>) page.evaluate(
                    "async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json()");
            assertThat(manifest).containsEntry("display", "standalone").containsEntry("start_url", "/#/");
            assertThat(page.evaluate("async () => (await fetch('/icons/icon.svg')).status")).isEqualTo(200);

            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) page.evaluate("async () => { const urls = [];"
                    + " for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);"
                    + " return urls; }");
            assertThat(cached).anyMatch(url -> url.endsWith("/js/app.js")).anyMatch(url -> url.endsWith("/offline.html"))
                    .noneMatch(url -> url.matches("https?://[^/]+/(graphql|api/).*"));
            // precached at install, not only as loaded: a page this visit never opened
            assertThat(cached).anyMatch(url -> url.endsWith("/js/pages/reset-password.js"))
                    .noneMatch(url -> url.endsWith("/js/admin/dashboard.js"));

            context.close();
        }
    }

    /**
     * A hold runs out, for real, while the customer looks at it on the seat map and on the checkout page: the
     * system tests shorten the hold to a minute (Platform, {@code CINEMA_BOOKING_HOLD_DURATION}). This first half
     * takes the hold and opens both pages in a context kept open across the class; the class's other tests run
     * while it runs out, and {@link #theHoldRunningOutInFrontOfTheCustomerReturnsItsSeatsOnTheSeatMapAndStopsPayment}
     * (last) sees what the pages show then.
     */
    @Test
    @Order(0)
    void aHoldLeftRunningShowsItsCountdownOnTheCheckoutPageAndOnTheSeatMapInASecondTab() {
        // a showtime of its own: the class's other tests buy seats of the fixture's, and would take these once free
        String showtimeId = ShowtimeFixture.inAScreenOfItsOwn("Hold Left Running", 6,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS));
        Customer customer = Customer.register();
        JsonObject hold = customer.hold(showtimeId, 2);
        List<String> labels = Customer.seatLabels(customer.booking(hold.getString("id")));
        BrowserContext kept = session.keptContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL(ShowtimeFixture.GATEWAY).setBypassCSP(true).setReducedMotion(ReducedMotion.REDUCE));
        Page checkout = session.keptPage(kept);
        checkout.navigate("/#/checkout/" + hold.getString("id"));
        signIn(checkout, customer);
        checkout.waitForURL("**/#/checkout/*");
        assertThat(checkout.getByTestId("pay")).isEnabled();

        // the seat map in a second tab of the same session: it picks the running hold up
        String signedIn = (String) checkout.evaluate("() => sessionStorage.getItem('cinema.session')");
        Page seats = session.keptPage(kept);
        seats.addInitScript("sessionStorage.setItem('cinema.session', " + Json.createValue(signedIn) + ")");
        seats.navigate("/#/showtimes/" + showtimeId);
        for (String label : labels) {
            assertThat(seatCell(seats, label)).hasAttribute("data-status", "MINE");
        }
        assertThat(seats.getByTestId("hold-countdown")).hasText(Pattern.compile("0:[0-5]\\d|1:00"));
        long left = OffsetDateTime.parse(hold.getString("holdExpiresAt")).toInstant().toEpochMilli() - System.currentTimeMillis();
        assertThat(left).as("the system tests' hold time (Platform): short enough to wait for").isLessThan(75_000);
        holdLeftRunning = new HoldLeftRunning(showtimeId, customer, hold, labels, checkout, seats);
    }

    /**
     * The second half: when the countdown reaches zero the seat map shows the seats free again (read back from the
     * server) and says so to screen readers; the checkout page stops payment and offers the seats again.
     */
    @Test
    @Order(99)
    void theHoldRunningOutInFrontOfTheCustomerReturnsItsSeatsOnTheSeatMapAndStopsPayment() {
        assumeTrue(holdLeftRunning != null, "the first half did not leave a hold running");
        Customer customer = holdLeftRunning.customer();
        List<String> labels = holdLeftRunning.labels();
        Page seats = holdLeftRunning.seats();
        Page checkout = holdLeftRunning.checkout();
        String showtimeId = holdLeftRunning.showtimeId();

        long left = holdLeftRunning.expiresAtMillis() - System.currentTimeMillis();
        assertThat(seatCell(seats, labels.get(0))).hasAttribute("data-status", "AVAILABLE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(Math.max(left, 0) + 10_000));
        assertThat(System.currentTimeMillis()).as("not before the hold's end")
                .isGreaterThanOrEqualTo(holdLeftRunning.expiresAtMillis() - 1_000);
        assertThat(seats.getByTestId("hold-countdown")).hasCount(0);
        for (String label : labels) {
            assertThat(seatCell(seats, label)).hasAttribute("data-status", "AVAILABLE");
            assertThat(seatCell(seats, label)).hasAttribute("aria-label", Pattern.compile(", available$"));
        }
        assertThat(seats.getByTestId("announcer")).containsText("hold has expired");
        assertThat(seats.getByTestId("seat-message")).containsText("seats are back on sale");
        assertThat(seats.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hold seats"))).isDisabled();
        JsonObject map = Customer.data(customer.api.post("query($s: ID!) { seatMap(showtimeId: $s) { seats { label status } } }",
                Map.of("s", showtimeId)), "seatMap");
        assertThat(map.getJsonArray("seats").getValuesAs(JsonObject.class))
                .filteredOn(s -> labels.contains(s.getString("label")))
                .extracting(s -> s.getString("status")).containsOnly("AVAILABLE");
        BrowserKit.assertNoSeriousViolations(seats, "seat map after the hold expired at 1280");
        BrowserKit.screenshot(seats, "seat-map-hold-expired-1280");

        // the checkout page of the same hold
        assertThat(checkout.getByTestId("hold-countdown")).hasText("0:00");
        assertThat(checkout.getByText("Your hold has expired")).isVisible();
        assertThat(checkout.getByTestId("pay")).isDisabled();
        assertThat(checkout.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pick seats again")))
                .hasAttribute("href", "#/showtimes/" + showtimeId);
        assertThat(session.keptErrors()).isEmpty();
    }

    /**
     * The offline page when a reload cannot reach the site. The page is served through a small proxy in front of the
     * gateway on a port of its own (a fresh origin, so a fresh service worker); stopping the proxy is the network
     * going away, for the page and its service worker alike (Playwright's offline emulation does not reach the
     * service worker's own fetches in this Chromium).
     */
    @Test
    @Order(8)
    void aReloadWithoutANetworkShowsTheOfflinePageAndNoApiAnswerOrTokenWasCached() throws IOException {
        GatewayProxy network = GatewayProxy.start(ShowtimeFixture.GATEWAY);
        try {
            BrowserContext context = session.context(new Browser.NewContextOptions()
                    .setViewportSize(390, 844).setBaseURL(network.url()).setBypassCSP(true));
            Page page = context.newPage();
            page.navigate("/");
            page.locator("#now-showing .movie-card").first().waitFor();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            // what a signed-in customer's pages fetch: API answers, one with a token, static files with a token
            page.evaluate("async () => {"
                    + " await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },"
                    + "   body: JSON.stringify({ query: '{ movies(size: 1) { items { id } } }' }) });"
                    + " await fetch('/api/bookings/1/ticket', { headers: { Authorization: 'Bearer secret-token' } });"
                    + " await fetch('/css/app.css?with-auth', { headers: { Authorization: 'Bearer secret-token' } });"
                    + " await fetch('/manifest.webmanifest?token=secret-token'); }");

            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) page.evaluate("async () => { const urls = [];"
                    + " for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);"
                    + " return urls; }");
            assertThat(cached).as("the static shell, the split seat page included")
                    .anyMatch(url -> url.endsWith("/js/app.js")).anyMatch(url -> url.endsWith("/offline.html"))
                    .anyMatch(url -> url.endsWith("/js/seats/model.js"))
                    .noneMatch(url -> url.matches("https?://[^/]+/(graphql|api/).*"))
                    .noneMatch(url -> url.contains("with-auth") || url.contains("token"));
            assertThat(network.requests()).as("the page's API calls went through the proxy")
                    .contains("POST /graphql", "GET /api/bookings/1/ticket");

            network.stop();
            page.reload();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You are offline"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again"))).hasAttribute("href", "/");
            BrowserKit.assertNoSeriousViolations(page, "offline page at 390");
            BrowserKit.screenshot(page, "offline-390");
        } finally {
            network.stop();
        }
        // the network this test took away, and the 401 of the made-up ticket request
        consoleErrors.removeIf(error -> error.contains("ERR_CONNECTION_REFUSED") || error.contains("401"));
        assertThat(consoleErrors).isEmpty();
    }

    private static Locator seatCell(Page page, String label) {
        return page.locator("[role=gridcell][data-label='" + label + "']");
    }

    /**
     * A plain HTTP proxy in front of the gateway on a free local port: the site as the browser sees it, with a
     * switch that takes the network away ({@link #stop()}).
     */
    private static final class GatewayProxy {
        /** Headers the JDK client sets itself, and Origin (the gateway judges requests from its own origin). */
        private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect", "from",
                "host", "upgrade", "via", "warning", "origin", "referer", "transfer-encoding", "keep-alive");

        private final HttpServer server;
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private boolean stopped;

        private GatewayProxy(HttpServer server) {
            this.server = server;
        }

        static GatewayProxy start(String upstream) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            GatewayProxy proxy = new GatewayProxy(server);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            server.createContext("/", exchange -> {
                try {
                    proxy.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                            .timeout(Duration.ofSeconds(15))
                            .method(exchange.getRequestMethod(), body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                    exchange.getRequestHeaders().forEach((name, values) -> {
                        if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                            values.forEach(value -> request.header(name, value));
                        }
                    });
                    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    response.headers().map().forEach((name, values) -> {
                        if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    byte[] answer = response.body();
                    exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return proxy;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        synchronized void stop() {
            if (!stopped) {
                stopped = true;
                server.stop(0);
                ((ExecutorService) server.getExecutor()).shutdownNow();
            }
        }
    }

    private static String decodeQr(Page page, Locator image) throws Exception {
        String base64 = (String) page.evaluate("async (img) => { const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());"
                + " let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); }", image.elementHandle());
        return TicketQr.payloadOf(Base64.getDecoder().decode(base64));
    }

    private static GraphQlHttp admin() {
        GraphQlHttp gateway = new GraphQlHttp(ShowtimeFixture.GATEWAY);
        JsonObject login = Customer.data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", "admin@cinema.test", "p", "Admin-Demo-2026!")), "login");
        return gateway.withBearer(login.getString("accessToken"));
    }
}
