package com.cinema.gateway.client;

import com.cinema.common.client.CallBudget;
import com.cinema.common.client.CallerCredentials;
import com.cinema.common.client.GraphQlClient;
import com.cinema.common.client.GraphQlOperation;
import com.cinema.common.client.UpstreamService;
import com.cinema.common.error.ApiException;
import com.cinema.gateway.api.movie.Movie;
import com.cinema.gateway.api.movie.MovieFilter;
import com.cinema.gateway.api.movie.MovieInput;
import com.cinema.gateway.api.movie.MoviePage;
import com.cinema.gateway.api.movie.MovieSort;
import com.cinema.gateway.api.movie.MyReviewReport;
import com.cinema.gateway.api.movie.ReportedReviewPage;
import com.cinema.gateway.api.movie.Review;
import com.cinema.gateway.api.movie.ReviewPage;
import com.cinema.gateway.api.movie.ReviewReportReason;
import com.cinema.gateway.api.movie.ReviewReportReceipt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Duration;
import java.util.List;

/**
 * Fault-tolerant calls to the movie service's GraphQL API. Catalogue reads are idempotent, so the class-level
 * {@code @Retry} gives them one quick retry; writes (reviews, staff changes) are never repeated. Writes carry
 * the caller's own token. Every limit can be changed through MicroProfile Config, e.g.
 * {@code com.cinema.gateway.client.MovieServiceClient/Timeout/value=1500}.
 */
