package com.cinema.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryFilterTest {

    @Test
    void onlyCriteriaWithAValueMakeTheClause() {
        assertThat(new QueryFilter().and("p.status = :status", "status", null).where()).isEmpty();
        assertThat(new QueryFilter()
                .and("p.status = :status", "status", "FAILED")
                .and("p.userId = :user", "user", null)
                .and("p.createdAt >= :from", "from", 5L)
                .where()).isEqualTo(" where p.status = :status and p.createdAt >= :from");
    }
}
