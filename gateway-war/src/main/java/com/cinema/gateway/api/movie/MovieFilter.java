package com.cinema.gateway.api.movie;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The public {@code MovieFilter} input; every field is optional. */
@Input("MovieFilter")
public class MovieFilter {

    @Description("Any part of the title, case-insensitive")
    public String search;
    @Description("A genre name as listed by the genres query, e.g. \"Drama\"")
    public String genre;
    @Description("NOW_SHOWING, COMING_SOON or ARCHIVED")
    public String status;
    @Description("Spoken language, e.g. \"English\"")
    public String language;
}
