package com.cinema.common.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** The request line's trace is the span that was current while the servlet shaped the response. */
class RequestLogFilterTest {

    private static final SpanContext SERVLET_SPAN = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(RequestLogFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
    }

    @Test
    void notesTheSpanCurrentWhenTheServletSetsTheContentType() {
        RequestLogFilter.SpanNoting noting = new RequestLogFilter.SpanNoting(response());
        noting.setStatus(200); // before the servlet's span: nothing to note
        assertThat(noting.span.isValid()).isFalse();

        try (Scope ignored = Span.wrap(SERVLET_SPAN).makeCurrent()) {
            noting.setContentType("application/json");
        }
        noting.setHeader("X-After", "outside any span");

        assertThat(noting.span).isEqualTo(SERVLET_SPAN);
    }

    @Test
    void theLineSaysMethodPathStatusAndTimeOnly() {
        assertThat(RequestLogFilter.line("POST", "/graphql", 200, 12)).isEqualTo("request: POST /graphql 200 in 12 ms");
    }
}
