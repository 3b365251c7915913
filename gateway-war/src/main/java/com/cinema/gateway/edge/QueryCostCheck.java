package com.cinema.gateway.edge;

import com.cinema.common.edge.EdgeClient;
import com.cinema.common.edge.EdgeRejection;
import com.cinema.common.edge.GraphQlDocumentCheck;
import graphql.schema.idl.SchemaParser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts {@link QueryCost} in front of the gateway's {@code /graphql} (the platform's edge filter runs every
 * {@link GraphQlDocumentCheck} bean). The types are the committed public schema, docs/schema/gateway.graphql,
 * packaged into the WAR; the snapshot test keeps it equal to the live schema.
 */
@ApplicationScoped
public class QueryCostCheck implements GraphQlDocumentCheck {

    static final String SCHEMA_RESOURCE = "/cinema/gateway.graphql";

    @Inject
    @ConfigProperty(name = "cinema.edge.graphql.max-depth", defaultValue = "10")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "cinema.edge.graphql.max-aliases", defaultValue = "20")
    int maxAliases;

    @Inject
    @ConfigProperty(name = "cinema.edge.graphql.max-cost", defaultValue = "500")
    int maxCost;

    @Inject
    @ConfigProperty(name = "cinema.edge.graphql.unpaged-list-length", defaultValue = "20")
    int unpagedListLength;

    /** The parse shared with the other edge checks (cinema.edge.graphql.max-tokens, parsed-cache-chars). */
    @Inject
    GraphQlDocuments documents;

    private QueryCost cost;

    @PostConstruct
    void load() {
        try (InputStream in = QueryCostCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the WAR");
            }
            cost = new QueryCost(new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    new QueryCost.Limits(maxDepth, maxAliases, maxCost, unpagedListLength,
                            com.cinema.common.paging.PageRequest.MAX_SIZE), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<EdgeRejection> check(String query, String operationName, JsonObject variables,
                                         EdgeClient client) {
        return cost.check(query, operationName, variables);
    }
}
