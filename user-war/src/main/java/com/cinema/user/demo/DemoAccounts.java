package com.cinema.user.demo;

import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.persistence.SchemaMigrated;
import com.cinema.user.domain.Role;
import com.cinema.user.domain.User;
import com.cinema.user.persistence.UserRepository;
import com.cinema.user.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Adds a demo customer and a demo member of staff to an empty user table (local run, tests, docker-compose)
 * when {@code cinema.demo-data.enabled} is true. Their passwords are public, so production leaves this off.
 */
@ApplicationScoped
public class DemoAccounts implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private final DemoDataState state = new DemoDataState();

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Transactional
    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            state.notWanted();
            return;
        }
        if (users.count() > 0) {
            state.done("accounts already there");
            return;
        }
        state.loading("2 accounts");
        add("customer@cinema.test", "Customer-Demo-2026", "Casey Customer", "+442079460018", false);
        add("admin@cinema.test", "Admin-Demo-2026!", "Alex Admin", "+442079460019", true);
        state.done("2 accounts");
        LOG.info("Added the demo accounts customer@cinema.test and admin@cinema.test");
    }

    private void add(String email, String password, String fullName, String phone, boolean staff) {
        User user = new User(email, hasher.hash(password), fullName);
        user.changeProfile(fullName, phone);
        if (staff) {
            user.changeRole(Role.ADMIN, true);
        }
        users.add(user);
    }

    @Override
    public String name() {
        return "demo-accounts";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
