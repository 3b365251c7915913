package com.cinema.user.demo;

import com.cinema.user.security.Argon2Settings;
import com.cinema.user.security.PasswordHasher;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTest {

    private final PasswordHasher owasp = new PasswordHasher(Argon2Settings.OWASP, 1, new SecureRandom());

    @Test
    void theStoredDemoHashesAreThoseOfTheDocumentedPasswordsWithTheDefaultParameters() {
        assertThat(owasp.verify("Customer-Demo-2026", DemoAccounts.CUSTOMER_PASSWORD_HASH)).isTrue();
        assertThat(owasp.verify("Admin-Demo-2026!", DemoAccounts.ADMIN_PASSWORD_HASH)).isTrue();
        assertThat(owasp.verify("Admin-Demo-2026!", DemoAccounts.CUSTOMER_PASSWORD_HASH)).isFalse();
        // Signing in with them does not trigger a rehash under the default settings.
        assertThat(owasp.needsRehash(DemoAccounts.CUSTOMER_PASSWORD_HASH)).isFalse();
        assertThat(owasp.needsRehash(DemoAccounts.ADMIN_PASSWORD_HASH)).isFalse();
    }
}
