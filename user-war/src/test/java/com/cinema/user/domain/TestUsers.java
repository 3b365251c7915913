package com.cinema.user.domain;

/** Users as the database would return them: with an id. */
final class TestUsers {

    private TestUsers() {
    }

    static User withId(long id, User user) {
        try {
            var field = User.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
            return user;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
