package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.cinema.testing.GraphQlHttp;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ReducedMotion;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Done when" journey of issue #15 in Debian's Chromium at 1280 px, against the whole platform, through the
 * screens only: the demo admin creates a movie with a poster (file picker, preview), lays out a new auditorium in
 * the seat-layout editor, schedules two showtimes (the second exactly one cleaning gap after the first, the gap being
 * the booking service's own, times in the cinema's own zone) and sees the third's clash in the preview and in the
 * service's refusal, and creates a
 * coupon; a new customer, in a second browser, buys a ticket of that showtime with the coupon in the portal; the
 * admin refunds it with a reason on the bookings screen; each CSV export is downloaded and parsed and holds those
 * rows; the dashboard's figures for today move by exactly what the test bought and refunded (read before, after the
 * purchase and after the refund: the platform is shared with other tests, which run one class at a time). Every
 * screen visited passes axe-core (no serious or critical violation) and is saved as a screenshot.
 */
@ExtendWith(PlatformExtension.class)
@Order(56)
class AdminJourneyBrowserIT {

    private static final String ADMIN_EMAIL = "admin@cinema.test";
    private static final String ADMIN_PASSWORD = "Admin-Demo-2026!";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern GBP = Pattern.compile("£([0-9,]+)\\.(\\d{2})");
    private static final int MOVIE_MINUTES = 100;
    private static final int PRICE_CENTS = 1150;
    private static final int COUPON_CENTS = 200;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-journey-");
    private final List<String> consoleErrors = session.consoleErrors();

    /** Unique per run: the platform keeps what other tests (and earlier runs on MariaDB) made. */
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private Page newPage() {
        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL(ShowtimeFixture.GATEWAY).setAcceptDownloads(true).setReducedMotion(ReducedMotion.REDUCE));
        // axe-core as an init script: the gateway's Content-Security-Policy (script-src 'self') stays in force.
        context.addInitScript(Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js")));
        return session.page(context);
    }

