package com.cinema.user.domain;

import com.cinema.common.paging.PageRequest;
import com.cinema.user.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The account use cases, each in one transaction; users are returned with their roles loaded. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @Inject
    UserRepository users;

    /** A page of matches and the number of all matches. */
    public record Results(List<User> users, long total) {
    }

    /** The users with these ids in the order asked; unknown ids are left out. */
    public List<User> findAll(List<Long> ids) {
        Map<Long, User> byId = users.findAll(ids).stream().collect(Collectors.toMap(User::getId, u -> u));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Users whose e-mail or name contains the text, ignoring case; a blank text matches everyone. */
    public Results search(String text, PageRequest page) {
        return new Results(users.search(text, page), users.countMatching(text));
    }
}
