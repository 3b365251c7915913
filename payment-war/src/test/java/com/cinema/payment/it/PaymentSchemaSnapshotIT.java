package com.cinema.payment.it;

import com.cinema.testing.SchemaSnapshot;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jupiter.MicroShedTest;

import java.nio.file.Path;

/**
 * The payment service's GraphQL API is the committed snapshot {@code src/test/resources/schema/payment.graphql}: a change
 * to it fails here with a diff until the snapshot is rewritten ({@code -Dcinema.schema.update=true}) and reviewed.
 * Its consumers' contract tests read the same file.
 */
@MicroShedTest
class PaymentSchemaSnapshotIT {

    @Test
    void theLiveSchemaIsTheCommittedSnapshot() {
        SchemaSnapshot.assertMatches(ApplicationEnvironment.Resolver.load().getApplicationURL(),
                Path.of("src/test/resources/schema/payment.graphql"));
    }
}
