package com.cinema.user.bootstrap;

import com.cinema.common.error.ValidationException;
import com.cinema.persistence.SchemaMigrated;
import com.cinema.user.domain.AccountRules;
import com.cinema.user.domain.EmailAddress;
import com.cinema.user.domain.Role;
import com.cinema.user.domain.User;
import com.cinema.user.persistence.UserRepository;
import com.cinema.user.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first member of staff of a fresh installation (issue #17: docker-compose used to turn demo data on, so the
 * published demo admin password was a live admin). On start, when {@code cinema.bootstrap.admin-email}
 * (CINEMA_BOOTSTRAP_ADMIN_EMAIL) is set and no account has that address, an ADMIN account is made with the
 * password read from the file {@code cinema.bootstrap.admin-password-file} (a container secret) or, failing
 * that, from {@code cinema.bootstrap.admin-password}. An existing account is never changed, so a restart or a
 * second replica does nothing. The password is never logged.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    static final String FULL_NAME = "Administrator";

    @Inject
    @ConfigProperty(name = "cinema.bootstrap.admin-email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "cinema.bootstrap.admin-password-file")
    Optional<String> passwordFile;

    @Inject
    @ConfigProperty(name = "cinema.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Transactional
    void onStart(@Observes SchemaMigrated migrated) {
        ensure();
    }

    /** Makes the account when it is configured and missing; true when it made one. */
    boolean ensure() {
        if (email.isEmpty() || email.get().isBlank()) {
            return false;
        }
        String address;
        String secret;
        try {
            address = EmailAddress.clean(email.get());
            if (users.findByEmail(EmailAddress.normalise(address)).isPresent()) {
                return false;
            }
            secret = secret();
            AccountRules.checkPassword(secret, address);
        } catch (ValidationException | IllegalStateException e) {
            LOG.severe("No first admin was made: " + e.getMessage());
            return false;
        }
        User admin = new User(address, hasher.hash(secret), FULL_NAME);
        admin.changeRole(Role.ADMIN, true);
        users.add(admin);
        LOG.info(() -> "Made the first admin account " + address);
        return true;
    }

    /** The file's first line wins over the plain value: a secret file never shows in the environment. */
    private String secret() {
        if (passwordFile.isPresent() && !passwordFile.get().isBlank()) {
            try {
                return Files.readAllLines(Path.of(passwordFile.get().strip())).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the password file " + passwordFile.get() + " (" + e + ")");
            }
        }
        return password.orElseThrow(() -> new IllegalStateException(
                "set cinema.bootstrap.admin-password-file (CINEMA_BOOTSTRAP_ADMIN_PASSWORD_FILE) or the password"));
    }
}
