package com.cinema.user.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of users with the total number of matches. */
@Type("UserPage")
public class UserPage {

    @NonNull
    public List<@NonNull UserView> items;
    public int total;
    public int page;
    public int size;

    static UserPage of(List<UserView> items, long total, int page, int size) {
        UserPage result = new UserPage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
