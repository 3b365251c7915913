package com.cinema.persistence;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.SessionEventListener;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database calls in traces (docs/architecture.md, "Observability"): a CLIENT span for every JDBC statement (or
 * batch) Hibernate executes while a request's span is current, named as OpenTelemetry's database conventions
 * say ({@code SELECT booking}) with the statement's text (Hibernate binds every value as a parameter, so the
 * text holds no data). Work outside a traced request (the sweepers, the outbox) makes no spans of its own.
 *
 * <p>Every service's persistence unit names this class as {@code hibernate.session.events.auto} (one listener per
 * session) and {@link SqlText} as {@code hibernate.session_factory.statement_inspector}, which sees each SQL
 * string as Hibernate prepares it, on the thread that then executes it. The tracer is the application's own
 * (Liberty's mpTelemetry gives each application its OpenTelemetry through CDI); where there is none, no spans.
 */
public class DatabaseSpans implements SessionEventListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseSpans.class.getName());
    static final String INSTRUMENTATION = "com.cinema.persistence";
    private static final ThreadLocal<String> PREPARED = new ThreadLocal<>();
    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(select\\b.*?\\bfrom|insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([\\w.`\"]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static volatile Tracer tracer;

    private transient Span statement;

    @Override
    public void jdbcExecuteStatementStart() {
        statement = start(PREPARED.get());
    }

    @Override
    public void jdbcExecuteStatementEnd() {
        endStatement();
    }

    @Override
    public void jdbcExecuteBatchStart() {
        statement = start(PREPARED.get());
    }

    @Override
    public void jdbcExecuteBatchEnd() {
        endStatement();
    }

    /** The session ends: a statement span left open (its end event lost to a failure) ends with it. */
    @Override
    public void end() {
        endStatement();
    }

    private void endStatement() {
        if (statement != null) {
            statement.end();
            statement = null;
        }
    }

    /** A span for one statement, child of the current span; null when no request is being traced. */
    static Span start(String sql) {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        String[] name = name(sql);
        var span = tracer().spanBuilder(name[0] + (name[1] == null ? "" : " " + name[1]))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.operation.name", name[0]);
        if (name[1] != null) {
            span.setAttribute("db.collection.name", name[1]);
        }
        if (sql != null) {
            span.setAttribute("db.query.text", sql);
        }
        return span.startSpan();
    }

    /** Operation and table of a statement ({@code SELECT}, {@code booking}); the table may be unknown. */
    static String[] name(String sql) {
        if (sql == null || sql.isBlank()) {
            return new String[] {"DB", null};
        }
        Matcher matcher = TARGET.matcher(sql);
        String operation = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (matcher.find()) {
            return new String[] {operation, matcher.group(2).replace("`", "").replace("\"", "")};
        }
        return new String[] {operation, null};
    }

    private static Tracer tracer() {
        Tracer found = tracer;
        if (found == null) {
            try {
                found = CDI.current().select(OpenTelemetry.class).get().getTracer(INSTRUMENTATION);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "No OpenTelemetry for this application: no database spans", e);
                found = OpenTelemetry.noop().getTracer(INSTRUMENTATION);
            }
            tracer = found;
        }
        return found;
    }

    /** For tests: the tracer to use instead of the application's. */
    static void useTracer(Tracer use) {
        tracer = use;
    }

    /** Remembers the SQL Hibernate is about to run on this thread, unchanged. */
    public static class SqlText implements StatementInspector {

        private static final long serialVersionUID = 1L;

        @Override
        public String inspect(String sql) {
            PREPARED.set(sql);
            return sql;
        }
    }
}
