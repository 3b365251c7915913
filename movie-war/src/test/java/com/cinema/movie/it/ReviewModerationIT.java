package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static com.cinema.movie.it.MovieTestData.adminToken;
import static com.cinema.movie.it.MovieTestData.createMovie;
import static com.cinema.movie.it.MovieTestData.data;
import static com.cinema.movie.it.MovieTestData.uniqueTitle;
import static com.cinema.movie.it.MovieTestData.userToken;
import static com.cinema.testing.GraphQlHttp.dataWithoutErrors;
import static com.cinema.testing.GraphQlHttp.firstErrorCode;
import static com.cinema.testing.GraphQlHttp.firstErrorField;
import static com.cinema.testing.GraphQlHttp.firstErrorMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports and moderation of reviews (ADR 0024) on the movie service's own server: reports reach staff's queue, a
 * removal hides the review from everyone but its author (who is told why) and from the movie's count and average, a
 * kept review is reported again only after an edit, authors delete their own, every refusal changes nothing, and
 * concurrent reports, double submits and removals stay exact.
 */
@MicroShedTest
class ReviewModerationIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final String REVIEW_FIELDS = "id movieId userId authorName rating comment status removalReason removedAt";
    private static final String ADD = "mutation($m: ID!, $r: Int!, $c: String) { addReview(movieId: $m, rating: $r, comment: $c)"
            + " { " + REVIEW_FIELDS + " } }";
    private static final String REPORT = "mutation($id: ID!, $reason: ReviewReportReason!, $note: String) {"
            + " reportReview(reviewId: $id, reason: $reason, note: $note) { reviewId reason reportedAt } }";
    private static final String REMOVE = "mutation($id: ID!, $reason: String!) { removeReview(reviewId: $id, reason: $reason)"
            + " { " + REVIEW_FIELDS + " } }";
    private static final String KEEP = "mutation($id: ID!) { dismissReviewReports(reviewId: $id) }";
    private static final String DELETE = "mutation($id: ID!) { deleteMyReview(reviewId: $id) { " + REVIEW_FIELDS + " } }";
    private static final String QUEUE = "query($page: Int) { reportedReviews(page: $page, size: 100) { total page size"
            + " items { openReports firstReportedAt lastReportedAt review { " + REVIEW_FIELDS + " }"
            + " reports { reason note reporterId reportedAt } } } }";
    private static final String MOVIE = "query($id: ID!) { movie(id: $id) { averageRating reviewCount"
            + " reviews(size: 100) { total items { id userId comment status } } } }";
    private static final String MINE = "{ myReviews { " + REVIEW_FIELDS + " } }";
    private static final String MY_REPORTS = "{ myReviewReports { reviewId movieId reason note status reportedAt resolvedAt } }";

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp admin = graphql.withBearer(adminToken());

    /** Customers of their own: the test database outlives a run. */
    private final int base = 82_000_000 + ThreadLocalRandom.current().nextInt(9_000_000);

    private GraphQlHttp customer(int n) {
        return graphql.withBearer(userToken(String.valueOf(base + n), "Customer " + n));
    }

    private JsonObject review(int author, String movieId, int rating, String comment) {
        return data(customer(author).post(ADD, Map.of("m", movieId, "r", rating, "c", comment)), "addReview");
    }

    private static Map<String, Object> report(String reviewId, String reason, String note) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", reviewId, "reason", reason));
        if (note != null) {
            variables.put("note", note);
        }
        return variables;
    }

    private JsonObject movie(String id) {
        return data(graphql.post(MOVIE, Map.of("id", id)), "movie");
    }

    private List<String> publicComments(String movieId) {
        return movie(movieId).getJsonObject("reviews").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("comment")).toList();
    }

    /** The review's entry in staff's queue, looked for on every page (other runs' reports may wait there too). */
    private Optional<JsonObject> queued(String reviewId) {
        for (int page = 0; ; page++) {
            JsonObject answer = data(admin.post(QUEUE, Map.of("page", page)), "reportedReviews");
            List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
            Optional<JsonObject> found = items.stream()
                    .filter(item -> item.getJsonObject("review").getString("id").equals(reviewId)).findFirst();
            if (found.isPresent() || items.isEmpty()) {
                return found;
            }
        }
    }

    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The customer's report of the review, as myReviewReports tells them what became of it. */
    private JsonObject myReport(int reporter, String reviewId) {
        return dataWithoutErrors(customer(reporter).post(MY_REPORTS)).getJsonArray("myReviewReports")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("reviewId").equals(reviewId))
                .findFirst().orElseThrow(() -> new AssertionError("no report of review " + reviewId + " by " + reporter));
    }

    private List<JsonObject> mine(int author) {
        return dataWithoutErrors(customer(author).post(MINE)).getJsonArray("myReviews").getValuesAs(JsonObject.class);
    }

    @Test
    void reportsReachStaffAndARemovalHidesTheReviewFromEveryoneButItsAuthorWhoSeesWhyAndMayWriteAgain() {
        String movieId = createMovie(admin, uniqueTitle()).getString("id");
        JsonObject spoiler = review(1, movieId, 1, "The twist: the projectionist did it.");
        review(2, movieId, 5, "A joy from start to finish.");
        String reviewId = spoiler.getString("id");
        assertThat(spoiler.getString("status")).isEqualTo("PUBLISHED");
        assertThat(movie(movieId).getJsonNumber("averageRating").doubleValue()).isEqualTo(3.0);

        JsonObject receipt = data(customer(3).post(REPORT, report(reviewId, "SPOILERS", null)), "reportReview");
        assertThat(receipt.getString("reviewId")).isEqualTo(reviewId);
        assertThat(receipt.getString("reason")).isEqualTo("SPOILERS");
        assertThat(receipt.getString("reportedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
        data(customer(4).post(REPORT, report(reviewId, "OTHER", "  Gives the ending away in the first line. ")), "reportReview");
        // The same person again, while their report is open: it replaces their reason, it does not add a report. A
        // second later, so that it is the newest even where the database keeps whole seconds (MariaDB behind
        // MySQL Connector/J).
        sleepPastTheSecond();
        data(customer(3).post(REPORT, report(reviewId, "OFFENSIVE", null)), "reportReview");

        JsonObject entry = queued(reviewId).orElseThrow();
        assertThat(entry.getInt("openReports")).isEqualTo(2);
        assertThat(entry.getJsonObject("review").getString("comment")).isEqualTo("The twist: the projectionist did it.");
        List<JsonObject> reports = entry.getJsonArray("reports").getValuesAs(JsonObject.class);
        assertThat(reports).extracting(r -> r.getString("reporterId"))
                .as("newest first").containsExactly(String.valueOf(base + 3), String.valueOf(base + 4));
        assertThat(reports.get(0).getString("reason")).isEqualTo("OFFENSIVE");
        assertThat(reports.get(1).getString("reason")).isEqualTo("OTHER");
        assertThat(reports.get(1).getString("note")).isEqualTo("Gives the ending away in the first line.");
        assertThat(firstErrorCode(customer(3).post(QUEUE, Map.of("page", 0)))).as("a customer").isEqualTo("FORBIDDEN");
        JsonObject waiting = myReport(4, reviewId);
        assertThat(waiting.getString("status")).isEqualTo("OPEN");
        assertThat(waiting.getString("movieId")).isEqualTo(movieId);
        assertThat(waiting.getString("note")).isEqualTo("Gives the ending away in the first line.");
        assertThat(waiting.isNull("resolvedAt")).isTrue();
        assertThat(dataWithoutErrors(customer(2).post(MY_REPORTS)).getJsonArray("myReviewReports")).as("someone who reported nothing")
                .isEmpty();
        assertThat(firstErrorCode(graphql.post(MY_REPORTS))).isEqualTo("UNAUTHENTICATED");

        JsonObject blank = admin.post(REMOVE, Map.of("id", reviewId, "reason", "   "));
        assertThat(firstErrorCode(blank)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(blank)).isEqualTo("reason");
        assertThat(firstErrorCode(customer(3).post(REMOVE, Map.of("id", reviewId, "reason", "Spoiler"))))
                .as("a customer").isEqualTo("FORBIDDEN");
        assertThat(publicComments(movieId)).as("nothing changed by a refusal").hasSize(2);

        JsonObject removed = data(admin.post(REMOVE, Map.of("id", reviewId,
                "reason", " It gives away the ending, which our house rules do not allow. ")), "removeReview");
        assertThat(removed.getString("status")).isEqualTo("REMOVED");
        assertThat(removed.getString("removalReason")).isEqualTo("It gives away the ending, which our house rules do not allow.");
        assertThat(removed.getString("removedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");

        JsonObject after = movie(movieId);
        assertThat(after.getInt("reviewCount")).isEqualTo(1);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(5.0);
        assertThat(after.getJsonObject("reviews").getInt("total")).isEqualTo(1);
        assertThat(publicComments(movieId)).containsExactly("A joy from start to finish.");
        assertThat(queued(reviewId)).as("its reports are closed").isEmpty();
        for (int reporter : new int[] {3, 4}) {
            JsonObject decided = myReport(reporter, reviewId);
            assertThat(decided.getString("status")).as("reporter " + reporter + " is told").isEqualTo("UPHELD");
            assertThat(decided.getString("resolvedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
        }
        assertThat(myReport(3, reviewId).getString("reason")).as("their latest reason").isEqualTo("OFFENSIVE");
        JsonObject ownCopy = mine(1).stream().filter(r -> r.getString("id").equals(reviewId)).findFirst().orElseThrow();
        assertThat(ownCopy.getString("status")).isEqualTo("REMOVED");
        assertThat(ownCopy.getString("removalReason")).startsWith("It gives away the ending");

        JsonObject rewrite = customer(1).post(ADD, Map.of("m", movieId, "r", 2, "c", "Edited to sneak it back."));
        assertThat(firstErrorCode(rewrite)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(rewrite)).contains("removed by our staff").contains("It gives away the ending")
                .contains("Delete it");
        assertThat(firstErrorCode(admin.post(REMOVE, Map.of("id", reviewId, "reason", "Again")))).isEqualTo("CONFLICT");
        assertThat(firstErrorCode(customer(5).post(REPORT, report(reviewId, "SPAM", null)))).isEqualTo("CONFLICT");
        assertThat(mine(1)).filteredOn(r -> r.getString("id").equals(reviewId)).singleElement()
                .satisfies(r -> assertThat(r.getString("comment")).isEqualTo("The twist: the projectionist did it."));

        assertThat(firstErrorCode(customer(2).post(DELETE, Map.of("id", reviewId)))).as("someone else's")
                .isEqualTo("NOT_FOUND");
        JsonObject deleted = data(customer(1).post(DELETE, Map.of("id", reviewId)), "deleteMyReview");
        assertThat(deleted.getString("id")).isEqualTo(reviewId);
        assertThat(deleted.getString("status")).isEqualTo("REMOVED");
        assertThat(mine(1)).isEmpty();
        assertThat(firstErrorCode(customer(1).post(DELETE, Map.of("id", reviewId)))).as("a repeat").isEqualTo("NOT_FOUND");

        JsonObject fresh = review(1, movieId, 3, "Fine, once you know the ending.");
        assertThat(fresh.getString("id")).isNotEqualTo(reviewId);
        assertThat(fresh.getString("status")).isEqualTo("PUBLISHED");
        JsonObject finalMovie = movie(movieId);
        assertThat(finalMovie.getInt("reviewCount")).isEqualTo(2);
        assertThat(finalMovie.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
    }

    @Test
    void anAuthorDeletingAPublishedReviewTakesItOutOfTheAverageWithItsReports() {
        String movieId = createMovie(admin, uniqueTitle()).getString("id");
        String first = review(1, movieId, 2, "Too loud.").getString("id");
        review(2, movieId, 4, "Loved the score.");
        data(customer(3).post(REPORT, report(first, "SPAM", null)), "reportReview");
        assertThat(queued(first)).isPresent();

        data(customer(1).post(DELETE, Map.of("id", first)), "deleteMyReview");
        JsonObject after = movie(movieId);
        assertThat(after.getInt("reviewCount")).isEqualTo(1);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
        assertThat(queued(first)).isEmpty();
    }

    @Test
    void aKeptReviewIsReportedAgainByTheSamePersonOnlyOnceItsAuthorEditedIt() {
        String movieId = createMovie(admin, uniqueTitle()).getString("id");
        String reviewId = review(1, movieId, 2, "Not my kind of film.").getString("id");
        data(customer(3).post(REPORT, report(reviewId, "SPAM", null)), "reportReview");

        // Staff decide a second after the review was written, so that the decision is later even where the database
        // keeps whole seconds (an edit in the same second as the decision counts as after it).
        sleepPastTheSecond();
        assertThat(dataWithoutErrors(admin.post(KEEP, Map.of("id", reviewId))).getInt("dismissReviewReports")).isEqualTo(1);
        assertThat(dataWithoutErrors(admin.post(KEEP, Map.of("id", reviewId))).getInt("dismissReviewReports"))
                .as("a repeat").isZero();
        assertThat(queued(reviewId)).isEmpty();
        assertThat(publicComments(movieId)).containsExactly("Not my kind of film.");
        assertThat(firstErrorCode(customer(3).post(KEEP, Map.of("id", reviewId)))).as("a customer").isEqualTo("FORBIDDEN");

        assertThat(myReport(3, reviewId).getString("status")).as("the reporter is told it was kept").isEqualTo("DISMISSED");
        JsonObject again = customer(3).post(REPORT, report(reviewId, "OFFENSIVE", null));
        assertThat(firstErrorCode(again)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(again)).contains("our staff kept it");
        assertThat(queued(reviewId)).as("nothing queued by the refusal").isEmpty();

        data(customer(4).post(REPORT, report(reviewId, "OFFENSIVE", null)), "reportReview");
        assertThat(queued(reviewId).orElseThrow().getInt("openReports")).as("someone else's first report").isEqualTo(1);
        assertThat(dataWithoutErrors(admin.post(KEEP, Map.of("id", reviewId))).getInt("dismissReviewReports")).isEqualTo(1);

        review(1, movieId, 1, "Not my kind of film, and rude staff.");
        data(customer(3).post(REPORT, report(reviewId, "OFFENSIVE", "The edit insults the staff.")), "reportReview");
        JsonObject entry = queued(reviewId).orElseThrow();
        assertThat(entry.getInt("openReports")).isEqualTo(1);
        assertThat(entry.getJsonArray("reports").getJsonObject(0).getString("note")).isEqualTo("The edit insults the staff.");
        assertThat(dataWithoutErrors(admin.post(KEEP, Map.of("id", reviewId))).getInt("dismissReviewReports")).isEqualTo(1);
    }

    @Test
    void badReportsAreRefusedOnTheirFieldAndQueueNothing() {
        String movieId = createMovie(admin, uniqueTitle()).getString("id");
        String reviewId = review(1, movieId, 4, "Good popcorn film.").getString("id");

        JsonObject noNote = customer(3).post(REPORT, report(reviewId, "OTHER", "  "));
        assertThat(firstErrorCode(noNote)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(noNote)).isEqualTo("note");
        JsonObject longNote = customer(3).post(REPORT, report(reviewId, "SPAM", "x".repeat(501)));
        assertThat(firstErrorCode(longNote)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(longNote)).isEqualTo("note");
        JsonObject badId = customer(3).post(REPORT, report("not-a-number", "SPAM", null));
        assertThat(firstErrorCode(badId)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(badId)).isEqualTo("reviewId");
        assertThat(firstErrorCode(customer(3).post(REPORT, report("999999999", "SPAM", null)))).isEqualTo("NOT_FOUND");
        JsonObject own = customer(1).post(REPORT, report(reviewId, "SPAM", null));
        assertThat(firstErrorCode(own)).isEqualTo("CONFLICT");
        assertThat(firstErrorMessage(own)).contains("your own review");
        assertThat(firstErrorCode(graphql.post(REPORT, report(reviewId, "SPAM", null)))).isEqualTo("UNAUTHENTICATED");
        JsonObject unknownReason = customer(3).post(REPORT, report(reviewId, "BORING", null));
        assertThat(unknownReason.containsKey("errors")).isTrue();
        assertThat(unknownReason.get("data") == null || unknownReason.get("data") == JsonValue.NULL
                || unknownReason.getJsonObject("data").isNull("reportReview")).isTrue();
        JsonObject longReason = admin.post(REMOVE, Map.of("id", reviewId, "reason", "y".repeat(501)));
        assertThat(firstErrorCode(longReason)).isEqualTo("VALIDATION");
        assertThat(firstErrorField(longReason)).isEqualTo("reason");
        assertThat(firstErrorCode(admin.post(KEEP, Map.of("id", "999999999")))).isEqualTo("NOT_FOUND");

        assertThat(queued(reviewId)).isEmpty();
        assertThat(publicComments(movieId)).containsExactly("Good popcorn film.");
    }

    @Test
    void concurrentReportsCountEveryPersonOnceAndConcurrentRemovalsRemoveOnce() throws Exception {
        String movieId = createMovie(admin, uniqueTitle()).getString("id");
        String reviewId = review(1, movieId, 1, "Worst film ever made, do not go.").getString("id");
        review(2, movieId, 5, "Best film this year.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonObject>> reports = new ArrayList<>();
            for (int reporter = 10; reporter < 18; reporter++) {
                int who = reporter;
                reports.add(() -> customer(who).post(REPORT, report(reviewId, "OFFENSIVE", "reporter " + who)));
            }
            for (int click = 0; click < 6; click++) {
                reports.add(() -> customer(20).post(REPORT, report(reviewId, "SPAM", null)));
            }
            for (Future<JsonObject> result : pool.invokeAll(reports)) {
                assertThat(result.get().containsKey("errors")).as(result.get().toString()).isFalse();
            }
            JsonObject entry = queued(reviewId).orElseThrow();
            assertThat(entry.getInt("openReports")).as("8 reporters and one who clicked 6 times").isEqualTo(9);
            assertThat(entry.getJsonArray("reports")).hasSize(9);

            // Staff removing and keeping at once: one removal wins, the other removals find it removed, and a keep
            // closes at most the reports still open when it runs.
            List<Callable<JsonObject>> removals = new ArrayList<>();
            List<Callable<JsonObject>> keeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int attempt = i;
                removals.add(() -> admin.post(REMOVE, Map.of("id", reviewId, "reason", "Abusive, attempt " + attempt)));
                keeps.add(() -> admin.post(KEEP, Map.of("id", reviewId)));
            }
            List<Callable<JsonObject>> all = new ArrayList<>(removals);
            all.addAll(keeps);
            List<Future<JsonObject>> results = pool.invokeAll(all);
            int removed = 0;
            int conflicts = 0;
            for (Future<JsonObject> result : results.subList(0, removals.size())) {
                JsonObject answer = result.get();
                if ("CONFLICT".equals(firstErrorCode(answer))) {
                    conflicts++;
                } else {
                    assertThat(dataWithoutErrors(answer).getJsonObject("removeReview").getString("status"))
                            .isEqualTo("REMOVED");
                    removed++;
                }
            }
            assertThat(removed).isEqualTo(1);
            assertThat(conflicts).isEqualTo(3);
            int kept = 0;
            for (Future<JsonObject> result : results.subList(removals.size(), results.size())) {
                kept += dataWithoutErrors(result.get()).getInt("dismissReviewReports");
            }
            assertThat(kept).as("reports closed by keeps: all 9 if a keep ran first, else none").isIn(0, 9);
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = movie(movieId);
        assertThat(after.getInt("reviewCount")).isEqualTo(1);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(5.0);
        assertThat(queued(reviewId)).isEmpty();
    }
}
