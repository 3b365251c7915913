package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeRejection;
import com.cinema.common.edge.GraphQlDocumentCheck;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The gateway's rate limits (issue #17; docs/api.md, "Limits"): every request spends one token of its client's
 * bucket (per user when MP-JWT verified a token, else per address), and the operations worth abusing spend from
 * stricter buckets of their own: {@code login}, {@code register}, {@code refreshToken}, {@code requestPasswordReset}
 * and {@code resetPassword} per address (their callers are anonymous), {@code holdSeats} and {@code checkout} per
 * user. Sign-in is also limited per address and account, never per account alone, so a stranger cannot lock anyone
 * out. Each limit is requests per minute from MicroProfile Config ({@code cinema.rate-limit.<name>-per-minute}, e.g.
 * CINEMA_RATE_LIMIT_LOGIN_PER_MINUTE, CINEMA_RATE_LIMIT_REQUEST_PASSWORD_RESET_PER_MINUTE).
 */
@ApplicationScoped
public class RateLimitCheck implements GraphQlDocumentCheck {

    /** Operation → default requests per minute; the key is by address for {@link #BY_ADDRESS}, else by user. */
    static final Map<String, Long> OPERATION_DEFAULTS = Map.of(
            "login", 20L, "register", 5L, "refreshToken", 30L, "requestPasswordReset", 5L, "resetPassword", 10L,
            "holdSeats", 30L, "checkout", 10L);
    /**
     * The operations counted by client address even when the request carries a token: they need none, so counting
     * them per user would let any token (or a fresh account per token) buy a new budget. Asking for a reset link
     * sends an e-mail and a reset presents a token a guesser would try many of: hence their own, small buckets.
     */
    static final Set<String> BY_ADDRESS = Set.of(
            "login", "register", "refreshToken", "requestPasswordReset", "resetPassword");
    static final long LOGIN_PER_ACCOUNT_DEFAULT = 5;
    static final long ANONYMOUS_DEFAULT = 300;
    static final long USER_DEFAULT = 600;

    private final RateLimiter limiter = new RateLimiter(100_000);
    private final Function<String, Optional<String>> settings;
    private final GraphQlDocuments documents;

    @Inject
    public RateLimitCheck(Config config, GraphQlDocuments documents) {
        this(name -> config.getOptionalValue(name, String.class), documents);
    }

    /**
     * @param settings  MicroProfile Config in production, a map in tests
     * @param documents the parse shared with the other edge checks
     */
    RateLimitCheck(Function<String, Optional<String>> settings, GraphQlDocuments documents) {
        this.settings = settings;
        this.documents = documents;
    }

    protected RateLimitCheck() {
        this.settings = null; // CDI's client proxy only
        this.documents = null;
    }

    private long perMinute(String name, long fallback) {
        return settings.apply("cinema.rate-limit." + name + "-per-minute").map(Long::parseLong).orElse(fallback);
    }

    private boolean enabled() {
        return settings.apply("cinema.rate-limit.enabled").map(Boolean::parseBoolean).orElse(true);
    }

    /**
     * One request of any kind, GraphQL or one of the gateway's REST endpoints that do work per request (a booking's
     * ticket or calendar file): one token of the client's bucket, the same bucket for both, so the REST side is no
     * way around the limit.
     */
    public Optional<EdgeRejection> checkRequest(EdgeClient client) {
        if (!enabled()) {
            return Optional.empty();
        }
        long general = client.signedIn() ? perMinute("user", USER_DEFAULT) : perMinute("anonymous", ANONYMOUS_DEFAULT);
        return limiter.take("all|" + who(client), general, 1)
                .flatMap(wait -> refuse("request", "too many requests", wait));
    }

    @Override
    public Optional<EdgeRejection> check(String query, String operationName, JsonObject variables,
                                         EdgeClient client) {
        if (!enabled()) {
            return Optional.empty();
        }
        Optional<EdgeRejection> tooMany = checkRequest(client);
        if (tooMany.isPresent()) {
            return tooMany;
        }
        List<Field> roots = rootFields(query, operationName);
        for (Field field : roots) {
            Long fallback = OPERATION_DEFAULTS.get(field.getName());
            if (fallback == null) {
                continue;
            }
            boolean byAddress = BY_ADDRESS.contains(field.getName());
            String key = field.getName() + "|" + (byAddress ? "address:" + client.address() : who(client));
            Optional<Duration> wait = limiter.take(key, perMinute(kebab(field.getName()), fallback), 1);
            if (wait.isEmpty() && field.getName().equals("login")) {
                Optional<String> account = stringArgument(field, "email", variables);
                if (account.isPresent()) {
                    wait = limiter.take("login-account|" + client.address() + "|" + account.get(),
                            perMinute("login-per-account", LOGIN_PER_ACCOUNT_DEFAULT), 1);
                }
            }
            if (wait.isPresent()) {
                return refuse(field.getName(), "too many attempts", wait.get());
            }
        }
        return Optional.empty();
    }

    /** Whose bucket: the user's when MP-JWT verified a token, else the address's. */
    private static String who(EdgeClient client) {
        return client.signedIn() ? "user:" + client.user() : "address:" + client.address();
    }

    private static Optional<EdgeRejection> refuse(String field, String what, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Optional.of(EdgeRejection.rateLimited(field, what + "; try again in " + seconds + " s", seconds));
    }

    /** The root fields of the operation that will run; a document that does not parse has none (cost refuses it). */
    private List<Field> rootFields(String query, String operationName) {
        Document document;
        try {
            document = documents.parse(query);
        } catch (InvalidSyntaxException e) {
            return List.of();
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName()))
                .findFirst()
                .map(o -> o.getSelectionSet().getSelectionsOfType(Field.class))
                .orElse(List.of());
    }

    private static Optional<String> stringArgument(Field field, String name, JsonObject variables) {
        for (Argument argument : field.getArguments()) {
            if (!argument.getName().equals(name)) {
                continue;
            }
            if (argument.getValue() instanceof StringValue literal) {
                return Optional.of(literal.getValue().trim().toLowerCase(Locale.ROOT));
            }
            if (argument.getValue() instanceof VariableReference ref
                    && variables.get(ref.getName()) instanceof JsonString value) {
                return Optional.of(value.getString().trim().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** refreshToken → refresh-token, holdSeats → hold-seats: the config key's spelling. */
    static String kebab(String operation) {
        return operation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
