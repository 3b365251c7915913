package com.cinema.gateway.it;

import com.cinema.testing.SchemaSnapshot;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.nio.file.Path;

/**
 * The public GraphQL API is the committed snapshot {@code src/test/resources/schema/gateway.graphql} and its copy
 * {@code docs/schema/gateway.graphql}, which docs/api.md links: a change to the API fails here with a diff until
 * both are rewritten ({@code -Dcinema.schema.update=true}) and reviewed.
 */
@MicroShedTest
class GatewaySchemaSnapshotIT {

    @Test
    void theLiveSchemaIsTheCommittedSnapshotAndItsCopyInTheDocs() {
        SchemaSnapshot.assertMatches(ApplicationEnvironment.Resolver.load().getApplicationURL(),
                Path.of("src/test/resources/schema/gateway.graphql"),
                Path.of("../docs/schema/gateway.graphql"));
    }
}
