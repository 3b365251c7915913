package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The public {@code MovieSort} enum, passed through to the movie service unchanged. */
@Enum("MovieSort")
@Description("TITLE (A to Z, the default), RELEASE_DATE (newest first) or RATING (highest average first, unrated last)")
public enum MovieSort {
    TITLE,
    RELEASE_DATE,
    RATING
}
