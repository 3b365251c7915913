package com.cinema.common.edge;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Set;

/**
 * What a GraphQL request may look like before any parser or resolver sees it (docs/api.md, "Limits").
 * MicroProfile Config, so each key has an environment override: {@code cinema.edge.graphql.max-body-bytes}
 * is {@code CINEMA_EDGE_GRAPHQL_MAX_BODY_BYTES}, {@code cinema.graphql.introspection} is
 * {@code CINEMA_GRAPHQL_INTROSPECTION}.
 *
 * @param maxBodyBytes  the largest request body (and GET query string) accepted; larger is 413
 * @param maxJsonDepth  how deeply the request's JSON may nest (variables included); deeper is 400
 * @param introspection whether {@code __schema}/{@code __type} and {@code /graphql/schema.graphql} are served
 * @param trustedProxies addresses whose X-Forwarded-For is believed ({@code cinema.edge.trusted-proxies}, none by
 *                       default: behind an ingress, list its addresses)
 */
public record EdgeLimits(int maxBodyBytes, int maxJsonDepth, boolean introspection, Set<String> trustedProxies) {

    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_JSON_DEPTH = 32;

    public EdgeLimits {
        if (maxBodyBytes < 1 || maxJsonDepth < 1) {
            throw new IllegalArgumentException("edge limits must be positive");
        }
        trustedProxies = Set.copyOf(trustedProxies);
    }

    public EdgeLimits(int maxBodyBytes, int maxJsonDepth, boolean introspection) {
        this(maxBodyBytes, maxJsonDepth, introspection, Set.of());
    }

    /** Read once per filter instance; a changed limit takes effect at the next start. */
    public static EdgeLimits fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new EdgeLimits(
                config.getOptionalValue("cinema.edge.graphql.max-body-bytes", Integer.class)
                        .orElse(DEFAULT_MAX_BODY_BYTES),
                config.getOptionalValue("cinema.edge.graphql.max-json-depth", Integer.class)
                        .orElse(DEFAULT_MAX_JSON_DEPTH),
                config.getOptionalValue("cinema.graphql.introspection", Boolean.class).orElse(false),
                config.getOptionalValues("cinema.edge.trusted-proxies", String.class).map(Set::copyOf)
                        .orElse(Set.of()));
    }
}
