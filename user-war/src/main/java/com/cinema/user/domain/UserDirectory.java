package com.cinema.user.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.user.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The account use cases, each in one transaction; users are returned with their roles loaded. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @Inject
    UserRepository users;

    /** A page of matches and the number of all matches. */
    public record Results(List<User> users, long total) {
    }

    /** Users whose e-mail or name contains the text, ignoring case; a blank text matches everyone. */
    public Results search(String text, PageRequest page) {
        return new Results(users.search(text, page), users.countMatching(text));
    }
}
