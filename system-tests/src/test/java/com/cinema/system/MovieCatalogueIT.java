package com.cinema.system;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.TestTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movie catalogue (issue #4) through the gateway only: search, filters, sorting, paging, staff CRUD with
 * validation and roles, reviews, posters over REST. Every test makes its own movies, grouped by a unique word
 * in their titles, so nothing depends on what other tests created.
 */
@ExtendWith(PlatformExtension.class)
@Order(10)
class MovieCatalogueIT {

    private static final TestTokens TOKENS = TestTokens.forPlatform();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String FIELDS = "id title synopsis genres durationMinutes ageRating releaseDate language director"
            + " cast trailerUrl status averageRating reviewCount posterUrl";
    private static final String CREATE = "mutation($in: MovieInput) { createMovie(input: $in) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $in: MovieInput) { updateMovie(id: $id, input: $in) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!) { deleteMovie(id: $id) }";
    private static final String SEARCH = "query($f: MovieFilter, $p: Int, $s: Int, $sort: MovieSort) {"
            + " movies(filter: $f, page: $p, size: $s, sort: $sort) { items { id title releaseDate averageRating } total page size } }";
    private static final String REVIEW = "mutation($m: ID!, $r: Int!, $c: String) { addReview(movieId: $m, rating: $r, comment: $c)"
            + " { id movieId userId authorName rating comment createdAt updatedAt } }";

    private final String gatewayUrl = PlatformExtension.platform().gatewayUrl();
    private final GraphQlHttp gateway = new GraphQlHttp(gatewayUrl);
    private final String adminToken = TOKENS.admin("1", "admin@cinema.test");
    private final GraphQlHttp admin = gateway.withBearer(adminToken);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static String group() {
        return "Mc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static JsonObjectBuilder input(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("synopsis", "Made by MovieCatalogueIT.")
                .add("genres", Json.createArrayBuilder().add("Documentary"))
                .add("durationMinutes", 100)
                .add("ageRating", "PG")
                .add("releaseDate", "2021-06-01")
                .add("language", "English")
                .add("director", "Sys Tester")
                .add("cast", Json.createArrayBuilder().add("One Actor"))
                .add("trailerUrl", "https://example.com/trailer")
                .add("status", "ARCHIVED");
    }

    private static JsonObject data(JsonObject response, String field) {
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        return response.getJsonObject("data").getJsonObject(field);
    }

    private String create(JsonObjectBuilder input) {
        return data(admin.post(CREATE, Map.of("in", input.build())), "createMovie").getString("id");
    }

    private JsonObject search(JsonObjectBuilder filter, Integer page, Integer size, String sort) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("f", filter.build());
        if (page != null) {
            variables.put("p", page);
        }
        if (size != null) {
            variables.put("s", size);
        }
        if (sort != null) {
            variables.put("sort", sort);
        }
        return data(gateway.post(SEARCH, variables), "movies");
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
    }

    private static String userToken(String id, String name) {
        return TOKENS.signed(TestTokens.claims(id, "fan" + id + "@example.org", List.of("USER")).add("name", name).build());
    }

    private JsonObject review(String token, String movieId, int rating, String comment) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("m", movieId, "r", rating));
        if (comment != null) {
            variables.put("c", comment);
        }
        return gateway.withBearer(token).post(REVIEW, variables);
    }

    private JsonObject movie(String id) {
        return gateway.post("query($id: ID!) { movie(id: $id) { " + FIELDS
                + " reviews(size: 5) { items { userId authorName rating comment } total page size } } }", Map.of("id", id));
    }

    private static String fieldOf(JsonObject response) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        return GraphQlHttp.firstErrorField(response);
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, (x * 7) % height, 0xCC3366 + x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private HttpResponse<byte[]> putPoster(String movieId, String token, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/admin/movies/" + movieId + "/poster"))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> getPoster(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    // ---- browsing ------------------------------------------------------------------------------------------

    @Test
    void searchFindsAnyPartOfTheTitleIgnoringCase() {
        String group = group();
        String first = create(input("The " + group + " Affair"));
        String second = create(input(group.toUpperCase() + " Returns"));
        create(input("Unrelated " + group().substring(2)));

        JsonObject found = search(Json.createObjectBuilder().add("search", group.toLowerCase().substring(1)), null, null, null);
        assertThat(found.getInt("total")).isEqualTo(2);
        assertThat(ids(found)).containsExactlyInAnyOrder(first, second);
        assertThat(search(Json.createObjectBuilder().add("search", group + " nothing like it"), null, null, null)
                .getInt("total")).isZero();
    }

    @Test
    void filtersByGenreStatusAndLanguage() {
        String group = group();
        String drama = create(input(group + " A").add("genres", Json.createArrayBuilder().add("Drama").add("Romance"))
                .add("status", "NOW_SHOWING").add("language", "French"));
        String comedy = create(input(group + " B").add("genres", Json.createArrayBuilder().add("Comedy"))
                .add("status", "COMING_SOON").add("language", "French"));
        String docs = create(input(group + " C"));

        assertThat(ids(search(Json.createObjectBuilder().add("search", group).add("genre", "romance"), null, null, null)))
                .containsExactly(drama);
        assertThat(ids(search(Json.createObjectBuilder().add("search", group).add("status", "COMING_SOON"), null, null, null)))
                .containsExactly(comedy);
        assertThat(ids(search(Json.createObjectBuilder().add("search", group).add("language", "french"), null, null, null)))
                .containsExactly(drama, comedy);
        assertThat(ids(search(Json.createObjectBuilder().add("search", group).add("language", "English")
                .add("status", "ARCHIVED").add("genre", "Documentary"), null, null, null))).containsExactly(docs);

        JsonObject badStatus = gateway.post(SEARCH, Map.of("f", Json.createObjectBuilder().add("status", "SOMETIMES").build()));
        assertThat(fieldOf(badStatus)).isEqualTo("filter.status");
    }

    @Test
    void eachSortOrderIsHonouredAndTitleIsTheDefault() {
        String group = group();
        String bravo = create(input(group + " Bravo").add("releaseDate", "2019-01-01"));
        String alpha = create(input(group + " alpha").add("releaseDate", "2024-03-03"));
        String charlie = create(input(group + " Charlie").add("releaseDate", "2022-02-02"));
        String delta = create(input(group + " Delta").add("releaseDate", "2020-01-01"));
        data(review(userToken("91001", "Sorter One"), charlie, 5, null), "addReview");
        data(review(userToken("91001", "Sorter One"), bravo, 4, null), "addReview");
        data(review(userToken("91002", "Sorter Two"), bravo, 2, null), "addReview");

        JsonObjectBuilder filter = Json.createObjectBuilder().add("search", group);
        assertThat(ids(search(filter, null, null, null))).containsExactly(alpha, bravo, charlie, delta);
        assertThat(ids(search(Json.createObjectBuilder().add("search", group), null, null, "TITLE")))
                .containsExactly(alpha, bravo, charlie, delta);
        assertThat(ids(search(Json.createObjectBuilder().add("search", group), null, null, "RELEASE_DATE")))
                .containsExactly(alpha, charlie, delta, bravo);
        JsonObject byRating = search(Json.createObjectBuilder().add("search", group), null, null, "RATING");
        assertThat(ids(byRating)).containsExactly(charlie, bravo, alpha, delta);
        assertThat(byRating.getJsonArray("items").getJsonObject(1).getJsonNumber("averageRating").doubleValue()).isEqualTo(3.0);
        assertThat(byRating.getJsonArray("items").getJsonObject(2).isNull("averageRating")).isTrue();

        JsonObject badSort = gateway.post(SEARCH, Map.of("f", Json.createObjectBuilder().build(), "sort", "POPULARITY"));
        assertThat(GraphQlHttp.firstErrorCode(badSort)).isEqualTo("VALIDATION");
    }

    @Test
    void pagingHasALastPartialPageAnEmptyPagePastTheEndAndACappedSize() {
        String group = group();
        for (int i = 0; i < 5; i++) {
            create(input(group + " Part " + i));
        }
        JsonObject first = search(Json.createObjectBuilder().add("search", group), 0, 2, null);
        JsonObject last = search(Json.createObjectBuilder().add("search", group), 2, 2, null);
        JsonObject beyond = search(Json.createObjectBuilder().add("search", group), 3, 2, null);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(last.getJsonArray("items")).hasSize(1);
        assertThat(last.getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo(group + " Part 4");
        assertThat(last.getInt("page")).isEqualTo(2);
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(5);

        JsonObject capped = search(Json.createObjectBuilder(), 0, 500, null);
        assertThat(capped.getInt("size")).isEqualTo(100);
        assertThat(capped.getJsonArray("items").size()).isEqualTo(Math.min(100, capped.getInt("total")));
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(SEARCH, Map.of("f", Json.createObjectBuilder().build(), "p", -1))))
                .isEqualTo("VALIDATION");
    }

    // ---- staff CRUD ----------------------------------------------------------------------------------------

    @Test
    void validationErrorsNameTheField() {
        String group = group();
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(" ").build())))).isEqualTo("input.title");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input("x".repeat(201)).build())))).isEqualTo("input.title");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group).add("durationMinutes", 0).build()))))
                .isEqualTo("input.durationMinutes");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group).add("durationMinutes", 601).build()))))
                .isEqualTo("input.durationMinutes");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group)
                .add("genres", Json.createArrayBuilder().add("Telenovela")).build())))).isEqualTo("input.genres");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group).add("trailerUrl", "ftp://example.com/t").build()))))
                .isEqualTo("input.trailerUrl");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group).add("trailerUrl", "https://").build()))))
                .isEqualTo("input.trailerUrl");
        assertThat(fieldOf(admin.post(CREATE, Map.of("in", input(group).add("status", "LOST").build()))))
                .isEqualTo("input.status");
        assertThat(search(Json.createObjectBuilder().add("search", group), null, null, null).getInt("total")).isZero();

        String id = create(input(group + " Valid"));
        assertThat(fieldOf(admin.post(UPDATE, Map.of("id", id, "in", input(group).add("durationMinutes", 0).build()))))
                .isEqualTo("input.durationMinutes");
        assertThat(fieldOf(admin.post(UPDATE, Map.of("id", id, "in", input(group)
                .add("genres", Json.createArrayBuilder().add("Telenovela")).build())))).isEqualTo("input.genres");
        assertThat(data(movie(id), "movie").getString("title")).isEqualTo(group + " Valid");
    }

    @Test
    void anAdminUpdatesAndArchivesAMovie() {
        String group = group();
        String id = create(input(group + " Before").add("status", "NOW_SHOWING"));
        JsonObject updated = data(admin.post(UPDATE, Map.of("id", id, "in", input(group + " After")
                .add("durationMinutes", 133).add("genres", Json.createArrayBuilder().add("Thriller")).build())), "updateMovie");
        assertThat(updated.getString("title")).isEqualTo(group + " After");
        assertThat(updated.getInt("durationMinutes")).isEqualTo(133);
        assertThat(updated.getString("status")).isEqualTo("ARCHIVED");
        assertThat(updated.getJsonArray("genres").getValuesAs(JsonString::getString)).containsExactly("Thriller");
        JsonObject reread = data(movie(id), "movie");
        assertThat(reread.getString("title")).isEqualTo(group + " After");
        assertThat(reread.getString("status")).isEqualTo("ARCHIVED");
        assertThat(GraphQlHttp.firstErrorCode(admin.post(UPDATE, Map.of("id", "987654321", "in", input(group).build()))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aCustomerCannotCreateUpdateOrDeleteAndAnonymousMustSignIn() {
        String group = group();
        String id = create(input(group + " Guarded"));
        GraphQlHttp customer = gateway.withBearer(userToken("92001", "Plain Customer"));
        assertThat(GraphQlHttp.firstErrorCode(customer.post(CREATE, Map.of("in", input(group + " X").build())))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(customer.post(UPDATE, Map.of("id", id, "in", input(group + " X").build()))))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(customer.post(DELETE, Map.of("id", id)))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(CREATE, Map.of("in", input(group + " X").build()))))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(UPDATE, Map.of("id", id, "in", input(group + " X").build()))))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(DELETE, Map.of("id", id)))).isEqualTo("UNAUTHENTICATED");
        assertThat(ids(search(Json.createObjectBuilder().add("search", group), null, null, null))).containsExactly(id);
        assertThat(data(movie(id), "movie").getString("title")).isEqualTo(group + " Guarded");
    }

    @Test
    void aFreeMovieIsDeletedWithItsReviews() {
        String id = create(input(group() + " Doomed"));
        data(review(userToken("93001", "Last Viewer"), id, 3, "Fine."), "addReview");
        JsonObject deleted = admin.post(DELETE, Map.of("id", id));
        assertThat(deleted.containsKey("errors")).as(deleted.toString()).isFalse();
        assertThat(deleted.getJsonObject("data").getBoolean("deleteMovie")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(movie(id))).isEqualTo("NOT_FOUND");
        assertThat(GraphQlHttp.firstErrorCode(admin.post(DELETE, Map.of("id", id)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void aMovieWithAFutureShowtimeCannotBeDeletedButCanBeArchived() {
        String group = group();
        String id = create(input(group + " Scheduled").add("status", "NOW_SHOWING"));
        String auditoriumId = gateway.post("{ cinemas { auditoriums { id } } }").getJsonObject("data").getJsonArray("cinemas")
                .getJsonObject(0).getJsonArray("auditoriums").getJsonObject(0).getString("id");
        String startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(300).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes((long) (Math.random() * 50_000) * 5).toString();
        JsonObject showtime = admin.post("mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id } }",
                Map.of("in", Json.createObjectBuilder().add("movieId", id).add("auditoriumId", auditoriumId)
                        .add("startsAt", startsAt).add("basePriceCents", 1200).add("currency", "GBP").build()));
        assertThat(showtime.containsKey("errors")).as(showtime.toString()).isFalse();

        JsonObject refused = admin.post(DELETE, Map.of("id", id));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("CONFLICT");
        assertThat(GraphQlHttp.firstErrorMessage(refused)).contains("ARCHIVED");
        assertThat(data(movie(id), "movie").getString("id")).isEqualTo(id);

        JsonObject archived = data(admin.post(UPDATE, Map.of("id", id, "in", input(group + " Scheduled")
                .add("status", "ARCHIVED").build())), "updateMovie");
        assertThat(archived.getString("status")).isEqualTo("ARCHIVED");
    }

    // ---- reviews -------------------------------------------------------------------------------------------

    @Test
    void reviewsUpsertPerUserAndKeepTheAverageRight() {
        String id = create(input(group() + " Reviewed"));
        String ada = userToken("94001", "Ada Reviewer");
        String bo = userToken("94002", "Bo Critic");

        JsonObject first = data(review(ada, id, 4, "Lovely."), "addReview");
        assertThat(first.getString("authorName")).isEqualTo("Ada Reviewer");
        assertThat(first.getString("userId")).isEqualTo("94001");
        data(review(bo, id, 5, null), "addReview");
        JsonObject two = data(movie(id), "movie");
        assertThat(two.getInt("reviewCount")).isEqualTo(2);
        assertThat(two.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.5);

        JsonObject again = data(review(ada, id, 1, "Changed my mind."), "addReview");
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        JsonObject after = data(movie(id), "movie");
        assertThat(after.getInt("reviewCount")).isEqualTo(2);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).isEqualTo(3.0);
        JsonObject reviews = after.getJsonObject("reviews");
        assertThat(reviews.getInt("total")).isEqualTo(2);
        assertThat(reviews.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("userId") + ":" + r.getInt("rating"))
                .containsExactly("94002:5", "94001:1");

        JsonObject tooHigh = review(bo, id, 6, null);
        assertThat(fieldOf(tooHigh)).isEqualTo("rating");
        assertThat(GraphQlHttp.firstErrorCode(gateway.post(REVIEW, Map.of("m", id, "r", 3)))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQlHttp.firstErrorCode(review(bo, "987654321", 3, null))).isEqualTo("NOT_FOUND");
        assertThat(data(movie(id), "movie").getJsonNumber("averageRating").doubleValue()).isEqualTo(3.0);
    }

    @Test
    void aReportedReviewStaffRemoveLeavesTheAverageAtOnceThroughTheGatewaysCacheAndItsAuthorSeesWhy() {
        String title = group() + " Moderated";
        String id = create(input(title));
        String ada = userToken("95001", "Ada Spoiler");
        String bo = userToken("95002", "Bo Fan");
        String reviewId = data(review(ada, id, 1, "The ship sinks at the end."), "addReview").getString("id");
        data(review(bo, id, 5, null), "addReview");
        // Read twice: the second answer is the gateway's cached one.
        data(movie(id), "movie");
        assertThat(data(movie(id), "movie").getJsonNumber("averageRating").doubleValue()).isEqualTo(3.0);

        JsonObject receipt = data(gateway.withBearer(userToken("95003", "Cy Careful")).post(
                "mutation($r: ID!) { reportReview(reviewId: $r, reason: SPOILERS) { reviewId reason reportedAt } }",
                Map.of("r", reviewId)), "reportReview");
        assertThat(receipt.getString("reason")).isEqualTo("SPOILERS");
        JsonObject queue = data(admin.post("{ reportedReviews(size: 100) { total items { openReports"
                + " review { id comment movie { title } } reports { reason reporterId } } } }"), "reportedReviews");
        JsonObject entry = queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonObject("review").getString("id").equals(reviewId)).findFirst().orElseThrow();
        assertThat(entry.getInt("openReports")).isEqualTo(1);
        assertThat(entry.getJsonObject("review").getJsonObject("movie").getString("title"))
                .as("the movie, resolved by the gateway").isEqualTo(title);
        assertThat(entry.getJsonArray("reports").getJsonObject(0).getString("reporterId")).isEqualTo("95003");

        JsonObject removed = data(admin.post("mutation($r: ID!) { removeReview(reviewId: $r, reason: \"Spoils the ending.\")"
                + " { status removalReason } }", Map.of("r", reviewId)), "removeReview");
        assertThat(removed.getString("status")).isEqualTo("REMOVED");
        JsonObject after = data(movie(id), "movie");
        assertThat(after.getInt("reviewCount")).isEqualTo(1);
        assertThat(after.getJsonNumber("averageRating").doubleValue()).as("not the cached 3.0").isEqualTo(5.0);
        assertThat(after.getJsonObject("reviews").getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("userId")).containsExactly("95002");
        JsonObject listed = search(Json.createObjectBuilder().add("search", title), null, null, "RATING");
        assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonNumber("averageRating").doubleValue()).isEqualTo(5.0);

        JsonObject reporters = GraphQlHttp.dataWithoutErrors(gateway.withBearer(userToken("95003", "Cy Careful")).post(
                "{ myReviewReports { reviewId status reason movie { title } } }")).getJsonArray("myReviewReports").getJsonObject(0);
        assertThat(reporters.getString("reviewId")).isEqualTo(reviewId);
        assertThat(reporters.getString("status")).as("the reporter learns the review was removed").isEqualTo("UPHELD");
        assertThat(reporters.getJsonObject("movie").getString("title")).isEqualTo(title);

        JsonObject own = GraphQlHttp.dataWithoutErrors(gateway.withBearer(ada).post(
                "{ myReviews { id status removalReason removedAt movie { title } } }")).getJsonArray("myReviews").getJsonObject(0);
        assertThat(own.getString("id")).isEqualTo(reviewId);
        assertThat(own.getString("status")).isEqualTo("REMOVED");
        assertThat(own.getString("removalReason")).isEqualTo("Spoils the ending.");
        assertThat(own.getJsonObject("movie").getString("title")).isEqualTo(title);

        data(gateway.withBearer(ada).post("mutation($r: ID!) { deleteMyReview(reviewId: $r) { id } }", Map.of("r", reviewId)),
                "deleteMyReview");
        data(review(ada, id, 3, "Good film, no spoilers this time."), "addReview");
        JsonObject rewritten = data(movie(id), "movie");
        assertThat(rewritten.getInt("reviewCount")).isEqualTo(2);
        assertThat(rewritten.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
    }

    @Test
    void aSignedInCustomerReviewsUnderTheFullNameFromTheUserService() {
        String id = create(input(group() + " Named"));
        JsonObject login = data(gateway.post("mutation($e: String!, $p: String!) { login(email: $e, password: $p) {"
                + " accessToken user { id fullName } } }", Map.of("e", "customer@cinema.test", "p", "Customer-Demo-2026")), "login");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(login.getString("accessToken").split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(Json.createReader(new StringReader(payload)).readObject().getString("name", null))
                .as("the access token's name claim").isEqualTo(login.getJsonObject("user").getString("fullName"));
        JsonObject written = data(review(login.getString("accessToken"), id, 5, "Proper cinema."), "addReview");
        assertThat(written.getString("authorName")).isEqualTo(login.getJsonObject("user").getString("fullName"));
        assertThat(written.getString("userId")).isEqualTo(login.getJsonObject("user").getString("id"));
    }

    // ---- posters -------------------------------------------------------------------------------------------

    @Test
    void aRealPngIsUploadedAndServedWithEtagCachingAnd304() throws Exception {
        String id = create(input(group() + " Postered"));
        assertThat(data(movie(id), "movie").isNull("posterUrl")).isTrue();
        byte[] image = png(160, 240);

        HttpResponse<byte[]> stored = putPoster(id, adminToken, image, "image/png");
        assertThat(stored.statusCode()).as(new String(stored.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        String etag = json(stored).getString("etag");
        String posterUrl = data(movie(id), "movie").getString("posterUrl");
        assertThat(posterUrl).isEqualTo("/api/posters/" + id + "?v=" + etag.substring(0, 12));

        HttpResponse<byte[]> served = getPoster(posterUrl, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(image);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        String servedEtag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(servedEtag).contains(etag);

        HttpResponse<byte[]> notModified = getPoster("/api/posters/" + id, servedEtag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(servedEtag);
        assertThat(getPoster("/api/posters/" + id, "\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aRenamedTextFileIsRefusedByItsContent() throws Exception {
        String id = create(input(group() + " Text"));
        HttpResponse<byte[]> refused = putPoster(id, adminToken,
                "Definitely a poster.png, trust me".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(refused.statusCode()).isEqualTo(415);
        JsonObject error = json(refused);
        assertThat(error.getString("code")).isEqualTo("VALIDATION");
        assertThat(error.getString("field")).isEqualTo("poster");
        assertThat(getPoster("/api/posters/" + id, null).statusCode()).isEqualTo(404);
        assertThat(data(movie(id), "movie").isNull("posterUrl")).isTrue();
    }

    @Test
    void aFileOverTwoMegabytesIsRefused() throws Exception {
        String id = create(input(group() + " Huge"));
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        byte[] header = png(10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        HttpResponse<byte[]> refused = putPoster(id, adminToken, big, "image/png");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).getString("field")).isEqualTo("poster");
        assertThat(getPoster("/api/posters/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyStaffUploadPosters() throws Exception {
        String id = create(input(group() + " Guarded Poster"));
        byte[] image = png(20, 30);
        assertThat(putPoster(id, null, image, "image/png").statusCode()).isEqualTo(401);
        assertThat(putPoster(id, userToken("95001", "Not Staff"), image, "image/png").statusCode()).isEqualTo(403);
        assertThat(putPoster("987654321", adminToken, image, "image/png").statusCode()).isEqualTo(404);
        assertThat(getPoster("/api/posters/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void everyDemoMovieHasAGeneratedPoster() throws Exception {
        List<String> titles = List.of("The Lighthouse Keeper's Daughter", "Orbit of Glass", "Paws on Parade",
                "Le Dernier Métro de Minuit", "Iron Meridian", "Die Stille Stadt", "Laughing Matters", "The Hollow Choir",
                "Dragons of the Salt Flats", "El Último Verano", "Broadway Nights", "Tides of Tomorrow");
        for (String title : titles) {
            List<JsonObject> found = gateway.post("query($f: MovieFilter) { movies(filter: $f) { items { id title posterUrl } } }",
                            Map.of("f", Json.createObjectBuilder().add("search", title).build()))
                    .getJsonObject("data").getJsonObject("movies").getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().filter(m -> m.getString("title").equals(title)).toList();
            assertThat(found).as(title).hasSize(1);
            assertThat(found.get(0).isNull("posterUrl")).as(title).isFalse();
            HttpResponse<byte[]> poster = getPoster(found.get(0).getString("posterUrl"), null);
            assertThat(poster.statusCode()).as(title).isEqualTo(200);
            assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(poster.body().length).isLessThan(100 * 1024);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(poster.body()));
            assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        }
    }
}
