package com.cinema.user.domain;

import com.cinema.user.persistence.UserRepository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The user table in a map, for domain tests: accounts added with the id the database would have given them. */
final class InMemoryUsers extends UserRepository {

    final Map<Long, User> byId = new HashMap<>();

    User add(long id, User user) {
        byId.put(id, TestUsers.withId(id, user));
        return user;
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }
}
