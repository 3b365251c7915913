package com.cinema.common.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTextTest {

    @Test
    void aFailureIsItsClassAndMessageCutToTheColumn() {
        assertThat(FailureText.of(new IOException("SMS gateway answered HTTP 503")))
                .isEqualTo("IOException: SMS gateway answered HTTP 503");
        assertThat(FailureText.of(new StackOverflowError())).isEqualTo("StackOverflowError");
        assertThat(FailureText.of(new IllegalStateException("x".repeat(2_000))))
                .hasSize(FailureText.MAX_LENGTH).startsWith("IllegalStateException: xxx");
    }
}
