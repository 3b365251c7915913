package com.cinema.gateway.api.user;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** One page of users with the total number of matches. */
public class UserPage {

    @NonNull
    public List<@NonNull User> items;
    public int total;
    public int page;
    public int size;
}
