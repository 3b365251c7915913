package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ErrorCode;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The booking tests' check of a CONFLICT answer (e.g. lock contention that outlasted the retries). */
public final class ConflictAnswers {

    private ConflictAnswers() {
    }

    /** The call answers CONFLICT; returns an assertion on its message. */
    public static AbstractStringAssert<?> assertConflict(ThrowingCallable call) {
        ConflictException e = catchThrowableOfType(call, ConflictException.class);
        assertThat(e).as("a CONFLICT answer").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
        return assertThat(e.getMessage());
    }
}
