package com.cinema.system.browser;

import com.cinema.system.PlatformExtension;
import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MailParts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews reported by customers and moderated by staff, in Debian's Chromium at 1280 px against the whole platform:
 * a customer posts a review; another reports it (the form wants a note for "Something else" before anything is sent),
 * and has no Report button on a review of their own, nor has anyone signed out; the demo admin finds it under
 * Admin › Reviews with its report and note, is asked for a reason to remove it (refused on the field when empty),
 * and removes it; the public page no longer shows it, while its author is told why by e-mail (whose button leads to
 * their reviews) and sees it in their profile, deletes it and writes a new one.
 * The admin Reviews screen and the movie page with the report form open pass axe-core.
 */
@ExtendWith(PlatformExtension.class)
@Order(59)
class ReviewModerationBrowserIT {

    private static final String ADMIN_EMAIL = "admin@cinema.test";
    private static final String ADMIN_PASSWORD = "Admin-Demo-2026!";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession("failed-reviews-");

    private final List<String> consoleErrors = session.consoleErrors();

    /**
     * A browser at 1280 px on {@code route}, with axe-core as an init script: the page keeps the gateway's real
     * Content-Security-Policy (script-src 'self'), which would refuse the inline script tag BrowserKit adds otherwise.
     */
    private Page open(String route) {
        BrowserContext context = session.context(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL(ShowtimeFixture.GATEWAY).setReducedMotion(ReducedMotion.REDUCE));
        context.addInitScript(Paths.get(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js")));
        Page page = session.page(context);
        page.navigate("/" + route);
        return page;
    }

    /** Signs in on the sign-in page the app sent the visitor to, and waits to be back. */
    private static void signIn(Page page, String email, String password) {
        page.waitForURL("**/#/signin*");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByTestId("signed-in-as").waitFor();
    }

    /** A customer on the movie's page, signed in by way of its "Sign in to write a review" link. */
    private Page customerOnMovie(Customer customer, String movieId) {
        Page page = open("#/movies/" + movieId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to write a review")).click();
        signIn(page, customer.email, Customer.PASSWORD);
        page.waitForURL("**/#/movies/" + movieId);
        reviewsLoaded(page);
        return page;
    }

    /** Waits until the movie page's reviews (and, signed in, the visitor's own) have been read. */
    private static void reviewsLoaded(Page page) {
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reviews").setExact(true)).waitFor();
        // the list and the visitor's own review are drawn together, once both answers are in
        page.locator("[data-testid=review-list], #app p:text-is('No reviews yet. Be the first!')").first().waitFor();
    }

    /** The review in the movie page's public list whose comment is {@code comment}. */
    private static Locator publicReview(Page page, String comment) {
        return page.getByTestId("review-list").locator("li").filter(new Locator.FilterOptions().setHasText(comment));
    }

    /** A movie now showing that neither fresh customer has reviewed (they have reviewed nothing): the catalogue's last. */
    private static JsonObject demoMovie() {
        List<JsonObject> showing = GraphQlHttp.dataWithoutErrors(new GraphQlHttp(ShowtimeFixture.GATEWAY).post(
                "{ movies(filter: {status: \"NOW_SHOWING\"}, size: 100) { items { id title } } }"))
                .getJsonObject("movies").getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(showing).as("demo movies now showing").isNotEmpty();
        return showing.get(showing.size() - 1);
    }

    /** The e-mail telling {@code to} their review was removed, once the movie service has sent it (every 5 s). */
    private static MimeMessage removalMailTo(String to) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Optional<Path> found = Optional.empty();
            if (Files.isDirectory(PlatformExtension.mailDir())) {
                try (Stream<Path> files = Files.list(PlatformExtension.mailDir())) {
                    found = files.filter(f -> f.getFileName().toString().matches("review-\\d+\\.removed@cinema\\.movie\\.eml"))
                            .filter(f -> read(f).contains("To: " + to)).findFirst();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (found.isPresent()) {
                return MailParts.readEml(found.get());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no review removal e-mail to " + to + " in " + PlatformExtension.mailDir());
            }
            Thread.sleep(250);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReportedReviewIsRemovedByStaffAndItsAuthorDeletesItAndWritesANewOne() throws Exception {
        JsonObject movie = demoMovie();
        String movieId = movie.getString("id");
        String title = movie.getString("title");
        Customer author = Customer.register("Ada Reviewer");
        Customer reporter = Customer.register("Ben Reporter");
        String comment = "Spoils the twist " + UUID.randomUUID().toString().substring(0, 8);
        String note = "Names the killer in the first sentence";
        String reason = "It gives away the ending; please write it again without the twist.";

        // 1. The author posts a review through the page; their own has no Report button.
        Page writer = customerOnMovie(author, movieId);
        writer.getByLabel("Your rating").selectOption("2");
        writer.getByLabel("Comment (optional)").fill(comment);
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review")).click();
        assertThat(writer.getByText("Thanks! Your review is posted.")).isVisible();
        assertThat(writer.getByTestId("my-review")).containsText(comment);
        assertThat(writer.getByTestId("my-review")).hasAttribute("data-status", "PUBLISHED");
        assertThat(writer.getByTestId("delete-my-review")).isVisible();
        assertThat(publicReview(writer, comment)).hasCount(1);
        assertThat(publicReview(writer, comment).getByTestId("report-review")).hasCount(0);

        // Signed out, the review shows without any Report button.
        Page visitor = open("#/movies/" + movieId);
        reviewsLoaded(visitor);
        assertThat(publicReview(visitor, comment)).hasCount(1);
        assertThat(visitor.getByTestId("report-review")).hasCount(0);
        assertThat(visitor.getByTestId("my-review")).hasCount(0);

        // 2. Another customer reports it: "Something else" needs a note, refused before anything is sent.
        Page other = customerOnMovie(reporter, movieId);
        Locator reported = publicReview(other, comment);
        reported.getByTestId("report-review").click();
        assertThat(reported.getByTestId("report-review")).hasAttribute("aria-expanded", "true");
        reported.getByTestId("report-reason").selectOption("OTHER");
        assertThat(reported.getByLabel("Note (required)")).isVisible();
        reported.getByTestId("report-submit").click();
        Locator noteField = reported.getByTestId("report-note");
        assertThat(noteField).hasAttribute("aria-invalid", "true");
        assertThat(noteField).isFocused();
        assertThat(reported.locator("[id$='-note-error']")).hasText("Please say in the note what is wrong with this review.");
        assertThat(reported.getByTestId("report-result")).isEmpty();
        BrowserKit.assertNoSeriousViolations(other, "the movie page with the report form open");
        BrowserKit.screenshot(other, "review-report-form-1280");

        noteField.fill(note);
        reported.getByTestId("report-submit").click();
        assertThat(reported.getByTestId("report-result")).hasText("Thanks. Our staff will look at this review.");
        assertThat(noteField).hasCount(0);
        assertThat(reported.getByTestId("report-review")).isHidden();
        BrowserKit.screenshot(other, "review-reported-1280");
        // Coming back, the reporter reads what became of the report instead of a second Report button.
        other.reload();
        reviewsLoaded(other);
        assertThat(publicReview(other, comment).getByTestId("reported-by-me"))
                .hasText(Pattern.compile("^You reported this review on \\w{3} \\d{1,2} \\w{3}; our staff will look at it\\.$"));
        assertThat(publicReview(other, comment).getByTestId("report-review")).hasCount(0);

        // 3. Staff find it under Admin › Reviews with its one report and the note.
        Page admin = open("#/signin");
        signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.getByTestId("admin-menu").click();
        admin.waitForURL("**/#/admin");
        admin.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Admin"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reviews").setExact(true)).click();
        admin.waitForURL("**/#/admin/reviews");
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reviews").setLevel(1))).isVisible();
        Locator item = admin.getByTestId("reported-review").filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(item).hasCount(1);
        assertThat(item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)))
                .hasAttribute("href", "#/movies/" + movieId);
        assertThat(item.getByRole(AriaRole.HEADING)).containsText("Ada Reviewer");
        assertThat(item.getByTestId("report-count")).hasText(Pattern.compile("^1 report \u00b7 first "));
        assertThat(item.getByTestId("open-report")).hasCount(1);
        assertThat(item.getByTestId("open-report")).hasAttribute("data-reason", "OTHER");
        assertThat(item.getByTestId("open-report")).containsText("Something else");
        assertThat(item.getByTestId("open-report")).containsText(note);
        BrowserKit.assertNoSeriousViolations(admin, "admin reviews");
        BrowserKit.screenshot(admin, "admin-reviews-1280");

        // Removing asks for the reason its author will see: none is refused on the field.
        item.getByTestId("remove-review").click();
        Locator reasonField = item.getByTestId("removal-reason");
        assertThat(reasonField).isFocused();
        item.getByTestId("confirm-remove-review").click();
        assertThat(reasonField).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(item.locator("[data-error-for=reason]")).hasText("Please give a reason: the review\u2019s author will see it.");
        BrowserKit.assertNoSeriousViolations(admin, "admin reviews, removal reason asked for");
        BrowserKit.screenshot(admin, "admin-reviews-remove-1280");
        reasonField.fill(reason);
        item.getByTestId("confirm-remove-review").click();
        assertThat(admin.getByTestId("review-moderation-result"))
                .hasText("Ada Reviewer\u2019s review of " + title + " is removed: only its author sees it now, with your reason."
                        + " Its reports are closed.");
        assertThat(admin.getByTestId("reported-review").filter(new Locator.FilterOptions().setHasText(comment))).hasCount(0);
        BrowserKit.screenshot(admin, "admin-reviews-removed-1280");

        // 4. Signed out, the movie's page no longer shows it.
        visitor.reload();
        reviewsLoaded(visitor);
        assertThat(visitor.locator("#app")).not().containsText(comment);
        assertThat(visitor.getByTestId("report-review")).hasCount(0);

        // The reporter's profile lists the report with what staff made of it.
        other.navigate("/#/profile");
        Locator myReport = other.getByTestId("profile-report").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(myReport).hasAttribute("data-status", "UPHELD");
        assertThat(myReport.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)))
                .hasAttribute("href", "#/movies/" + movieId);
        assertThat(myReport.getByTestId("profile-report-outcome")).hasText(Pattern.compile(
                "^You reported it on \\w{3} \\d{1,2} \\w{3} \\(Something else\\); our staff removed it on \\w{3} \\d{1,2} \\w{3}\\.$"));
        BrowserKit.assertNoSeriousViolations(other, "the profile with a report staff upheld");

