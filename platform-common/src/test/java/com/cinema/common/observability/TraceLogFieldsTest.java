package com.cinema.common.observability;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Log records get the current span's ids through Liberty's LogRecordContext (here its test stand-in). */
class TraceLogFieldsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    private final TraceLogFields fields = new TraceLogFields();

    @AfterEach
    void unregister() {
        fields.unregister(null);
    }

    @Test
    void aLineLoggedInsideASpanCarriesItsTraceAndSpanId() {
        fields.register(null);
        System.gc(); // Liberty holds the callbacks weakly: the bean must keep them alive

        Span span = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope ignored = span.makeCurrent()) {
            assertThat(extensions()).containsEntry("traceId", TRACE_ID).containsEntry("spanId", SPAN_ID);
        }
    }

    @Test
    void aLineLoggedOutsideAnySpanHasNoIdFields() {
        fields.register(null);

        assertThat(extensions()).doesNotContainKeys("traceId", "spanId");
    }

    @Test
    void shutdownRemovesTheFields() {
        fields.register(null);
        fields.unregister(null);

        Span span = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope ignored = span.makeCurrent()) {
            assertThat(extensions()).doesNotContainKeys("traceId", "spanId");
        }
    }

    private static Map<String, String> extensions() {
        Map<String, String> found = new HashMap<>();
        LogRecordContext.getExtensions(found);
        return found;
    }
}