@ApplicationScoped
@UpstreamService("movie")
@Timeout(2000)
@Retry(maxRetries = 1, delay = CallBudget.RETRY_DELAY_MS, jitter = CallBudget.RETRY_JITTER_MS,
        abortOn = {ApiException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = ApiException.class)
public class MovieServiceClient {

    static final GraphQlOperation<MoviePage> MOVIES = GraphQlOperation.query("movies", MoviePage.class,
            "filter: MovieFilter", "page: Int", "size: Int", "sort: MovieSort");
    static final GraphQlOperation<Movie> MOVIE = GraphQlOperation.query("movie", Movie.class, "id: ID!");
    static final GraphQlOperation<List<Movie>> MOVIES_BY_IDS = GraphQlOperation.queryForList("moviesByIds",
            Movie.class, "ids: [String!]!");
    static final GraphQlOperation<List<String>> GENRES = GraphQlOperation.queryForList("genres", String.class);
    static final GraphQlOperation<ReviewPage> MOVIE_REVIEWS = GraphQlOperation.query("movieReviews",
            ReviewPage.class, "movieId: ID!", "page: Int", "size: Int");
    static final GraphQlOperation<Review> ADD_REVIEW = GraphQlOperation.mutation("addReview", Review.class,
            "movieId: ID!", "rating: Int!", "comment: String");
    static final GraphQlOperation<List<Review>> MY_REVIEWS = GraphQlOperation.queryForList("myReviews", Review.class);
    static final GraphQlOperation<Integer> ANONYMISE_MY_REVIEWS = GraphQlOperation.mutation("anonymiseMyReviews",
            Integer.class);
    static final GraphQlOperation<ReviewReportReceipt> REPORT_REVIEW = GraphQlOperation.mutation("reportReview",
            ReviewReportReceipt.class, "reviewId: ID!", "reason: ReviewReportReason!", "note: String");
    static final GraphQlOperation<List<MyReviewReport>> MY_REVIEW_REPORTS = GraphQlOperation.queryForList(
            "myReviewReports", MyReviewReport.class);
    static final GraphQlOperation<Review> DELETE_MY_REVIEW = GraphQlOperation.mutation("deleteMyReview", Review.class,
            "reviewId: ID!");
    static final GraphQlOperation<Review> REMOVE_REVIEW = GraphQlOperation.mutation("removeReview", Review.class,
            "reviewId: ID!", "reason: String!");
    static final GraphQlOperation<Integer> DISMISS_REVIEW_REPORTS = GraphQlOperation.mutation("dismissReviewReports",
            Integer.class, "reviewId: ID!");
    static final GraphQlOperation<ReportedReviewPage> REPORTED_REVIEWS = GraphQlOperation.query("reportedReviews",
            ReportedReviewPage.class, "page: Int", "size: Int");
    static final GraphQlOperation<Movie> CREATE_MOVIE = GraphQlOperation.mutation("createMovie", Movie.class,
            "input: MovieInput");
    static final GraphQlOperation<Movie> UPDATE_MOVIE = GraphQlOperation.mutation("updateMovie", Movie.class,
            "id: ID!", "input: MovieInput");
    static final GraphQlOperation<Boolean> DELETE_MOVIE = GraphQlOperation.mutation("deleteMovie", Boolean.class,
            "id: ID!");

    @Inject
    @ConfigProperty(name = "cinema.services.movie.url")
    String movieServiceUrl;

    @Inject
    @ConfigProperty(name = "cinema.services.request-timeout", defaultValue = "PT10S")
    Duration requestTimeout;

    @Inject
    CallerCredentials caller;

    private GraphQlClient movieService;

    @PostConstruct
    void connect() {
        movieService = GraphQlClient.connect("movie", movieServiceUrl, requestTimeout);
    }

    public MoviePage movies(MovieFilter filter, Integer page, Integer size, MovieSort sort) {
        return movieService.execute(MOVIES, null, filter, page, size, sort);
    }

    /** The first page ordered by title, as before sorting existed. */
    public MoviePage movies(MovieFilter filter, Integer page, Integer size) {
        return movies(filter, page, size, null);
    }

    public Movie movie(String id) {
        return movieService.execute(MOVIE, null, id);
    }

    /** The movies with these ids, for batching nested fields (e.g. Showtime.movie); unknown ids are left out. */
    public List<Movie> moviesByIds(List<String> ids) {
        return ids == null || ids.isEmpty() ? List.of() : movieService.execute(MOVIES_BY_IDS, null, ids);
    }

    public List<String> genres() {
        return movieService.execute(GENRES, null);
    }

    public ReviewPage reviews(String movieId, Integer page, Integer size) {
        return movieService.execute(MOVIE_REVIEWS, null, movieId, page, size);
    }

    @Retry(maxRetries = 0)
    public Review addReview(String movieId, Integer rating, String comment) {
        return movieService.execute(ADD_REVIEW, caller.authorization(), movieId, rating, comment);
    }

    /** Every review the caller wrote, newest first. */
    public List<Review> myReviews() {
        return movieService.execute(MY_REVIEWS, caller.authorization());
    }

    /**
     * The caller's reviews under "Former customer" (closing an account). Retried like a read: a repeat finds
     * nothing left to change.
     */
    public Integer anonymiseMyReviews() {
        return movieService.execute(ANONYMISE_MY_REVIEWS, caller.authorization());
    }

    @Retry(maxRetries = 0)
    public ReviewReportReceipt reportReview(String reviewId, ReviewReportReason reason, String note) {
        return movieService.execute(REPORT_REVIEW, caller.authorization(), reviewId, reason, note);
    }

    /** Every review the caller reported and what became of it, newest first. */
    public List<MyReviewReport> myReviewReports() {
        return movieService.execute(MY_REVIEW_REPORTS, caller.authorization());
    }

    @Retry(maxRetries = 0)
    public Review deleteMyReview(String reviewId) {
        return movieService.execute(DELETE_MY_REVIEW, caller.authorization(), reviewId);
    }

    @Retry(maxRetries = 0)
    public Review removeReview(String reviewId, String reason) {
        return movieService.execute(REMOVE_REVIEW, caller.authorization(), reviewId, reason);
    }

    @Retry(maxRetries = 0)
    public Integer dismissReviewReports(String reviewId) {
        return movieService.execute(DISMISS_REVIEW_REPORTS, caller.authorization(), reviewId);
    }

    /** Staff's queue of reported reviews (staff only: the movie service checks the caller's token). */
    public ReportedReviewPage reportedReviews(Integer page, Integer size) {
        return movieService.execute(REPORTED_REVIEWS, caller.authorization(), page, size);
    }

    @Retry(maxRetries = 0)
    public Movie createMovie(MovieInput input) {
        return movieService.execute(CREATE_MOVIE, caller.authorization(), input);
    }

    @Retry(maxRetries = 0)
    public Movie updateMovie(String id, MovieInput input) {
        return movieService.execute(UPDATE_MOVIE, caller.authorization(), id, input);
    }

    @Retry(maxRetries = 0)
    @Timeout(CallBudget.ONE_INNER_CALL_MS)
    public Boolean deleteMovie(String id) {
        return movieService.execute(DELETE_MOVIE, caller.authorization(), id);
    }
}