        // 5. Its author is told why by e-mail, with the review and staff's reason; as an HTML mail client shows it,
        // its button leads to their reviews in the portal (after signing in: a mail client's link opens a new tab).
        MimeMessage told = removalMailTo(author.email);
        assertThat(told.getSubject()).isEqualTo("Your review of " + title + " was removed");
        assertThat(MailParts.text(told)).startsWith("Hello Ada Reviewer,").contains(comment)
                .contains("Why it was removed: " + reason);
        Page inbox = open("#/");
        inbox.navigate("about:blank"); // a mail client's page, not the portal's: the link loads the portal anew
        inbox.setContent(MailParts.htmlAsShown(told));
        assertThat(inbox.locator("body")).containsText(reason);
        BrowserKit.assertNoSeriousViolations(inbox, "the review removal e-mail as HTML");
        BrowserKit.screenshot(inbox, "e-mail-review-removed-1280");
        inbox.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your reviews")).click();
        signIn(inbox, author.email, Customer.PASSWORD);
        inbox.waitForURL("**/#/profile");
        assertThat(inbox.getByTestId("profile-review").filter(new Locator.FilterOptions().setHasText(title)))
                .hasAttribute("data-status", "REMOVED");

        // It shows in their profile and on the movie's page; they delete it and write a new one, which everyone sees.
        writer.navigate("/#/profile");
        Locator ownInProfile = writer.getByTestId("profile-review").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(ownInProfile).hasAttribute("data-status", "REMOVED");
        assertThat(ownInProfile).containsText(comment);
        // the day as the portal writes days, then staff's reason as they gave it (read here: Java's quoting of the
        // reason is no JavaScript regular expression)
        assertThat(ownInProfile.getByTestId("profile-review-status").textContent())
                .matches("Our staff removed your review on \\w{3} \\d{1,2} \\w{3}: " + Pattern.quote(reason));
        // and that the e-mail above was sent (the movie service's own record of it, not the file found)
        assertThat(ownInProfile.getByTestId("profile-review-email"))
                .hasText(Pattern.compile("^We told you by e-mail on \\w{3} \\d{1,2} \\w{3}\\.$"));
        BrowserKit.assertNoSeriousViolations(writer, "the profile with a removed review");
        BrowserKit.screenshot(writer, "profile-reviews-removed-1280");
        ownInProfile.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
        writer.waitForURL("**/#/movies/" + movieId);
        reviewsLoaded(writer);
        Locator removed = writer.getByTestId("my-review-removed");
        assertThat(removed).containsText(reason);
        // the day as the portal writes days, then staff's reason as they gave it
        assertThat(removed.locator("p").first().textContent())
                .matches("Our staff removed your review on \\w{3} \\d{1,2} \\w{3}: " + Pattern.quote(reason));
        assertThat(removed).containsText("Delete it to write a new review of this movie.");
        assertThat(writer.getByTestId("my-review")).hasAttribute("data-status", "REMOVED");
        assertThat(publicReview(writer, comment)).hasCount(0);
        assertThat(writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review"))).isHidden();
        BrowserKit.assertNoSeriousViolations(writer, "the movie page with a removed own review");
        BrowserKit.screenshot(writer, "review-removed-1280");

        writer.getByTestId("delete-my-review").click();
        writer.getByTestId("confirm-delete-my-review").click();
        assertThat(writer.getByTestId("my-review-deleted")).hasText("Your review is deleted. You can write a new one.");
        assertThat(writer.getByTestId("my-review")).hasCount(0);
        String again = "Second thoughts, no spoilers " + UUID.randomUUID().toString().substring(0, 8);
        writer.getByLabel("Your rating").selectOption("4");
        writer.getByLabel("Comment (optional)").fill(again);
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review")).click();
        assertThat(writer.getByText("Thanks! Your review is posted.")).isVisible();
        assertThat(writer.getByTestId("my-review")).hasAttribute("data-status", "PUBLISHED");
        assertThat(publicReview(writer, again)).hasCount(1);
        BrowserKit.screenshot(writer, "review-written-again-1280");

        visitor.reload();
        reviewsLoaded(visitor);
        assertThat(publicReview(visitor, again)).hasCount(1);
        assertThat(visitor.locator("#app")).not().containsText(comment);
        assertThat(consoleErrors).isEmpty();
    }
}
