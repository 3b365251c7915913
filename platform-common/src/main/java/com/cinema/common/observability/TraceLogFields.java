package com.cinema.common.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the current trace and span id on every log line (docs/architecture.md, "Observability"): with JSON logs
 * ({@code LOG_FORMAT=JSON}) each line written while a span is current carries {@code ext_traceId} and
 * {@code ext_spanId}, so one request's lines can be found on every server by its trace id. Liberty 26.0.0.3's
 * JSON logging does not add them by itself; its supported hook is {@code LogRecordContext.registerExtension}
 * (an IBM API every application sees), whose callback runs on the logging thread for each record, so the ids
 * are those of whatever span is current there: the request's, and any child span's (a database call's).
 *
 * <p>Registered once per application at start-up, removed at shutdown. The API is reached by reflection: it is
 * not published to Maven, and where it is missing (unit tests, another server) nothing is registered.
 * Liberty keeps only a weak reference to a registered callback, so this bean holds the strong ones.
 */
@ApplicationScoped
public class TraceLogFields {

    private static final Logger LOG = Logger.getLogger(TraceLogFields.class.getName());
    private static final String API = "com.ibm.websphere.logging.hpel.LogRecordContext";
    /** Shown as {@code ext_traceId} / {@code ext_spanId} in Liberty's JSON log records. */
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private Object traceIdField;
    private Object spanIdField;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            Class<?> context = Class.forName(API, true, TraceLogFields.class.getClassLoader());
            Class<?> extension = Class.forName(API + "$Extension", true, TraceLogFields.class.getClassLoader());
            Method register = context.getMethod("registerExtension", String.class, extension);
            traceIdField = callback(extension, SpanContext::getTraceId);
            spanIdField = callback(extension, SpanContext::getSpanId);
            register.invoke(null, TRACE_ID, traceIdField);
            register.invoke(null, SPAN_ID, spanIdField);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.FINE, "No Liberty LogRecordContext here: log lines carry no trace ids", e);
        }
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (traceIdField == null) {
            return;
        }
        try {
            Method unregister = Class.forName(API, true, TraceLogFields.class.getClassLoader())
                    .getMethod("unregisterExtension", String.class);
            unregister.invoke(null, TRACE_ID);
            unregister.invoke(null, SPAN_ID);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.FINE, "Could not unregister the trace id log fields", e);
        }
        traceIdField = null;
        spanIdField = null;
    }

    /** A LogRecordContext.Extension whose getValue() is the current span's id, or null (no field) outside one. */
    private static Object callback(Class<?> extension, Function<SpanContext, String> id) {
        return Proxy.newProxyInstance(TraceLogFields.class.getClassLoader(), new Class<?>[] {extension},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> current(id);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "TraceLogFields$Extension";
                    default -> null;
                });
    }

    /** The id of the span current on this thread, or null when there is none (no field on the line). */
    static String current(Function<SpanContext, String> id) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? id.apply(span) : null;
    }
}
