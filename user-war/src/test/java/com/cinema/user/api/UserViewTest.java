package com.cinema.user.api;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class UserViewTest {

    @Test
    void theGraphQlUserTypeHasNoFieldThatCouldCarryThePassword() {
        assertThat(Arrays.stream(UserView.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers())).map(Field::getName))
                .containsExactlyInAnyOrder("id", "email", "fullName", "phone", "smsOptIn", "reminders", "roles", "status",
                        "createdAt");
    }
}
