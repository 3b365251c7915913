package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.UnauthenticatedException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What staff and owners may still do with a closed account, with the transactions replaced by a map. */
class AccountsTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
    private static final long ADMIN = 1;

    private final InMemoryAccounts changes = new InMemoryAccounts();
    private final Accounts accounts = new Accounts();
    private User closed;
    private User open;

    @BeforeEach
    void wire() {
        accounts.changes = changes;
        closed = changes.add(5, new User("ann@example.org", HASH, "Ann Smith"));
        closed.close();
        open = changes.add(6, new User("bob@example.org", HASH, "Bob Brown"));
    }

    @Test
    void staffCannotReopenOrPromoteAClosedAccount() {
        for (UserStatus status : new UserStatus[] {UserStatus.ACTIVE, UserStatus.DISABLED}) {
            assertThatThrownBy(() -> accounts.changeStatus(ADMIN, 5, status)).as(status.name())
                    .isInstanceOf(ConflictException.class).hasMessage(AccountRules.CLOSED_FOR_GOOD);
        }
        assertThatThrownBy(() -> accounts.changeRole(ADMIN, 5, Role.ADMIN, true))
                .isInstanceOf(ConflictException.class).hasMessage(AccountRules.CLOSED_FOR_GOOD);

        assertThat(changes.written).as("refused before any transaction").isEmpty();
        assertThat(closed.getStatus()).isEqualTo(UserStatus.CLOSED);
        assertThat(closed.getRoles()).containsExactly(Role.USER);
    }

    @Test
    void staffCannotCloseAnAccountThemselves() {
        assertThatThrownBy(() -> accounts.changeStatus(ADMIN, 6, UserStatus.CLOSED))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("status:");
        assertThat(open.getStatus()).isEqualTo(UserStatus.ACTIVE);

        assertThat(accounts.changeStatus(ADMIN, 6, UserStatus.DISABLED).getStatus()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void aClosedAccountIsGoneForItsOwnerAndGetsNoMessages() {
        assertThatThrownBy(() -> accounts.own(5)).isInstanceOf(UnauthenticatedException.class)
                .hasMessage("This account was closed");
        assertThatThrownBy(() -> accounts.changeProfile(5, "Ann Smith", "+442079460018", true, null))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(closed.getPhone()).isNull();
        assertThat(accounts.findContactable(5)).isEmpty();

        assertThat(accounts.own(6)).isSameAs(open);
        assertThat(accounts.findContactable(6)).contains(open);
        assertThat(accounts.find(5)).as("staff still see it").contains(closed);
    }

    @Test
    void nobodyRegistersAClosedAccountsPlaceholder() {
        assertThatThrownBy(() -> accounts.register("closed-5@closed.invalid", "Popcorn-And-Films-1", "Mallory", null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("email:");
        assertThat(changes.written).isEmpty();
    }

    private static final class InMemoryAccounts extends AccountChanges {

        final Map<Long, User> byId = new HashMap<>();
        final List<String> written = new ArrayList<>();

        User add(long id, User user) {
            byId.put(id, TestUsers.withId(id, user));
            return user;
        }

        @Override
        public Optional<User> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<User> add(User user) {
            written.add("add " + user.getEmail());
            return Optional.of(user);
        }

        @Override
        public Optional<User> changeStatus(long userId, UserStatus status) {
            written.add("status " + userId);
            return find(userId).map(user -> {
                user.changeStatus(status);
                return user;
            });
        }

        @Override
        public Optional<User> changeRole(long userId, Role role, boolean granted) {
            written.add("role " + userId);
            return find(userId).map(user -> {
                user.changeRole(role, granted);
                return user;
            });
        }

        @Override
        public Optional<User> changeProfile(long userId, String fullName, String phone, Boolean smsOptIn,
                                            Boolean reminders) {
            written.add("profile " + userId);
            return find(userId).map(user -> {
                user.changeProfile(fullName, phone, smsOptIn, reminders);
                return user;
            });
        }
    }
}
