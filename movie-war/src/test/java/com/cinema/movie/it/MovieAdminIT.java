package com.cinema.movie.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.GraphQlStub;
import com.cinema.testing.StubPorts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.cinema.movie.it.MovieTestData.MOVIE_FIELDS;
import static com.cinema.movie.it.MovieTestData.adminToken;
import static com.cinema.movie.it.MovieTestData.createMovie;
import static com.cinema.movie.it.MovieTestData.data;
import static com.cinema.movie.it.MovieTestData.movieInput;
import static com.cinema.movie.it.MovieTestData.uniqueTitle;
import static com.cinema.movie.it.MovieTestData.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff updating and deleting movies. The booking service is played by a {@link GraphQlStub} answering
 * scheduleUsage (the test server's cinema.services.booking.url points at it, see the pom and {@link StubPorts}).
 */
@MicroShedTest
class MovieAdminIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");
    private static final String UPDATE = "mutation($id: ID!, $input: MovieInput) { updateMovie(id: $id, input: $input) { "
            + MOVIE_FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!) { deleteMovie(id: $id) }";

    /** Movie ids the stub reports as having future showtimes. */
    private static final Set<String> SCHEDULED = ConcurrentHashMap.newKeySet();
    private static GraphQlStub booking;

    private final GraphQlHttp graphql = new GraphQlHttp(BASE);
    private static final String ADMIN_TOKEN = adminToken();
    private final GraphQlHttp admin = graphql.withBearer(ADMIN_TOKEN);

    @BeforeAll
    static void startBookingStub() {
        booking = GraphQlStub.start(StubPorts.port("stub.booking.service.port", StubPorts.MOVIE_BOOKING))
                .on("scheduleUsage", call -> scheduleUsage(call.variable("movieId")));
    }

    private static JsonValue scheduleUsage(String movieId) {
        int future = SCHEDULED.contains(movieId) ? 2 : 0;
        return Json.createObjectBuilder().add("futureShowtimes", future)
                .add("futureShowtimesWithOccupiedSeats", future > 0 ? 1 : 0).build();
    }

    @AfterAll
    static void stopBookingStub() {
        if (booking != null) {
            booking.close();
        }
    }

    private JsonObject movie(String id) {
        return graphql.post("query($id: ID!) { movie(id: $id) { " + MOVIE_FIELDS + " } }", Map.of("id", id));
    }

    @Test
    void anAdminUpdatesEveryDetailAndKeepsTheReviews() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        data(graphql.withBearer(userToken("9100", "Keeper")).post(
                "mutation($m: ID!) { addReview(movieId: $m, rating: 4) { id } }", Map.of("m", id)), "addReview");
        String title = uniqueTitle();
        JsonObject updated = data(admin.post(UPDATE, Map.of("id", id, "input", movieInput(title)
                .add("durationMinutes", 121).add("status", "COMING_SOON").add("language", "French")
                .add("genres", Json.createArrayBuilder().add("Drama").add("Documentary")).build())), "updateMovie");
        assertThat(updated.getString("id")).isEqualTo(id);
        assertThat(updated.getString("title")).isEqualTo(title);
        assertThat(updated.getInt("durationMinutes")).isEqualTo(121);
        assertThat(updated.getString("status")).isEqualTo("COMING_SOON");
        assertThat(updated.getString("language")).isEqualTo("French");
        assertThat(updated.getJsonArray("genres").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Documentary", "Drama");
        assertThat(updated.getInt("reviewCount")).isEqualTo(1);
        assertThat(data(movie(id), "movie")).isEqualTo(updated);

        // Put it back among the archived test movies, so the demo counts elsewhere stay right.
        data(admin.post(UPDATE, Map.of("id", id, "input", movieInput(title).build())), "updateMovie");
    }

    @Test
    void updatesAreValidatedLikeCreationAndNameTheField() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        assertThat(GraphQlHttp.firstErrorField(admin.post(UPDATE, Map.of("id", id, "input",
                movieInput(uniqueTitle()).add("durationMinutes", 601).build())))).isEqualTo("input.durationMinutes");
        assertThat(GraphQlHttp.firstErrorField(admin.post(UPDATE, Map.of("id", id, "input",
                movieInput(uniqueTitle()).add("trailerUrl", "ftp://example.com/x").build())))).isEqualTo("input.trailerUrl");
        assertThat(GraphQlHttp.firstErrorField(admin.post(UPDATE, Map.of("id", id, "input",
                movieInput(" ").build())))).isEqualTo("input.title");
        assertThat(GraphQlHttp.firstErrorField(admin.post(UPDATE, Map.of("id", id, "input",
                movieInput(uniqueTitle()).add("status", "SOMETIMES").build())))).isEqualTo("input.status");
        assertThat(GraphQlHttp.firstErrorCode(admin.post(UPDATE, Map.of("id", "987654321", "input",
                movieInput(uniqueTitle()).build())))).isEqualTo("NOT_FOUND");
        assertThat(GraphQlHttp.firstErrorCode(graphql.withBearer(userToken("9101", "Nobody")).post(UPDATE,
                Map.of("id", id, "input", movieInput(uniqueTitle()).build())))).isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(UPDATE,
                Map.of("id", id, "input", movieInput(uniqueTitle()).build())))).isEqualTo("UNAUTHENTICATED");
        assertThat(data(movie(id), "movie").getInt("durationMinutes")).isEqualTo(95);
    }

    @Test
    void aMovieWithFutureShowtimesCannotBeDeletedButCanBeArchived() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        SCHEDULED.add(id);
        JsonObject refused = admin.post(DELETE, Map.of("id", id));
        assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("CONFLICT");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message")).contains("2 future").contains("ARCHIVED");
        // The admin's own token went to the booking service, which checks the role itself.
        assertThat(booking.calls("scheduleUsage")).anySatisfy(call -> {
            assertThat(call.variable("movieId")).isEqualTo(id);
            assertThat(call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN);
        });
        assertThat(data(movie(id), "movie").getString("id")).isEqualTo(id);
    }

    @Test
    void aFreeMovieIsDeletedWithItsReviewsAndOnlyByStaff() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        String reviewId = data(graphql.withBearer(userToken("9200", "Gone Soon")).post(
                "mutation($m: ID!) { addReview(movieId: $m, rating: 3) { id } }", Map.of("m", id)), "addReview").getString("id");
        // A report waiting for staff goes with its review (V4's foreign key), rather than holding the movie back.
        data(graphql.withBearer(userToken("9201", "Quick Reporter")).post(
                "mutation($r: ID!) { reportReview(reviewId: $r, reason: SPAM) { reviewId } }", Map.of("r", reviewId)),
                "reportReview");
        assertThat(GraphQlHttp.firstErrorCode(graphql.withBearer(userToken("9200", "Gone Soon")).post(DELETE, Map.of("id", id))))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQlHttp.firstErrorCode(graphql.post(DELETE, Map.of("id", id)))).isEqualTo("UNAUTHENTICATED");

        JsonObject deleted = admin.post(DELETE, Map.of("id", id));
        assertThat(deleted.containsKey("errors")).as(deleted.toString()).isFalse();
        assertThat(deleted.getJsonObject("data").getBoolean("deleteMovie")).isTrue();
        assertThat(GraphQlHttp.firstErrorCode(movie(id))).isEqualTo("NOT_FOUND");
        assertThat(data(graphql.post("query($m: ID!) { movieReviews(movieId: $m) { total } }", Map.of("m", id)), "movieReviews")
                .getInt("total")).isZero();
        assertThat(GraphQlHttp.firstErrorCode(admin.post(DELETE, Map.of("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(admin.post("{ reportedReviews(size: 100) { items { review { id } } } }").toString())
                .as("the deleted movie's review left staff's queue").doesNotContain("\"" + reviewId + "\"");
    }

    @Test
    void withoutAnAnswerFromBookingNothingIsDeleted() {
        String id = createMovie(admin, uniqueTitle()).getString("id");
        booking.failWith(500);
        try {
            JsonObject refused = admin.post(DELETE, Map.of("id", id));
            assertThat(GraphQlHttp.firstErrorCode(refused)).as(refused.toString()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(data(movie(id), "movie").getString("id")).isEqualTo(id);
        } finally {
            booking.recover();
        }
    }

    @Test
    void moviesByIdsAnswersTheKnownOnesInOrder() {
        String a = createMovie(admin, uniqueTitle()).getString("id");
        String b = createMovie(admin, uniqueTitle()).getString("id");
        JsonObject response = graphql.post("query($ids: [String!]!) { moviesByIds(ids: $ids) { id title durationMinutes status } }",
                Map.of("ids", Json.createArrayBuilder().add(b).add("987654321").add(a).add(b).build()));
        assertThat(response.containsKey("errors")).as(response.toString()).isFalse();
        assertThat(response.getJsonObject("data").getJsonArray("moviesByIds").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("id")).containsExactly(b, a);
    }

    @Test
    void moviesByIdsRefusesABadIdNamingTheFieldInsteadOfDroppingIt() {
        JsonObject response = graphql.post("query($ids: [String!]!) { moviesByIds(ids: $ids) { id } }",
                Map.of("ids", Json.createArrayBuilder().add("1").add("not-a-number").build()));
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).isEqualTo("ids");
    }
}
