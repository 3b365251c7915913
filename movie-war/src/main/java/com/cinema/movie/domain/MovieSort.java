package com.cinema.movie.domain;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How a list of movies is ordered; every order ends with the id so that paging is stable. */
@Enum("MovieSort")
@Description("TITLE (A to Z, the default), RELEASE_DATE (newest first) or RATING (highest average first, unrated last)")
public enum MovieSort {
    TITLE,
    RELEASE_DATE,
    RATING;

    /** The JPQL order-by clause for movies aliased {@code m}. */
    public String orderBy() {
        return switch (this) {
            case TITLE -> " order by lower(m.title), m.id";
            case RELEASE_DATE -> " order by case when m.releaseDate is null then 1 else 0 end, m.releaseDate desc, m.id";
            case RATING -> " order by case when m.averageRating is null then 1 else 0 end, m.averageRating desc,"
                    + " m.reviewCount desc, m.id";
        };
    }
}
