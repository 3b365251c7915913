package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.MailParts;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static com.cinema.movie.it.MovieTestData.adminToken;
import static com.cinema.movie.it.MovieTestData.createMovie;
import static com.cinema.movie.it.MovieTestData.data;
import static com.cinema.movie.it.MovieTestData.uniqueTitle;
import static com.cinema.movie.it.MovieTestData.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail that tells a review's author staff removed it (ADR 0028), on the movie service's own server: queued with
 * the removal, the address asked of the user service (played here by a {@link GraphQlStub} on the port the pom gives
 * the server as cinema.services.user.url) with the movie service's own SERVICE token, written as an .eml file (the
 * server has no SMTP host), sent once; none to a closed account; delayed, not lost, while the user service is down.
 */
@MicroShedTest
// The outage comes last: by then the service's own token is held, so the outage is the address lookup's alone.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewRemovalNoticeIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final Path MAIL = Path.of(System.getProperty("movie.it.mail.dir", "target/it-mail"));
    private static final String SERVICE_TOKEN = "movie-service-token-played-by-the-stub";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Customers whose account is closed: the user service answers no contact for them. */
    private static final Set<String> CLOSED = ConcurrentHashMap.newKeySet();
    private static GraphQlStub users;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp admin = graphql.withBearer(adminToken());
    /** Customers of their own: the test database outlives a run. */
    private final int base = 91_000_000 + ThreadLocalRandom.current().nextInt(8_000_000);

    @BeforeAll
    static void playTheUserService() throws IOException {
        // An earlier run on the other database numbered its reviews from 1 too: its e-mails must not pass as ours.
        if (Files.isDirectory(MAIL)) {
            try (Stream<Path> files = Files.list(MAIL)) {
                for (Path old : files.filter(f -> f.getFileName().toString().startsWith("review-")).toList()) {
                    Files.delete(old);
                }
            }
        }
        users = GraphQlStub.start(StubPorts.port("stub.user.service.port", StubPorts.MOVIE_USER))
                .on("serviceToken", call -> Json.createObjectBuilder().add("accessToken", SERVICE_TOKEN)
                        .add("expiresIn", 900).build())
                .on("contactPreferences", call -> CLOSED.contains(call.variable("userId")) ? JsonValue.NULL
                        : Json.createObjectBuilder().add("userId", call.variable("userId"))
                        .add("email", "u" + call.variable("userId") + "@cinema.test").addNull("phone")
                        .add("smsOptIn", false).add("reminders", true).build());
    }

    @AfterAll
    static void stopTheUserService() {
        if (users != null) {
            users.close();
        }
    }

    /** A review by customer {@code author} of a new movie, removed by staff with {@code reason}; returns its id. */
    private String removedReview(String author, String title, String comment, String reason) {
        String movieId = createMovie(admin, title).getString("id");
        String reviewId = data(graphql.withBearer(userToken(author, "Customer " + author)).post(
                "mutation($m: ID!, $c: String) { addReview(movieId: $m, rating: 2, comment: $c) { id } }",
                Map.of("m", movieId, "c", comment)), "addReview").getString("id");
        data(admin.post("mutation($id: ID!, $r: String!) { removeReview(reviewId: $id, reason: $r) { id } }",
                Map.of("id", reviewId, "r", reason)), "removeReview");
        return reviewId;
    }

    /** The removal e-mail of review {@code reviewId} as its author reads it in myReviews. */
    private JsonObject removalEmail(String author, String reviewId) {
        return graphql.withBearer(userToken(author, "Customer " + author))
                .post("{ myReviews { id status removalEmail { status queuedAt sentAt } } }", Map.of())
                .getJsonObject("data").getJsonArray("myReviews").getValuesAs(JsonObject.class).stream()
                .filter(review -> reviewId.equals(review.getString("id")))
                .findFirst().orElseThrow().getJsonObject("removalEmail");
    }

    private static Path eml(String reviewId) {
        return MAIL.resolve("review-" + reviewId + ".removed@cinema.movie.eml");
    }

    private static long contactCalls(String userId) {
        return users.calls("contactPreferences").stream().filter(c -> userId.equals(c.variable("userId"))).count();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Order(1)
    void theAuthorOfARemovedReviewIsToldWhyByEmailOnce() throws Exception {
        String author = String.valueOf(base + 1);
        String title = uniqueTitle();
        String reviewId = removedReview(author, title, "The twist: <b>it was all a dream</b>.",
                "Gives away the ending.");

        await("the removal e-mail", () -> Files.exists(eml(reviewId)));
        MimeMessage mail = MailParts.readEml(eml(reviewId));
        assertThat(mail.getRecipients(MimeMessage.RecipientType.TO))
                .containsExactly(new InternetAddress("u" + author + "@cinema.test"));
        assertThat(mail.getSubject()).isEqualTo("Your review of " + title + " was removed");
        assertThat(MailParts.text(mail)).startsWith("Hello Customer " + author + ",")
                .contains("Your review: ★★☆☆☆ (2 of 5) “The twist: <b>it was all a dream</b>.”")
                .contains("Why it was removed: Gives away the ending.")
                .contains("https://portal.example.test/#/profile");
        assertThat(Jsoup.parse(MailParts.html(mail)).select("a").eachAttr("href"))
                .containsExactly("https://portal.example.test/#/profile");

        // Asked with the movie service's own SERVICE token, never a person's.
        assertThat(users.calls("contactPreferences").stream().filter(c -> author.equals(c.variable("userId"))))
                .allSatisfy(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer " + SERVICE_TOKEN));
        // Sent once: later rounds (every 0.5 s here) leave it alone.
        Thread.sleep(2_000);
        assertThat(contactCalls(author)).isEqualTo(1);

        // The author reads when it was sent among their reviews (the profile, the data export).
        JsonObject email = removalEmail(author, reviewId);
        assertThat(email.getString("status")).isEqualTo("SENT");
        Instant queued = Instant.parse(email.getString("queuedAt"));
        assertThat(Instant.parse(email.getString("sentAt"))).isAfterOrEqualTo(queued.minusSeconds(1))
                .isBefore(Instant.now().plusSeconds(5));
        assertThat(email.getString("queuedAt")).endsWith("Z");
    }

    @Test
    @Order(2)
    void anAuthorWhoseAccountIsClosedGetsNoEmailAndIsNotAskedAgain() throws Exception {
        String author = String.valueOf(base + 2);
        CLOSED.add(author);
        String reviewId = removedReview(author, uniqueTitle(), "Meh.", "Spam.");

        await("the user service asked for the author", () -> contactCalls(author) > 0);
        Thread.sleep(2_000);
        assertThat(eml(reviewId)).doesNotExist();
        assertThat(contactCalls(author)).as("skipped for good").isEqualTo(1);
        JsonObject email = removalEmail(author, reviewId);
        assertThat(email.getString("status")).isEqualTo("SKIPPED");
        assertThat(email.isNull("sentAt")).isTrue();
    }

    @Test
    @Order(3)
    void whileTheUserServiceIsDownTheEmailWaitsAndGoesOnceItAnswers() throws Exception {
        String author = String.valueOf(base + 3);
        users.failWith(503);
        try {
            String reviewId = removedReview(author, uniqueTitle(), "Rubbish.", "Offensive to staff.");

            await("an attempt at the author's address", () -> contactCalls(author) > 0);
            assertThat(eml(reviewId)).doesNotExist();
            JsonObject waiting = removalEmail(author, reviewId);
            assertThat(waiting.getString("status")).as("a failed attempt is tried again").isEqualTo("PENDING");
            assertThat(waiting.isNull("sentAt")).isTrue();
            users.recover();
            await("the removal e-mail after the outage", () -> Files.exists(eml(reviewId)));
            await("the e-mail shown as sent", () -> "SENT".equals(removalEmail(author, reviewId).getString("status")));
            assertThat(MailParts.text(MailParts.readEml(eml(reviewId)))).contains("Offensive to staff.");
        } finally {
            users.recover();
        }
    }
}
