package com.cinema.user.bootstrap;

import com.cinema.user.domain.Role;
import com.cinema.user.domain.User;
import com.cinema.user.persistence.UserRepository;
import com.cinema.user.security.Argon2Settings;
import com.cinema.user.security.PasswordHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin comes from configuration and a secret file, once, never from a published password. */
class FirstAdminTest {

    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    /** The user table, in memory. */
    private final List<User> stored = new ArrayList<>();
    private final PasswordHasher hasher = new PasswordHasher(new Argon2Settings(1024, 1, 1), 1, new SecureRandom());
    private FirstAdmin firstAdmin;

    @TempDir
    Path dir;

    @BeforeEach
    void wire() {
        firstAdmin = new FirstAdmin();
        firstAdmin.users = new UserRepository() {
            @Override
            public Optional<User> findByEmail(String normalisedEmail) {
                return stored.stream().filter(u -> u.getEmailNormalized().equals(normalisedEmail)).findFirst();
            }

            @Override
            public void add(User user) {
                stored.add(user);
            }
        };
        firstAdmin.hasher = hasher;
        firstAdmin.email = Optional.of(" Boss@Cinema.example ");
        firstAdmin.password = Optional.empty();
        firstAdmin.passwordFile = Optional.empty();
    }

    @Test
    void anAdminWithThePasswordOfTheSecretFileOnceThenNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        firstAdmin.passwordFile = Optional.of(secret.toString());
        firstAdmin.password = Optional.of("ignored-when-a-file-is-given");

        assertThat(firstAdmin.ensure()).isTrue();
        assertThat(firstAdmin.ensure()).as("a restart or another replica changes nothing").isFalse();

        assertThat(stored).singleElement().satisfies(admin -> {
            assertThat(admin.getEmail()).isEqualTo("Boss@Cinema.example");
            assertThat(admin.getRoles()).contains(Role.ADMIN);
            assertThat(hasher.verify(PASSWORD, hashOf(admin))).as("the file's first line is the password").isTrue();
        });
    }

    @Test
    void nothingWithoutAnAddressOrAPasswordOrWithAWeakOne() throws IOException {
        firstAdmin.email = Optional.empty();
        firstAdmin.password = Optional.of(PASSWORD);
        assertThat(firstAdmin.ensure()).isFalse();

        firstAdmin.email = Optional.of("boss@cinema.example");
        firstAdmin.password = Optional.empty();
        assertThat(firstAdmin.ensure()).as("no password configured").isFalse();

        firstAdmin.password = Optional.of("short");
        assertThat(firstAdmin.ensure()).as("a password the account rules refuse").isFalse();

        firstAdmin.passwordFile = Optional.of(dir.resolve("missing").toString());
        assertThat(firstAdmin.ensure()).as("an unreadable secret file").isFalse();
        assertThat(stored).isEmpty();

        firstAdmin.passwordFile = Optional.empty();
        firstAdmin.password = Optional.of(PASSWORD);
        assertThat(firstAdmin.ensure()).as("the plain value when no file is given").isTrue();
    }

    private static String hashOf(User user) throws ReflectiveOperationException {
        Field field = User.class.getDeclaredField("passwordHash");
        field.setAccessible(true);
        return (String) field.get(user);
    }
}