    private static void signIn(Page page, String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static void checked(Page page, String screen) {
        BrowserKit.assertNoSeriousViolations(page, screen);
        BrowserKit.screenshot(page, "admin-journey-" + screen + "-1280");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void anAdminRunsTheWholeJourneyThroughTheScreensAndTheFiguresMoveByExactlyWhatItDid() throws Exception {
        Page admin = newPage();
        admin.navigate("/#/signin");
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.getByTestId("signed-in-as").waitFor();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Figures before = dashboard(admin, today);

        // 1. A movie with a poster chosen with the file picker, previewed before it is saved.
        String title = "Journey " + run;
        byte[] poster = png();
        admin.navigate("/#/admin/movies");
        admin.getByRole(AriaRole.BUTTON, named("New movie")).click();
        Locator movieForm = admin.getByTestId("movie-form");
        movieForm.getByLabel("Title").fill(title);
        movieForm.getByLabel("Minutes").fill(String.valueOf(MOVIE_MINUTES));
        movieForm.getByLabel("Age rating").fill("12A");
        movieForm.getByLabel("Genres").fill("Drama, Comedy");
        movieForm.getByLabel("Release date").fill(today.minusDays(7).toString());
        movieForm.getByLabel("Director").fill("Ada Journey");
        movieForm.getByLabel("Status").selectOption("NOW_SHOWING");
        movieForm.locator("input[type=file]").setInputFiles(new FilePayload("poster.png", "image/png", poster));
        assertThat(movieForm.getByAltText("Preview of the new poster (poster.png)")).isVisible();
        checked(admin, "movie-form");
        movieForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create movie")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(title + " saved."))).isVisible();
        GraphQlHttp adminApi = adminApi();
        JsonObject movie = Customer.data(adminApi.post("query($f: MovieFilter) { movies(filter: $f) { items { id title durationMinutes posterUrl } } }",
                Map.of("f", jakarta.json.Json.createObjectBuilder().add("search", title).build())), "movies")
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").equals(title)).findFirst().orElseThrow();
        assertThat(movie.getInt("durationMinutes")).isEqualTo(MOVIE_MINUTES);
        assertThat(movie.isNull("posterUrl")).as("the poster was stored").isFalse();
        assertThat(httpBytes(movie.getString("posterUrl"))).as("the poster served is the file chosen").isEqualTo(poster);

        // 2. A new auditorium laid out in the editor: an aisle down column 5, one seat blocked, two premium seats,
        //    the last grid row renamed; the capacity follows each stroke.
        String auditoriumName = "Journey " + run;
        admin.navigate("/#/admin/cinemas");
        Locator newAuditorium = admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New auditorium")).first();
        String cinemaName = newAuditorium.getAttribute("aria-label").replaceFirst("^New auditorium at ", "");
        newAuditorium.click();
        Locator editor = admin.getByTestId("layout-editor");
        assertThat(admin.getByTestId("layout-capacity")).hasText("Capacity: 40 seats");
        editor.getByLabel("Auditorium name").fill(auditoriumName);
        editor.getByLabel("Aisle").check();
        for (String row : List.of("A", "B", "C", "D", "E")) {
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(row + ", column 5: Standard seat").setExact(true)).click();
        }
        assertThat(admin.getByTestId("layout-capacity")).hasText("Capacity: 35 seats");
        editor.getByLabel("Blocked (toggle)").check();
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("A, column 1: Standard seat").setExact(true)).click();
        editor.getByLabel("Premium").check();
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("C, column 3: Standard seat").setExact(true)).click();
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("C, column 4: Standard seat").setExact(true)).click();
        editor.getByLabel("Name of grid row 5").fill("F");
        assertThat(admin.getByTestId("layout-capacity")).hasText("Capacity: 34 seats");
        checked(admin, "layout-editor");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save auditorium")).click();
        assertThat(admin.getByRole(AriaRole.BUTTON, named("Edit the layout of " + auditoriumName + " at " + cinemaName)))
                .containsText("34 seats");

        // 3. The scheduler: the gap it previews with is the booking service's (through the gateway).
        int gap = adminApi.post("{ schedulingRules { cleaningGapMinutes } }").getJsonObject("data")
                .getJsonObject("schedulingRules").getInt("cleaningGapMinutes");
        admin.navigate("/#/admin/scheduler");
        Locator preview = admin.getByTestId("overlap-preview");
        assertThat(preview).hasAttribute("data-cleaning-gap-minutes", String.valueOf(gap));
        assertThat(admin.getByTestId("cleaning-gap")).containsText(gap + "-minute cleaning gap");
        String auditoriumOption = admin.locator("#sched-auditorium option")
                .filter(new Locator.FilterOptions().setHasText(cinemaName + " \u2013 " + auditoriumName)).getAttribute("value");
        admin.locator("#sched-auditorium").selectOption(auditoriumOption);
        admin.locator("#sched-movie").selectOption(movie.getString("id"));

        // Far enough ahead to be bought and refunded, and on a day of its own in this new auditorium.
        LocalDateTime first = today.plusDays(3).atTime(6, 0); // early: first in the show day's per-showtime table
        LocalDateTime firstEnd = first.plusMinutes(MOVIE_MINUTES);
        LocalDateTime second = firstEnd.plusMinutes(gap); // exactly one cleaning gap later: allowed
        LocalDateTime secondEnd = second.plusMinutes(MOVIE_MINUTES);
        String firstId = schedule(admin, first, firstEnd, "No overlap");
        String secondId = schedule(admin, second, secondEnd, "No overlap");
        // The form and the week are in the cinema's own time (its zone, daylight saving included); the API in UTC.
        JsonObject scheduled = adminApi.post("query($id: ID!) { showtime(id: $id) { startsAt cinema { timeZone } } }",
                Map.of("id", firstId)).getJsonObject("data").getJsonObject("showtime");
        String timeZone = scheduled.getJsonObject("cinema").getString("timeZone");
        assertThat(admin.getByTestId("sched-zone")).containsText(timeZone);
        assertThat(OffsetDateTime.parse(scheduled.getString("startsAt")).toInstant())
                .isEqualTo(first.atZone(ZoneId.of(timeZone)).toInstant());
        assertThat(secondId).isNotEqualTo(firstId);

        // The third starts five minutes inside the gap after the second: the preview names the clash, with the
        // gap, and the booking service refuses it; one gap later exactly, the preview clears.
        LocalDateTime third = secondEnd.plusMinutes(gap - 5L);
        Locator pick = admin.getByLabel("Start (local time)");
        pick.fill(third.format(PICKER));
        assertThat(preview).containsText("Overlaps (with the " + gap + "-minute cleaning gap) " + title + " "
                + second.format(HHMM) + "\u2013" + secondEnd.format(HHMM));
        checked(admin, "scheduler-conflict");
        admin.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(admin.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("busy then")))
                .containsText("showtime " + secondId);
        assertThat(weekItems(admin, third.toLocalDate())).hasCount(2);
        pick.fill(secondEnd.plusMinutes(gap).format(PICKER));
        assertThat(preview).containsText("No overlap in this auditorium (with the " + gap + "-minute cleaning gap)");

        // Moving the second: the preview still counts the gap to the first, never the second's own slot.
        admin.getByRole(AriaRole.BUTTON, named("Move the " + second.format(HHMM) + " showtime of " + title)).click();
        assertThat(admin.getByRole(AriaRole.BUTTON, named("Move showtime"))).isVisible();
        pick.fill(firstEnd.plusMinutes(gap - 5L).format(PICKER));
        assertThat(preview).containsText("Overlaps (with the " + gap + "-minute cleaning gap) " + title + " "
                + first.format(HHMM) + "\u2013" + firstEnd.format(HHMM) + ":");
        LocalDateTime moved = second.plusHours(1);
        LocalDateTime movedEnd = moved.plusMinutes(MOVIE_MINUTES);
        pick.fill(moved.format(PICKER));
        assertThat(preview).containsText("No overlap in this auditorium");
        // ... and making it a subtitled screening on the way (no seat is taken yet, so any kind may change)
        Locator subtitledBox = admin.getByLabel("Subtitled", new Page.GetByLabelOptions().setExact(true));
        assertThat(subtitledBox).not().isChecked();
        subtitledBox.check();
        admin.getByRole(AriaRole.BUTTON, named("Move showtime")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Showtime moved."))).isVisible();
        assertThat(weekItems(admin, moved.toLocalDate()).filter(new Locator.FilterOptions()
                .setHasText(moved.format(HHMM) + "\u2013" + movedEnd.format(HHMM)))).hasAttribute("data-showtime-id", secondId);
        assertThat(admin.locator("li[data-showtime-id='" + secondId + "']").getByTestId("sched-kind")).hasText("Subtitled");
        assertThat(adminApi.post("query($id: ID!) { showtime(id: $id) { features } }", Map.of("id", secondId))
                .getJsonObject("data").getJsonObject("showtime").getJsonArray("features").getString(0)).isEqualTo("SUBTITLED");
        assertThat(subtitledBox).not().isChecked(); // the form is new again
        assertThat(weekItems(admin, moved.toLocalDate())).hasCount(2);
        assertThat(admin.getByRole(AriaRole.BUTTON, named("Schedule"))).isVisible();

        // A run of days: the same local time on three days in a row, all or none. Starting the day before the first
        // showtime's day, its second day clashes with that showtime: the booking service refuses the whole run and
        // names the day. A week later (out of the show day's week, which the steps below count) the run is
        // scheduled, each day at 06:00 in the cinema's zone.
        admin.getByLabel("Days in a row").fill("3");
        pick.fill(first.minusDays(1).format(PICKER));
        admin.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(admin.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("busy then")))
                .containsText("On " + first.toLocalDate() + ": ");
        assertThat(showtimesOn(adminApi, movie.getString("id"), first.toLocalDate().minusDays(1))).isEmpty();
        LocalDateTime runStart = first.plusDays(7);
        pick.fill(runStart.format(PICKER));
        admin.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("3 showtimes scheduled")))
                .hasText("3 showtimes scheduled, daily at 06:00 from " + runStart.toLocalDate() + " to "
                        + runStart.toLocalDate().plusDays(2) + ".");
        for (int day = 0; day < 3; day++) {
            List<JsonObject> onDay = showtimesOn(adminApi, movie.getString("id"), runStart.toLocalDate().plusDays(day));
            assertThat(onDay).as("day %d of the run", day).hasSize(1);
            assertThat(onDay.get(0).getString("auditoriumId")).isEqualTo(auditoriumOption);
            assertThat(OffsetDateTime.parse(onDay.get(0).getString("startsAt")).toInstant())
                    .isEqualTo(runStart.plusDays(day).atZone(ZoneId.of(timeZone)).toInstant());
        }
        assertThat(admin.getByLabel("Days in a row")).hasValue("1");

        // 4. A coupon: a fixed amount off, once per customer.
        String code = "JRN" + run;
        admin.navigate("/#/admin/coupons");
        Locator couponForm = admin.getByTestId("coupon-form");
        couponForm.getByLabel("Code").fill(code);
        couponForm.getByLabel("Description").fill("Admin journey " + run);
        couponForm.getByLabel("Discount type").selectOption("FIXED");
        couponForm.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill(String.valueOf(COUPON_CENTS));
        couponForm.getByLabel("Uses per customer").fill("1");
        couponForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create coupon")).click();
        Locator couponRow = admin.locator("[data-coupon-code='" + code + "']");
        assertThat(couponRow).containsText("£2.00");
        assertThat(couponRow.locator("td").nth(2)).hasText("0");
        checked(admin, "coupons");

        // 5. A customer, in a browser of their own, buys one seat of the first showtime with the coupon.
        Customer customer = Customer.register();
        String bookingId = buyWithCoupon(customer, firstId, code);
        JsonObject bought = customer.booking(bookingId);
        assertThat(bought.getString("status")).isEqualTo("CONFIRMED");
        assertThat(bought.getString("couponCode")).isEqualTo(code);
        assertThat(bought.getInt("subtotalCents")).isEqualTo(PRICE_CENTS);
        assertThat(bought.getInt("discountCents")).isEqualTo(COUPON_CENTS);
        int paid = bought.getInt("totalCents");
        assertThat(paid).isEqualTo(PRICE_CENTS - COUPON_CENTS);

        // The page is still on #/admin/coupons: the same address is no navigation (no hashchange), so reload it.
        admin.reload();
        assertThat(admin.locator("[data-coupon-code='" + code + "'] td").nth(2)).hasText("1");

        Figures afterPurchase = dashboard(admin, today);
        assertThat(afterPurchase.minus(before)).as("the purchase").isEqualTo(new Figures(1, 1, paid, 0));
        // The show day's occupancy per showtime: the seat sold of the auditorium's 34.
        Locator sold = showtimeRow(admin, first.toLocalDate(), firstId);
        assertThat(sold.locator("td").nth(0)).hasText(title);
        assertThat(sold.locator("td").nth(1)).hasText(cinemaName);
        assertThat(sold.locator("td").nth(2)).hasText("1");
        assertThat(sold.locator("td").nth(3)).hasText("34");

        // 6. The admin refunds it, with a reason, on the bookings screen.
        // At the desk the customer quotes the code on their ticket, in whatever case.
        admin.navigate("/#/admin/bookings");
        admin.getByLabel("Booking code").fill(bought.getString("code").toLowerCase());
        admin.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(admin.getByText("1 booking, page 1 of 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(admin.getByTestId("admin-booking-row")).hasAttribute("data-booking-code", bought.getString("code"));
        admin.navigate("/#/admin/bookings?showtimeId=" + firstId);
        Locator row = admin.locator("[data-booking-code='" + bought.getString("code") + "']");
        assertThat(row.getByTestId("booking-status")).hasAttribute("data-status", "CONFIRMED");
        // Staff see who bought it by name and e-mail, and reach all of that customer's bookings from there.
        assertThat(row.getByTestId("booking-customer")).containsText("Checkout Fan");
        assertThat(row.getByTestId("booking-customer")).containsText(customer.email);
        row.getByTestId("booking-customer").getByRole(AriaRole.LINK).click();
        admin.waitForURL(Pattern.compile(".*#/admin/bookings\\?userId=\\d+$"));
        assertThat(admin.getByLabel("Customer id")).hasValue(bought.getString("userId"));
        assertThat(admin.getByTestId("admin-booking-row")).hasCount(1);
        assertThat(admin.getByText("1 booking, page 1 of 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(admin.getByTestId("booking-customer")).containsText(customer.email);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(bought.getString("code"))).click();
        Locator detail = admin.locator("#detail-" + bookingId);
        detail.getByLabel("Refund reason").fill("Projector fault, journey " + run);
        checked(admin, "booking-detail");
        detail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setExact(true)
                .setName("Refund £" + String.format("%d.%02d", paid / 100, paid % 100))).click();
        assertThat(row.getByTestId("booking-status")).hasAttribute("data-status", "REFUNDED");
        JsonObject refunded = customer.booking(bookingId);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonObject("payment").getInt("refundedCents")).isEqualTo(paid);

        // The customer says they were charged: from the booking, staff open all its payment attempts.
        String paymentId = refunded.getJsonObject("payment").getString("id");
        String bookingCode = bought.getString("code");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(bookingCode)).click();
        detail.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("All payment attempts")).click();
        admin.waitForURL(Pattern.compile(".*#/admin/payments\\?code=" + bookingCode + "$"));
        assertThat(admin.getByLabel("Booking code")).hasValue(bookingCode);
        assertThat(admin.getByText("1 payment, page 1 of 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        Locator paymentRow = admin.locator("[data-payment-id='" + paymentId + "']");
        assertThat(paymentRow.locator("[data-status]")).hasAttribute("data-status", "REFUNDED");
        assertThat(paymentRow.getByTestId("payment-booking")).containsText(bookingCode);
        assertThat(paymentRow.getByTestId("payment-booking")).containsText(title);
        paymentRow.getByRole(AriaRole.BUTTON).click();
        Locator paymentDetail = admin.locator("#payment-detail-" + paymentId);
        assertThat(paymentDetail.locator("dt:text-is('Booking') + dd")).containsText(bookingCode);
        assertThat(paymentDetail.locator("dt:text-is('Customer') + dd")).containsText(customer.email);
        assertThat(paymentDetail.locator("dt:text-is('Showtime') + dd")).containsText(title);
        assertThat(paymentDetail.locator("dt:text-is('Net') + dd")).hasText("£0.00");
        assertThat(paymentDetail.locator("dt:text-is('Refunded') + dd")).hasText("£" + String.format("%d.%02d", paid / 100, paid % 100));

        // On the phone the customer reads out the receipt number: lower case, with spaces, without "RC".
        String receipt = refunded.getJsonObject("payment").getString("receiptNumber");
        admin.navigate("/#/admin/payments");
        Locator receiptBox = admin.getByLabel("Receipt number");
        receiptBox.fill("RC-0000-1111");
        admin.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(receiptBox).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(admin.locator("#f-receipt-error")).containsText("RC-7KQ4-9XZ2");
        receiptBox.fill(receipt.substring(3).replace('-', ' ').toLowerCase(java.util.Locale.ROOT));
        admin.getByRole(AriaRole.BUTTON, named("Filter")).click();
        assertThat(admin.getByText("1 payment, page 1 of 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(receiptBox).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(admin.locator("[data-payment-id]")).hasAttribute("data-payment-id", paymentId);
        // Its booking code leads back to the booking.
        admin.locator("[data-payment-id='" + paymentId + "']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Booking " + bookingCode)).click();
        admin.waitForURL(Pattern.compile(".*#/admin/bookings\\?code=" + bookingCode + "$"));
        assertThat(admin.getByTestId("admin-booking-row")).hasAttribute("data-booking-code", bookingCode);
        admin.navigate("/#/admin/payments?code=" + bookingCode);
        admin.locator("[data-payment-id='" + paymentId + "']").getByRole(AriaRole.BUTTON).click();
        checked(admin, "payments");

        Figures afterRefund = dashboard(admin, today);
        assertThat(afterRefund.minus(before)).as("the purchase, then its refund").isEqualTo(new Figures(0, 0, 0, paid));
        checked(admin, "dashboard");

        // 7. Each export of the dashboard's period, downloaded and parsed.
        Map<String, CSVRecord> bookings = export(admin, "bookings", "bookingId");
        CSVRecord booking = bookings.get(bookingId);
        assertThat(booking).as("the bookings export holds the booking").isNotNull();
        assertThat(booking.get("status")).isEqualTo("REFUNDED");
        assertThat(booking.get("couponCode")).isEqualTo(code);
        assertThat(booking.get("discountCents")).isEqualTo(String.valueOf(COUPON_CENTS));
        assertThat(booking.get("totalCents")).isEqualTo(String.valueOf(paid));
        assertThat(booking.get("movieTitle")).isEqualTo(title);
        assertThat(booking.get("cinemaName")).isEqualTo(cinemaName);

        CSVRecord payment = export(admin, "payments", "paymentId").get(paymentId);
        assertThat(payment).as("the payments export holds the payment").isNotNull();
        assertThat(payment.get("bookingId")).isEqualTo(bookingId);
        assertThat(payment.get("bookingCode")).isEqualTo(bookingCode);
        assertThat(payment.get("status")).isEqualTo("REFUNDED");
        assertThat(payment.get("amountCents")).isEqualTo(String.valueOf(paid));
        assertThat(payment.get("refundedCents")).isEqualTo(String.valueOf(paid));
        assertThat(payment.get("netCents")).isEqualTo("0");

        // Occupancy is per showtime starting in the period: the show day's. The refund freed the seat.
        admin.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(first.toLocalDate().toString());
        admin.getByLabel("To (included)").fill(first.toLocalDate().toString());
        Map<String, CSVRecord> occupancy = export(admin, "occupancy", "showtimeId");
        for (String id : List.of(firstId, secondId)) { // the second, moved, is still on the show day
            CSVRecord shown = occupancy.get(id);
            assertThat(shown).as("the occupancy export holds showtime " + id).isNotNull();
            assertThat(shown.get("movieTitle")).isEqualTo(title);
            assertThat(shown.get("capacity")).isEqualTo("34");
            assertThat(shown.get("seatsSold")).isEqualTo("0");
        }

        // 8. Cancelling the moved showtime, which a customer has a seat of, says one booking will be refunded.
        JsonObject secondBooking = customer.buy(secondId, 1);
        admin.navigate("/#/admin/scheduler");
        admin.locator("#sched-auditorium").selectOption(auditoriumOption);
        pick = admin.getByLabel("Start (local time)");
        pick.fill(moved.plusHours(6).format(PICKER)); // brings the show week up
        admin.getByRole(AriaRole.BUTTON, named("Cancel the " + moved.format(HHMM) + " showtime of " + title)).click();
        Locator confirm = admin.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Confirm cancellation"));
        assertThat(confirm).containsText("1 confirmed booking will be refunded in full.");
        checked(admin, "scheduler-cancel");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel showtime and refund")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Cancelled; 1 booking refunded."))).isVisible();
        assertThat(weekItems(admin, moved.toLocalDate())).hasCount(1);
        assertThat(customer.booking(secondBooking.getString("id")).getString("status")).isEqualTo("REFUNDED");
        assertThat(consoleErrors).isEmpty();
    }

    /** The movie's showtimes on a day (the cinema's calendar), through the gateway. */
    private static List<JsonObject> showtimesOn(GraphQlHttp api, String movieId, LocalDate day) {
        return GraphQlHttp.dataWithoutErrors(api.post("query($m: ID, $d: Date) { showtimes(movieId: $m, date: $d) {"
                + " id auditoriumId startsAt } }", Map.of("m", movieId, "d", day.toString())))
                .getJsonArray("showtimes").getValuesAs(JsonObject.class);
    }

    /** Schedules one showtime through the form after checking the preview; answers its id from the week view. */
    private String schedule(Page admin, LocalDateTime start, LocalDateTime end, String previewSays) {
        admin.getByLabel("Start (local time)").fill(start.format(PICKER));
        assertThat(admin.getByTestId("overlap-preview")).containsText(previewSays);
        admin.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        Locator item = weekItems(admin, start.toLocalDate())
                .filter(new Locator.FilterOptions().setHasText(start.format(HHMM) + "\u2013" + end.format(HHMM)));
        assertThat(item).hasCount(1);
        return item.getAttribute("data-showtime-id");
    }

    /** The showtimes the week view lists, once it shows the week of {@code day}. */
    private static Locator weekItems(Page admin, LocalDate day) {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        return admin.locator("[data-testid=week-view][data-week='" + monday + "'] li[data-showtime-id]");
    }

    /** The portal, in a second browser: one seat, signing in on the way, the coupon, a card. Answers the booking id. */
    private String buyWithCoupon(Customer customer, String showtimeId, String code) {
        Page page = newPage();
        page.navigate("/#/showtimes/" + showtimeId);
        Locator available = page.locator("[role=gridcell][data-status='AVAILABLE']");
        available.first().click();
        page.getByRole(AriaRole.BUTTON, named("Hold 1 seat")).click();
        page.waitForURL("**/#/signin?next=*");
        signIn(page, customer.email, Customer.PASSWORD);
        page.waitForURL("**/#/showtimes/" + showtimeId);
        page.getByRole(AriaRole.BUTTON, named("Hold 1 seat")).click();
        page.getByRole(AriaRole.LINK, named("Continue to checkout")).click();
        page.waitForURL("**/#/checkout/*");
        page.getByLabel("Coupon code").fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, named("Apply")).click();
        assertThat(page.getByTestId("coupon-applied")).containsText(code);
        assertThat(page.getByTestId("discount")).hasText("−£2.00");
        page.getByLabel("Card number").fill(Customer.GOOD_CARD);
        page.getByLabel("Expiry (MM/YY)").fill("12/" + (OffsetDateTime.now().getYear() + 3) % 100);
        page.getByLabel("Security code").fill("123");
        page.getByLabel("Name on card").fill("Journey Fan");
        checked(page, "customer-checkout");
        page.getByTestId("pay").click();
        page.waitForURL("**/#/bookings/*?confirmed=1");
        Matcher id = Pattern.compile("#/bookings/([^/?]+)").matcher(page.url());
        assertThat(id.find()).as(page.url()).isTrue();
        return id.group(1);
    }

    /** The dashboard's figures for one day, read off the screen once it shows that day. */
    private static Figures dashboard(Page admin, LocalDate day) {
        admin.navigate("/#/admin");
        admin.getByTestId("figures").waitFor();
        admin.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        admin.getByLabel("To (included)").fill(day.toString());
        admin.getByRole(AriaRole.BUTTON, named("Show")).click();
        Locator figures = admin.locator("[data-testid=figures][data-period='" + day + "/" + day + "']");
        figures.waitFor();
        return new Figures(Integer.parseInt(figures.getByTestId("bookings-confirmed").innerText().trim()),
                Integer.parseInt(figures.getByTestId("tickets-sold").innerText().trim()),
                gbpCents(figures.getByTestId("revenue").innerText()), gbpCents(figures.getByTestId("refunded").innerText()));
    }

    /** The dashboard's per-showtime row of a showtime starting on {@code day}, paging on until it shows. */
    private static Locator showtimeRow(Page admin, LocalDate day, String showtimeId) {
        admin.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        admin.getByLabel("To (included)").fill(day.toString());
        admin.getByRole(AriaRole.BUTTON, named("Show")).click();
        admin.locator("[data-testid=figures][data-period='" + day + "/" + day + "']").waitFor();
        Locator table = admin.getByTestId("showtime-table");
        for (int page = 1; ; page++) {
            assertThat(table.locator("caption")).containsText("page " + page + " of ");
            Locator row = table.locator("tr[data-showtime-id='" + showtimeId + "']");
            if (row.count() == 1) {
                return row;
            }
            Locator next = admin.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Showtime pages"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next"));
            assertThat(next.isEnabled()).as("showtime " + showtimeId + " on the dashboard of " + day).isTrue();
            next.click();
        }
    }

    /** The GBP amount of a "£12.50 · €3.00" figure in cents ("—": nothing). */
    private static long gbpCents(String text) {
        Matcher m = GBP.matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) * 100 + Integer.parseInt(m.group(2)) : 0;
    }

    /** Downloads one export of the dashboard's period and answers its rows by one column. */
    private static Map<String, CSVRecord> export(Page admin, String report, String key) throws IOException {
        Download download = admin.waitForDownload(() -> admin.getByTestId("export-" + report).click());
        assertThat(download.suggestedFilename()).startsWith(report + "-").endsWith(".csv");
        try (Reader reader = Files.newBufferedReader(download.path());
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            List<CSVRecord> records = csv.getRecords();
            records.forEach(r -> assertThat(r.isConsistent()).as(report + " row " + r.getRecordNumber()).isTrue());
            return records.stream().collect(Collectors.toMap(r -> r.get(key), Function.identity(), (a, b) -> a));
        }
    }

    private static GraphQlHttp adminApi() {
        GraphQlHttp gateway = new GraphQlHttp(ShowtimeFixture.GATEWAY);
        String token = Customer.data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                Map.of("e", ADMIN_EMAIL, "p", ADMIN_PASSWORD)), "login").getString("accessToken");
        return gateway.withBearer(token);
    }

    private static byte[] httpBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ShowtimeFixture.GATEWAY + path)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d3557));
        g.fillRect(0, 0, 120, 180);
        g.setColor(new Color(0xe63946));
        g.fillOval(20, 50, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    /** The dashboard's headline figures for a period: GBP amounts in cents. */
    record Figures(int bookingsConfirmed, int ticketsSold, long revenueCents, long refundedCents) {
        Figures minus(Figures earlier) {
            return new Figures(bookingsConfirmed - earlier.bookingsConfirmed, ticketsSold - earlier.ticketsSold,
                    revenueCents - earlier.revenueCents, refundedCents - earlier.refundedCents);
        }
    }
}
