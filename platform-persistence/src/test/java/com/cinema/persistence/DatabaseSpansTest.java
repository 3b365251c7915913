package com.cinema.persistence;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Each statement Hibernate runs inside a traced request is a CLIENT span of that trace, named after the SQL. */
class DatabaseSpansTest {

    private final List<SpanData> exported = new CopyOnWriteArrayList<>();
    private SdkTracerProvider provider;

    @BeforeEach
    void tracer() {
        provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        })).build();
        DatabaseSpans.useTracer(provider.get("test"));
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aStatementInsideARequestIsAChildSpanNamedAfterItsOperationAndTable() {
        Span request = provider.get("test").spanBuilder("POST /graphql").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope ignored = request.makeCurrent()) {
            runs("select b1_0.id,b1_0.status from booking b1_0 where b1_0.id=?");
            runs("update seat_lock set booking_id=? where showtime_id=? and seat_id=?");
        } finally {
            request.end();
        }

        List<SpanData> statements = exported.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertThat(statements).extracting(SpanData::getName).containsExactly("SELECT booking", "UPDATE seat_lock");
        assertThat(statements).allSatisfy(span -> {
            assertThat(span.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
            assertThat(span.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        });
        assertThat(statements.get(0).getAttributes().get(AttributeKey.stringKey("db.query.text")))
                .isEqualTo("select b1_0.id,b1_0.status from booking b1_0 where b1_0.id=?");
        assertThat(statements.get(1).getAttributes().get(AttributeKey.stringKey("db.collection.name"))).isEqualTo("seat_lock");
    }

    @Test
    void workOutsideATracedRequestMakesNoSpans() {
        runs("delete from seat_event where created_at<?");

        assertThat(exported).isEmpty();
    }

    @Test
    void namesFollowTheStatement() {
        assertThat(DatabaseSpans.name("INSERT INTO `booking_db`.`ticket` (id) values (?)"))
                .containsExactly("INSERT", "booking_db.ticket");
        assertThat(DatabaseSpans.name("delete from customer_hold_lock where user_id=?"))
                .containsExactly("DELETE", "customer_hold_lock");
        assertThat(DatabaseSpans.name("select count(*) from (select 1) x")).containsExactly("SELECT", null);
        assertThat(DatabaseSpans.name("call next value for seq")).containsExactly("CALL", null);
        assertThat(DatabaseSpans.name(null)).containsExactly("DB", null);
    }

    /** What Hibernate does for one statement: inspect its SQL, then execute it between the two events. */
    private static void runs(String sql) {
        DatabaseSpans listener = new DatabaseSpans();
        new DatabaseSpans.SqlText().inspect(sql);
        listener.jdbcExecuteStatementStart();
        listener.jdbcExecuteStatementEnd();
    }
}
