package com.cinema.gateway.it;

import com.cinema.testing.SchemaSnapshot;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.nio.file.Path;

/**
 * The public GraphQL API is the committed snapshot {@code docs/schema/gateway.graphql}, which docs/api.md links (one
 * file, not a copy per place): a change to the API fails here with a diff until it is rewritten
 * ({@code -Dcinema.schema.update=true}) and reviewed.
 */
@MicroShedTest
class GatewaySchemaSnapshotIT {

    @Test
    void theLiveSchemaIsTheSnapshotInTheDocs() {
        SchemaSnapshot.assertMatches(ApplicationEnvironment.Resolver.load().getApplicationURL(), GatewayManagement.URL,
                Path.of("../docs/schema/gateway.graphql"));
    }
}
