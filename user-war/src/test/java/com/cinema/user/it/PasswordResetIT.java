package com.cinema.user.it;

import com.cinema.testing.GraphQlHttp;
import com.cinema.testing.MetricsScrape;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.cinema.user.it.UserServiceCalls.code;
import static com.cinema.user.it.UserServiceCalls.payload;
import static com.cinema.user.it.UserServiceCalls.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Forgot your password?" end to end in the user service: the link arrives by e-mail (.eml files here), sets a new
 * password once, ends every sign-in, and asking never says whether an account has the address.
 */
@MicroShedTest
class PasswordResetIT {

    private static final String BASE = ApplicationEnvironment.Resolver.load().getApplicationURL();
    private static final Path MAIL = Path.of(System.getProperty("user.it.mail.dir"));
    private static final Pattern LINK = Pattern.compile("(https://portal\\.example\\.test/#/reset-password\\?token=)([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Popcorn-And-Films-1";
    private static final String REQUEST = "mutation($e: String!) { requestPasswordReset(email: $e) }";
    private static final String RESET = "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }";

    private final UserServiceCalls service = new UserServiceCalls(BASE);

    @BeforeAll
    static void forgetEarlierRuns() {
        UserServiceCalls.forgetLoopbackSignInAttempts();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsEverySignIn() throws Exception {
        String email = uniqueEmail("forgetful");
        String refresh = payload(service.register(email, PASSWORD, "Fern Forgetful", null), "register").getString("refreshToken");

        MetricsScrape before = MetricsScrape.of(BASE);
        String token = requestAndReadLink(email);

        // A password that breaks the rules is refused on its field, and the link still works after it.
        assertValidation(reset(token, "short"), "newPassword");
        assertThat(GraphQlHttp.dataWithoutErrors(reset(token, "A-Brand-New-Password-2")).getBoolean("resetPassword")).isTrue();

        assertThat(code(service.login(email, PASSWORD))).isEqualTo("UNAUTHENTICATED");
        payload(service.login(email, "A-Brand-New-Password-2"), "login");
        assertThat(code(service.refresh(refresh))).as("the sign-in from before the reset ended").isEqualTo("UNAUTHENTICATED");
        // Used once: the same link again, and a made-up one, are refused on token.
        assertValidation(reset(token, "Yet-Another-Password-3"), "token");
        assertValidation(reset("x".repeat(43), "Yet-Another-Password-3"), "token");

        // Ops see it: one link sent, one reset done, two refused links (other tests may add theirs meanwhile).
        MetricsScrape after = MetricsScrape.of(BASE);
        assertThat(grew(before, after, "password_reset_requests_total", "SENT")).isGreaterThanOrEqualTo(1);
        assertThat(grew(before, after, "password_resets_total", "DONE")).isGreaterThanOrEqualTo(1);
        assertThat(grew(before, after, "password_resets_total", "LINK_UNUSABLE")).isGreaterThanOrEqualTo(2);
        assertThat(after.value("password_reset_mail_failures_total", labels -> true)).isZero();
    }

    private static double grew(MetricsScrape before, MetricsScrape after, String metric, String outcome) {
        String label = "outcome=\"" + outcome + "\"";
        return after.value(metric, labels -> labels.contains(label)) - before.value(metric, labels -> labels.contains(label));
    }

    @Test
    void anOwnerThrottledAfterGuessingSignsInWithTheNewPasswordAtOnce() throws Exception {
        String email = uniqueEmail("guesser");
        payload(service.register(email, PASSWORD, "Gus Guesser", null), "register");
        for (int i = 0; i < 5; i++) {
            assertThat(code(service.login(email, "Not-The-Password-" + i))).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(code(service.login(email, PASSWORD))).as("throttled after five failures").isEqualTo("RATE_LIMITED");

        String token = requestAndReadLink(email);
        assertThat(GraphQlHttp.dataWithoutErrors(reset(token, "A-Brand-New-Password-2")).getBoolean("resetPassword")).isTrue();

        payload(service.login(email, "A-Brand-New-Password-2"), "login");
    }

    @Test
    void anAccountGetsAtMostFiveLinksAnHourWhoeverAsks() throws Exception {
        String email = uniqueEmail("flooded");
        payload(service.register(email, PASSWORD, "Flo Flooded", null), "register");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(requestAndReadLink(email, tokens.toArray(String[]::new)));
        }

        // The sixth gets the same answer, and no mail: the limit is counted as such.
        MetricsScrape before = MetricsScrape.of(BASE);
        assertThat(GraphQlHttp.dataWithoutErrors(service.post(null, REQUEST, Map.of("e", email)))
                .getBoolean("requestPasswordReset")).isTrue();
        assertThat(grew(before, MetricsScrape.of(BASE), "password_reset_requests_total", "LIMITED")).isEqualTo(1);
        Thread.sleep(1000);
        assertThat(mailsTo(email)).hasSize(5);
        // The latest link that did go out still works.
        assertThat(GraphQlHttp.dataWithoutErrors(reset(tokens.get(4), "A-Brand-New-Password-2")).getBoolean("resetPassword")).isTrue();
    }

    @Test
    void aNewerLinkRetiresTheEarlierOne() throws Exception {
        String email = uniqueEmail("twice");
        payload(service.register(email, PASSWORD, "Tess Twice", null), "register");

        String first = requestAndReadLink(email);
        String second = requestAndReadLink(email, first);

        assertValidation(reset(first, "A-Brand-New-Password-2"), "token");
        assertThat(GraphQlHttp.dataWithoutErrors(reset(second, "A-Brand-New-Password-2")).getBoolean("resetPassword")).isTrue();
    }

    @Test
    void ofFiveResetsRacingWithOneLinkExactlyOneSetsItsPassword() throws Exception {
        String email = uniqueEmail("race");
        payload(service.register(email, PASSWORD, "Rae Race", null), "register");
        String token = requestAndReadLink(email);

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String password = "Racing-Password-" + i;
                answers.add(pool.submit((Callable<JsonObject>) () -> reset(token, password)));
            }
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                JsonObject answer = answers.get(i).get();
                if (!answer.containsKey("errors")) {
                    winners.add(i);
                } else {
                    assertValidation(answer, "token");
                }
            }
            assertThat(winners).hasSize(1);
            payload(service.login(email, "Racing-Password-" + winners.get(0)), "login");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askingSaysTheSameForAnUnknownAddressAndSendsNothing() throws Exception {
        String nobody = uniqueEmail("nobody");
        MetricsScrape before = MetricsScrape.of(BASE);
        assertThat(GraphQlHttp.dataWithoutErrors(service.post(null, REQUEST, Map.of("e", nobody)))
                .getBoolean("requestPasswordReset")).isTrue();
        assertValidation(service.post(null, REQUEST, Map.of("e", "not-an-address")), "email");
        assertThat(grew(before, MetricsScrape.of(BASE), "password_reset_requests_total", "NO_ACCOUNT")).isGreaterThanOrEqualTo(1);

        // A known address asked for afterwards gets its mail; by then the unknown one would have had its own.
        String known = uniqueEmail("known");
        payload(service.register(known, PASSWORD, "Kim Known", null), "register");
        requestAndReadLink(known);
        assertThat(mailsTo(nobody)).isEmpty();
    }

    private JsonObject reset(String token, String password) {
        return service.post(null, RESET, Map.of("t", token, "p", password));
    }

    /** Asks for a link and returns its token once the mail is there: the one not among {@code earlier}. */
    private String requestAndReadLink(String email, String... earlier) throws InterruptedException {
        assertThat(GraphQlHttp.dataWithoutErrors(service.post(null, REQUEST, Map.of("e", email)))
                .getBoolean("requestPasswordReset")).isTrue();
        List<String> known = List.of(earlier);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (String mail : mailsTo(email)) {
                Matcher link = LINK.matcher(mail);
                assertThat(link.find()).as(mail).isTrue();
                if (!known.contains(link.group(2))) {
                    return link.group(2);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no new password-reset mail to " + email + " in " + MAIL);
    }

    /** The text of every mail to this address (quoted-printable soft breaks and "=" undone). */
    private static List<String> mailsTo(String email) {
        if (!Files.isDirectory(MAIL)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(MAIL)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(PasswordResetIT::read)
                    .map(text -> text.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="))
                    .filter(text -> text.contains("To: " + email)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValidation(JsonObject response, String field) {
        assertThat(GraphQlHttp.firstErrorCode(response)).as(response.toString()).isEqualTo("VALIDATION");
        assertThat(GraphQlHttp.firstErrorField(response)).as(response.toString()).isEqualTo(field);
    }
}
