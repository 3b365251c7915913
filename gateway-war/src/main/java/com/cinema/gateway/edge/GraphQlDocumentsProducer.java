package com.cinema.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one {@link GraphQlDocuments} of the gateway, shared by its edge checks; its limits from MicroProfile Config. */
@ApplicationScoped
public class GraphQlDocumentsProducer {

    @Produces
    @Singleton
    GraphQlDocuments documents(
            @ConfigProperty(name = "cinema.edge.graphql.max-tokens", defaultValue = "5000") int maxTokens,
            @ConfigProperty(name = "cinema.edge.graphql.max-depth", defaultValue = "10") int maxDepth,
            // The total length of the document texts whose parse is kept (0: none).
            @ConfigProperty(name = "cinema.edge.graphql.parsed-cache-chars", defaultValue = "262144")
            long parsedCacheChars) {
        return new GraphQlDocuments(maxTokens, Math.max(1000, maxDepth * 8), parsedCacheChars);
    }
}
