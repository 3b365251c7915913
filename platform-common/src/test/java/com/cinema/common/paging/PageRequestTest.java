package com.cinema.common.paging;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void defaultsToFirstPageOfTwenty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void capsSizeAtOneHundred() {
        assertThat(PageRequest.of(3, 500).size()).isEqualTo(100);
    }

    @Test
    void offsetIsPageTimesSizeWithoutOverflow() {
        assertThat(PageRequest.of(2, 30).offset()).isEqualTo(60);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 100).offset()).isEqualTo(214_748_364_700L);
    }

    @Test
    void firstResultIsTheOffsetCappedAtTheLargestInt() {
        assertThat(PageRequest.of(2, 30).firstResult()).isEqualTo(60);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 100).firstResult()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsNegativePageNamingTheField() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("page"));
    }

    @Test
    void rejectsEmptySizeNamingTheField() {
        assertThatThrownBy(() -> PageRequest.of(0, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("size:");
    }
}
