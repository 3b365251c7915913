package com.cinema.persistence;

import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code where} clause of a search whose criteria are all optional: each criterion with a value adds its
 * condition, and values are always bound as parameters, never concatenated into the JPQL.
 */
public final class QueryFilter {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (which names {@code :parameter}) when {@code value} is not null. */
    public QueryFilter and(String condition, String parameter, Object value) {
        if (value != null) {
            clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** {@code " where a and b"}, or empty when no criterion has a value. */
    public String where() {
        return clause.toString();
    }

    /** Binds the parameters of the conditions added to a query made with {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
