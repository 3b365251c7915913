package com.cinema.movie.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST on the movie service, only for binary data (poster images); everything else is GraphQL at /graphql. */
@ApplicationPath("/api")
public class MovieRestApplication extends Application {
}
