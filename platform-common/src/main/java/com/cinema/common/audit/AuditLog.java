package com.cinema.common.audit;

import com.cinema.common.error.ApiException;
import com.cinema.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The audit trail of staff actions (docs/architecture.md, "Observability"): role changes, refunds, deletes,
 * showtime cancellations. One line per action on the {@code cinema.audit} logger, after it ran: who (the verified
 * token's subject, never a name or e-mail address), what (action and target), when (UTC) and the result
 * ({@code ok}, the error code of a refusal, or {@code failed}). With LOG_FORMAT=JSON the line also carries the
 * request's trace id, so the action can be followed through every server.
 */
@ApplicationScoped
public class AuditLog {

    static final Logger LOG = Logger.getLogger("cinema.audit");

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** Runs the action and writes its audit line, whatever the outcome. */
    public <T> T record(String action, String target, Supplier<T> work) {
        String result = "failed";
        try {
            T value = work.get();
            result = "ok";
            return value;
        } catch (ApiException refused) {
            result = refused.code().name();
            throw refused;
        } finally {
            LOG.info(new AuditEntry(clock.instant(), actor(), action, target, result).toLogLine());
        }
    }

    /** The same for an action without a result value. */
    public void record(String action, String target, Runnable work) {
        record(action, target, () -> {
            work.run();
            return null;
        });
    }

    private String actor() {
        try {
            if (caller.isService()) {
                return "service";
            }
            return (caller.isStaff() ? "staff:" : "user:") + caller.id();
        } catch (RuntimeException noCaller) {
            return "anonymous";
        }
    }

    /** One audit line: key=value pairs, values without spaces, so log shippers can split them. */
    public record AuditEntry(Instant at, String actor, String action, String target, String result) {

        public String toLogLine() {
            return "AUDIT at=" + at + " actor=" + clean(actor) + " action=" + clean(action) + " target="
                    + clean(target) + " result=" + clean(result);
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? "-" : value.replaceAll("[\\s=\"]", "_");
        }
    }
}
