package com.cinema.common.edge;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * A server's own check of a GraphQL document, run by {@link GraphQlEdgeFilter} after the transport checks and
 * before execution. Implementations are CDI beans of the WAR (the gateway's query cost model is one).
 */
public interface GraphQlDocumentCheck {

    /**
     * @param operationName the operation to run, or null
     * @param variables     the request's variables (empty when none were sent)
     * @param client        who sent it: the client address (proxy-aware) and the verified user, if any
     * @return a refusal (usually status 200 and VALIDATION naming the limit), or empty to let the request run
     */
    Optional<EdgeRejection> check(String query, String operationName, JsonObject variables, EdgeClient client);
}
