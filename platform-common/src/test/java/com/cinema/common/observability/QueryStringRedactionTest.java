package com.cinema.common.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringRedactionTest {

    @Test
    void credentialValuesGoOnEveryPathAndOtherParametersStay() {
        assertThat(QueryStringRedaction.redacted("access_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", false))
                .isEqualTo("access_token=REDACTED");
        assertThat(QueryStringRedaction.redacted("from=2026-01-01&Password=x&to=2026-02-01&flag", false))
                .isEqualTo("from=2026-01-01&Password=REDACTED&to=2026-02-01&flag");
        assertThat(QueryStringRedaction.redacted("query=%7Bx%7D&page=2", false)).isEqualTo("query=%7Bx%7D&page=2");
    }

    @Test
    void graphQlDocumentsAndVariablesGoOnGraphQlPaths() {
        assertThat(QueryStringRedaction.redacted("query=mutation%7Blogin(password:%22x%22)%7D&variables=%7B%7D&page=2",
                true)).isEqualTo("query=REDACTED&variables=REDACTED&page=2");
    }
}
