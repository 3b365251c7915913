package com.cinema.user.domain;

import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import com.cinema.user.security.Argon2Settings;
import com.cinema.user.security.PasswordHasher;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    @Test
    void newUserIsAnActiveCustomerKeyedByTheNormalisedEmail() {
        User user = new User(" Ann@Example.org ", HASH, " Ann Smith ");

        assertThat(user.getEmail()).isEqualTo("Ann@Example.org");
        assertThat(user.getEmailNormalized()).isEqualTo("ann@example.org");
        assertThat(user.getFullName()).isEqualTo("Ann Smith");
        assertThat(user.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.getRoles()).containsExactly(Role.USER);
        assertThat(user.canSignIn()).isTrue();
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new User("ann@example.org", HASH, " ")).hasMessage("fullName: is required");
    }

    @Test
    void rolesCannotBeChangedBehindTheAggregatesBack() {
        User user = new User("ann@example.org", HASH, "Ann Smith");

        assertThatThrownBy(() -> user.getRoles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void adminIsGrantedAndRemovedButUserStays() {
        User user = new User("ann@example.org", HASH, "Ann Smith");

        user.changeRole(Role.ADMIN, true);
        assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        user.changeRole(Role.ADMIN, false);
        assertThat(user.getRoles()).containsExactly(Role.USER);
        assertThatThrownBy(() -> user.changeRole(Role.USER, false))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("role:");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        User user = new User("ann@example.org", HASH, "Ann Smith");

        user.changeStatus(UserStatus.DISABLED);

        assertThat(user.canSignIn()).isFalse();
    }

    @Test
    void theProfileIsReplacedWholeAndChecked() {
        User user = new User("ann@example.org", HASH, "Ann Smith");

        user.changeProfile("Ann Jones", "+442079460018");
        assertThat(user.getFullName()).isEqualTo("Ann Jones");
        assertThat(user.getPhone()).isEqualTo("+442079460018");
        user.changeProfile("Ann Jones", "");
        assertThat(user.getPhone()).isNull();
        assertThatThrownBy(() -> user.changeProfile("Ann Jones", "0207")).hasMessageStartingWith("phone:");
        assertThatThrownBy(() -> user.changeProfile("", null)).hasMessageStartingWith("fullName:");
        assertThat(user.getFullName()).as("unchanged after a refused change").isEqualTo("Ann Jones");
    }

    @Test
    void smsNeedsAPhoneAndEndsWhenTheNumberIsRemoved() {
        User user = new User("ann@example.org", HASH, "Ann Smith");
        assertThat(user.isSmsOptIn()).as("nobody is texted without asking").isFalse();

        assertThatThrownBy(() -> user.changeProfile("Ann Smith", null, true)).hasMessageStartingWith("smsOptIn:");
        assertThat(user.isSmsOptIn()).isFalse();

        user.changeProfile("Ann Smith", "+442079460018", true);
        assertThat(user.isSmsOptIn()).isTrue();
        user.changeProfile("Ann Jones", "+442079460019", null);
        assertThat(user.isSmsOptIn()).as("omitted keeps the choice").isTrue();
        assertThat(user.getPhone()).isEqualTo("+442079460019");
        user.changeProfile("Ann Jones", "+442079460019", false);
        assertThat(user.isSmsOptIn()).isFalse();
        user.changeProfile("Ann Jones", "+442079460019", true);
        user.changeProfile("Ann Jones", "", null);
        assertThat(user.isSmsOptIn()).as("no number, no SMS").isFalse();
        assertThatThrownBy(() -> user.changeProfile("Ann Jones", "", true)).hasMessageStartingWith("smsOptIn:");
    }

    @Test
    void remindersAreOnUntilTurnedOffAndAProfileChangeWithoutThemKeepsTheChoice() {
        User user = new User("ann@example.org", HASH, "Ann Smith");
        assertThat(user.wantsReminders()).as("on for a new account").isTrue();

        user.changeProfile("Ann Smith", null, null, false);
        assertThat(user.wantsReminders()).isFalse();
        user.changeProfile("Ann Jones", "+442079460018", true);
        assertThat(user.wantsReminders()).as("omitted keeps the choice").isFalse();
        assertThat(user.isSmsOptIn()).isTrue();
        user.changeProfile("Ann Jones", "+442079460018", null, true);
        assertThat(user.wantsReminders()).isTrue();
        assertThat(user.isSmsOptIn()).as("the SMS choice is kept beside it").isTrue();
        // A broken rule changes nothing, the reminders included.
        assertThatThrownBy(() -> user.changeProfile("", null, null, false)).hasMessageStartingWith("fullName:");
        assertThat(user.wantsReminders()).isTrue();
    }

    @Test
    void closingErasesThePersonalDataForGoodAndFreesTheAddress() {
        PasswordHasher hasher = new PasswordHasher(new Argon2Settings(256, 1, 1), 1, new SecureRandom());
        User user = TestUsers.withId(42, new User("Ann@Example.org", hasher.hash("Popcorn-And-Films-1"), "Ann Smith"));
        user.changeProfile("Ann Smith", "+442079460018", true);

        user.close();

        assertThat(user.getStatus()).isEqualTo(UserStatus.CLOSED);
        assertThat(user.isClosed()).isTrue();
        assertThat(user.canSignIn()).isFalse();
        assertThat(user.getEmail()).isEqualTo("closed-42@closed.invalid");
        assertThat(user.getEmailNormalized()).as("the old address is free for a new account")
                .isEqualTo("closed-42@closed.invalid");
        assertThat(user.getFullName()).isEqualTo("Closed account");
        assertThat(user.getPhone()).isNull();
        assertThat(user.isSmsOptIn()).isFalse();
        assertThat(user.passwordHash()).isEqualTo(PasswordHasher.NEVER_VERIFIES);
        assertThat(hasher.verify("Popcorn-And-Films-1", user.passwordHash())).isFalse();
        assertThat(user.getRoles()).as("kept: no personal data").containsExactly(Role.USER);
    }

    @Test
    void anAdministratorsAccountIsNotClosed() {
        User admin = TestUsers.withId(7, new User("alex@example.org", HASH, "Alex Admin"));
        admin.changeRole(Role.ADMIN, true);

        assertThatThrownBy(admin::close).isInstanceOf(ConflictException.class)
                .hasMessageContaining("another administrator must remove the ADMIN role first");

        assertThat(admin.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(admin.getEmail()).isEqualTo("alex@example.org");
        assertThat(admin.getFullName()).isEqualTo("Alex Admin");
        assertThat(admin.passwordHash()).isEqualTo(HASH);
    }

    @Test
    void aClosedAccountsStatusRolesAndProfileNeverChangeAgain() {
        User user = TestUsers.withId(42, new User("ann@example.org", HASH, "Ann Smith"));
        user.close();

        for (UserStatus status : UserStatus.values()) {
            assertThatThrownBy(() -> user.changeStatus(status)).as(status.name())
                    .isInstanceOf(ConflictException.class).hasMessageContaining("closed by its owner");
        }
        assertThatThrownBy(() -> user.changeRole(Role.ADMIN, true)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> user.changeProfile("Ann Smith", "+442079460018", true))
                .isInstanceOf(ConflictException.class);

        assertThat(user.getStatus()).isEqualTo(UserStatus.CLOSED);
        assertThat(user.getRoles()).containsExactly(Role.USER);
        assertThat(user.getFullName()).isEqualTo("Closed account");
        assertThat(user.getPhone()).isNull();
    }

    @Test
    void staffCannotCloseAnAccountByItsStatus() {
        User user = new User("ann@example.org", HASH, "Ann Smith");

        assertThatThrownBy(() -> user.changeStatus(UserStatus.CLOSED))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("status:");
        assertThat(user.getStatus()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void noNewAccountTakesAClosedAccountsPlaceholderAddress() {
        for (String reserved : new String[] {"closed-43@closed.invalid", "Closed-43@CLOSED.INVALID", "ann@example.invalid"}) {
            assertThatThrownBy(() -> new User(reserved, HASH, "Ann Smith")).as(reserved)
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("email:");
        }
    }
}
