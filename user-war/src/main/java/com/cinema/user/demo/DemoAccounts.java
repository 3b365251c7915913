package com.cinema.user.demo;

import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.persistence.SchemaMigrated;
import com.cinema.user.domain.Role;
import com.cinema.user.domain.User;
import com.cinema.user.persistence.UserRepository;
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

    // Argon2id hashes (OWASP parameters) of the public demo passwords in the README, made once with PasswordHasher:
    // hashing them at every start cost the user server two full Argon2 derivations on the quick JIT tier.
    /** Customer-Demo-2026 */
    static final String CUSTOMER_PASSWORD_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$avqY5fFH0G/B9Mbmfz+Egw$V1tmbrdIQ39+mS2uZ1HwjbOknpkz+HdwXrHh1HihQ4k";
    /** Admin-Demo-2026! */
    static final String ADMIN_PASSWORD_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$hF7+MllG122O4JmtgygBeQ$//X6lTYH63Wt5aBJuDGM8M4PlnZWXJdp0AgIKTYtI4g";
    private final DemoDataState state = new DemoDataState();

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    UserRepository users;

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
        add("customer@cinema.test", CUSTOMER_PASSWORD_HASH, "Casey Customer", "+442079460018", false);
        add("admin@cinema.test", ADMIN_PASSWORD_HASH, "Alex Admin", "+442079460019", true);
        state.done("2 accounts");
        LOG.info("Added the demo accounts customer@cinema.test and admin@cinema.test");
    }

    private void add(String email, String passwordHash, String fullName, String phone, boolean staff) {
        User user = new User(email, passwordHash, fullName);
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
