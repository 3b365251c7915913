package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.cinema.movie.it.MovieTestData.adminToken;
import static com.cinema.movie.it.MovieTestData.createMovie;
import static com.cinema.movie.it.MovieTestData.data;
import static com.cinema.movie.it.MovieTestData.uniqueTitle;
import static com.cinema.movie.it.MovieTestData.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviews, the rating aggregates and the sort orders on the movie service's own server. */
@MicroShedTest
class MovieReviewsIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final String ADD = "mutation($m: ID!, $r: Int!, $c: String) { addReview(movieId: $m, rating: $r, comment: $c)"
            + " { id movieId userId authorName rating comment createdAt updatedAt } }";
    private static final String MOVIE = "query($id: ID!) { movie(id: $id) { id averageRating reviewCount"
            + " reviews(size: 10) { items { userId authorName rating comment } total page size } } }";

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private final GraphQlHttp admin = graphql.withBearer(adminToken());

    private JsonObject review(String userId, String name, String movieId, int rating, String comment) {
        return graphql.withBearer(userToken(userId, name)).post(ADD, comment == null
                ? Map.of("m", movieId, "r", rating) : Map.of("m", movieId, "r", rating, "c", comment));
    }

    private JsonObject movie(String id) {
        return data(graphql.post(MOVIE, Map.of("id", id)), "movie");
    }

    @Test
    void aSecondReviewBySameUserUpdatesTheFirstAndTheAverageFollows() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        assertThat(movie(id).isNull("averageRating")).isTrue();
        assertThat(movie(id).getInt("reviewCount")).isZero();

        JsonObject first = data(review("7001", "Ada Reviewer", id, 4, "  Lovely light. "), "addReview");
        assertThat(first.getString("movieId")).isEqualTo(id);
        assertThat(first.getString("userId")).isEqualTo("7001");
        assertThat(first.getString("authorName")).isEqualTo("Ada Reviewer");
        assertThat(first.getInt("rating")).isEqualTo(4);
        assertThat(first.getString("comment")).isEqualTo("Lovely light.");
        assertThat(first.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");

        data(review("7002", "Bo Critic", id, 5, null), "addReview");
        JsonObject two = movie(id);
        assertThat(two.getInt("reviewCount")).isEqualTo(2);
        assertThat(two.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.5);

        JsonObject updated = data(review("7001", "Ada Reviewer", id, 2, "Second thoughts."), "addReview");
        assertThat(updated.getString("id")).isEqualTo(first.getString("id"));
        assertThat(updated.getString("createdAt")).isEqualTo(first.getString("createdAt"));

        JsonObject after = movie(id);
        assertThat(after.getInt("reviewCount")).isEqualTo(2);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(3.5);
        JsonObject reviews = after.getJsonObject("reviews");
        assertThat(reviews.getInt("total")).isEqualTo(2);
        List<JsonObject> items = reviews.getJsonArray("items").getValuesAs(JsonObject.class);
        // Newest first by first writing: Bo's review came after Ada's first one, and editing keeps Ada's place.
        assertThat(items).extracting(r -> r.getString("userId")).containsExactly("7002", "7001");
        assertThat(items.get(1).getInt("rating")).isEqualTo(2);
        assertThat(items.get(1).getString("comment")).isEqualTo("Second thoughts.");
        assertThat(items.get(0).isNull("comment")).isTrue();
    }

    @Test
    void anonymisingMyReviewsShowsFormerCustomerKeepsRatingsAndAveragesAndOthersAndARepeatChangesNothing() {
        // Customers of their own: the test database outlives a run, and the first answer counts this run's reviews.
        int base = 80_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000);
        String leaver = String.valueOf(base);
        String stayer = String.valueOf(base + 1);
        String first = createMovie(admin, uniqueTitle()).getString("id");
        String second = createMovie(admin, uniqueTitle()).getString("id");
        data(review(leaver, "Lea Leaving", first, 5, "Wonderful score."), "addReview");
        data(review(stayer, "Stan Staying", first, 2, "Too long."), "addReview");
        data(review(leaver, "Lea Leaving", second, 3, null), "addReview");
        JsonObject firstBefore = movie(first);
        JsonObject secondBefore = movie(second);
        assertThat(firstBefore.getJsonNumber("averageRating").doubleValue()).isEqualTo(3.5);

        GraphQlHttp asLeaver = graphql.withBearer(userToken(leaver, "Lea Leaving"));
        assertThat(anonymised(asLeaver)).as("both of the leaver's reviews").isEqualTo(2);

        JsonObject firstAfter = movie(first);
        assertThat(firstAfter.getInt("reviewCount")).isEqualTo(2);
        assertThat(firstAfter.getJsonNumber("averageRating")).isEqualTo(firstBefore.getJsonNumber("averageRating"));
        List<JsonObject> firstReviews = firstAfter.getJsonObject("reviews").getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject leavers = firstReviews.stream().filter(r -> r.getString("userId").equals(leaver)).findFirst().orElseThrow();
        assertThat(leavers.getString("authorName")).isEqualTo("Former customer");
        assertThat(leavers.getInt("rating")).isEqualTo(5);
        assertThat(leavers.getString("comment")).isEqualTo("Wonderful score.");
        JsonObject stayers = firstReviews.stream().filter(r -> r.getString("userId").equals(stayer)).findFirst().orElseThrow();
        assertThat(stayers.getString("authorName")).as("another user's review").isEqualTo("Stan Staying");
        assertThat(stayers.getString("comment")).isEqualTo("Too long.");
        JsonObject secondAfter = movie(second);
        assertThat(secondAfter.getJsonNumber("averageRating")).isEqualTo(secondBefore.getJsonNumber("averageRating"));
        assertThat(secondAfter.getJsonObject("reviews").getJsonArray("items").getValuesAs(JsonObject.class))
                .singleElement().satisfies(r -> {
                    assertThat(r.getString("authorName")).isEqualTo("Former customer");
                    assertThat(r.getInt("rating")).isEqualTo(3);
                });
        String reviewsPage = graphql.post("query($m: ID!) { movieReviews(movieId: $m) { items { authorName } } }",
                Map.of("m", first)).toString();
        assertThat(reviewsPage).doesNotContain("Lea Leaving");

        assertThat(anonymised(asLeaver)).as("a repeat").isZero();
        assertThat(anonymised(graphql.withBearer(userToken(stayer, "Stan Staying")))).as("the other user's own call")
                .isEqualTo(1);
        assertThat(GraphQlHttp.firstErrorCode(graphql.post("mutation { anonymiseMyReviews }")))
                .isEqualTo("UNAUTHENTICATED");
    }

    private static int anonymised(GraphQlHttp as) {
        return GraphQlHttp.dataWithoutErrors(as.post("mutation { anonymiseMyReviews }")).getInt("anonymiseMyReviews");
    }

    @Test
    void myReviewsListsEveryReviewTheCallerWroteNewestFirstAndNoOneElses() {
        // A customer of its own: the test database outlives a run.
        int base = 81_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000);
        String writer = String.valueOf(base);
        String other = String.valueOf(base + 1);
        String first = createMovie(admin, uniqueTitle()).getString("id");
        String second = createMovie(admin, uniqueTitle()).getString("id");
        data(review(writer, "Wren Writer", first, 4, "Sharp dialogue."), "addReview");
        data(review(other, "Otto Other", first, 1, "Not for me."), "addReview");
        data(review(writer, "Wren Writer", second, 5, null), "addReview");
        data(review(writer, "Wren Writer", first, 3, "Sharp dialogue, slow end."), "addReview");

        String mine = "{ myReviews { id movieId userId authorName rating comment createdAt updatedAt } }";
        List<JsonObject> reviews = GraphQlHttp.dataWithoutErrors(graphql.withBearer(userToken(writer, "Wren Writer"))
                .post(mine)).getJsonArray("myReviews").getValuesAs(JsonObject.class);
        // Newest first by first writing: editing the first review keeps its place.
        assertThat(reviews).extracting(r -> r.getString("movieId")).containsExactly(second, first);
        assertThat(reviews).extracting(r -> r.getString("userId")).containsOnly(writer);
        assertThat(reviews.get(1).getInt("rating")).isEqualTo(3);
        assertThat(reviews.get(1).getString("comment")).isEqualTo("Sharp dialogue, slow end.");
        assertThat(reviews.get(0).isNull("comment")).isTrue();

        assertThat(GraphQlHttp.dataWithoutErrors(graphql.withBearer(userToken(String.valueOf(base + 2), "New Comer"))
                .post(mine)).getJsonArray("myReviews")).as("someone who wrote none").isEmpty();
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(mine))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void reviewsArePagedNewestFirst() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        for (int i = 1; i <= 3; i++) {
            data(review("71" + i, "Fan " + i, id, i, "Review " + i), "addReview");
        }
        JsonObject page = data(graphql.post("query($m: ID!) { movieReviews(movieId: $m, page: 1, size: 2) { items { comment } total page size } }",
                Map.of("m", id)), "movieReviews");
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("comment")).containsExactly("Review 1");
    }

    @Test
    void concurrentDoubleSubmitsMakeOneReview() throws Exception {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<JsonObject>> submits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int rating = 1 + i % 5;
                submits.add(() -> review("7300", "Quick Clicker", id, rating, "click " + rating));
            }
            for (Future<JsonObject> result : pool.invokeAll(submits)) {
                assertThat(result.get().containsKey("errors")).as(result.get().toString()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = movie(id);
        assertThat(after.getInt("reviewCount")).isEqualTo(1);
        assertThat(after.getJsonObject("reviews").getInt("total")).isEqualTo(1);
        int kept = after.getJsonObject("reviews").getJsonArray("items").getJsonObject(0).getInt("rating");
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(kept);
    }

    @Test
    void badReviewsAreRefusedWithTheRightCode() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        JsonObject tooHigh = review("7400", "Over Enthusiast", id, 6, null);
        assertThat(GraphQlHttp.firstErrorCode(tooHigh)).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(tooHigh)).isEqualTo("rating");
        JsonObject tooLong = review("7400", "Over Enthusiast", id, 5, "x".repeat(2001));
        assertThat(GraphQlHttp.firstErrorField(tooLong)).isEqualTo("comment");
        assertThat(GraphQlHttp.firstErrorCode(review("7400", "Lost", "987654321", 3, null))).isEqualTo("NOT_FOUND");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(ADD, Map.of("m", id, "r", 3)))).isEqualTo("UNAUTHENTICATED");
        assertThat(movie(id).getInt("reviewCount")).isZero();
    }

    @Test
    void ratingSortPutsTheHighestAverageFirstAndUnratedLast() {
        String group = "sort-" + java.util.UUID.randomUUID();
        String unrated = createMovie(admin, MovieTestData.CREATED_MARKER + " A " + group).getString("id");
        String low = createMovie(admin, MovieTestData.CREATED_MARKER + " B " + group).getString("id");
        String high = createMovie(admin, MovieTestData.CREATED_MARKER + " C " + group).getString("id");
        data(review("7500", "Sorter", high, 5, null), "addReview");
        data(review("7500", "Sorter", low, 1, null), "addReview");
        data(review("7501", "Sorter Two", low, 2, null), "addReview");
        List<String> grouped = data(graphql.post("query($s: String) { movies(filter: {search: $s}, sort: RATING) { items { id } } }",
                Map.of("s", group)), "movies").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id")).toList();
        assertThat(grouped).containsExactly(high, low, unrated);
        List<String> byTitle = data(graphql.post("query($s: String) { movies(filter: {search: $s}, sort: TITLE) { items { id } } }",
                Map.of("s", group)), "movies").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id")).toList();
        assertThat(byTitle).containsExactly(unrated, low, high);

        List<JsonObject> all = data(graphql.post("{ movies(size: 100, sort: RATING) { items { id averageRating } } }"), "movies")
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<Double> averages = all.stream()
                .map(m -> m.get("averageRating") == JsonValue.NULL ? null : ((JsonNumber) m.get("averageRating")).doubleValue())
                .toList();
        int firstUnrated = averages.indexOf(null);
        List<Double> rated = firstUnrated < 0 ? averages : averages.subList(0, firstUnrated);
        assertThat(rated).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        if (firstUnrated >= 0) {
            assertThat(averages.subList(firstUnrated, averages.size())).containsOnlyNulls();
        }
    }

    @Test
    void releaseDateSortIsNewestFirst() {
        List<JsonObject> all = data(graphql.post("{ movies(size: 100, sort: RELEASE_DATE) { items { releaseDate } } }"), "movies")
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<LocalDate> dates = all.stream().filter(m -> !m.isNull("releaseDate"))
                .map(m -> LocalDate.parse(m.getString("releaseDate"))).toList();
        assertThat(dates).hasSizeGreaterThan(5).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
}
