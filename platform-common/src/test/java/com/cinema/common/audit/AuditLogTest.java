package com.cinema.common.audit;

import com.cinema.common.error.ConflictException;
import com.cinema.common.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One audit line per staff action, with who, what, when and the result, also when the action is refused. */
class AuditLogTest {

    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AuditLog audit;

    @BeforeEach
    void setUp() {
        AuditLog.LOG.addHandler(capture);
        audit = new AuditLog();
        audit.clock = Clock.fixed(Instant.parse("2026-12-01T07:00:00Z"), ZoneOffset.UTC);
        audit.caller = new Caller() {
            @Override
            public long id() {
                return 7;
            }

            @Override
            public boolean isStaff() {
                return true;
            }

            @Override
            public boolean isService() {
                return false;
            }
        };
    }

    @AfterEach
    void tearDown() {
        AuditLog.LOG.removeHandler(capture);
    }

    @Test
    void aSuccessfulActionIsLoggedWithItsActorAndTime() {
        assertThat(audit.record("user.role.change", "user/42 ADMIN", () -> "done")).isEqualTo("done");
        assertThat(lines).containsExactly("AUDIT at=2026-12-01T07:00:00Z actor=staff:7 action=user.role.change "
                + "target=user/42_ADMIN result=ok");
    }

    @Test
    void aRefusedActionIsLoggedWithTheErrorCode() {
        assertThatThrownBy(() -> audit.record("movie.delete", "movie/3", () -> {
            throw new ConflictException("Future showtimes use this movie");
        })).isInstanceOf(ConflictException.class);
        assertThat(lines).singleElement().asString().endsWith("action=movie.delete target=movie/3 result=CONFLICT");
    }

    @Test
    void aFailureIsLoggedAsFailed() {
        assertThatThrownBy(() -> audit.record("booking.refund", "booking/9", (Runnable) () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(lines).singleElement().asString().endsWith("result=failed");
    }
}
