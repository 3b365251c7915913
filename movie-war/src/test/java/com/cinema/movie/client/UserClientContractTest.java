package com.cinema.movie.client;

import com.cinema.testing.GraphQlContract;
import org.junit.jupiter.api.Test;

/** The movie service as a consumer: what it asks the user service (a review author's address) exists there. */
class UserClientContractTest {

    @Test
    void contactPreferencesFitsTheUserServicesSchema() {
        GraphQlContract.assertClientFits(UserContactClient.class, "user");
    }
}
