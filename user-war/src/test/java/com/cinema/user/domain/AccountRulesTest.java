package com.cinema.user.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest {

    @Test
    void aPasswordHasAtLeastTenCharacters() {
        assertThatThrownBy(() -> AccountRules.checkPassword("123456789", "ann@example.org"))
                .isInstanceOf(ValidationException.class).hasMessage("password: must be at least 10 characters");
        assertThatThrownBy(() -> AccountRules.checkPassword(null, "ann@example.org"))
                .hasMessageStartingWith("password:");
        assertThatCode(() -> AccountRules.checkPassword("1234567890", "ann@example.org")).doesNotThrowAnyException();
    }

    @Test
    void charactersNotBytesOrCodeUnitsAreCounted() {
        // ten emoji are twenty UTF-16 units but ten characters
        assertThatCode(() -> AccountRules.checkPassword("\uD83C\uDFAC".repeat(10), "ann@example.org"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountRules.checkPassword("\uD83C\uDFAC".repeat(9), "ann@example.org"))
                .hasMessageStartingWith("password:");
    }

    @Test
    void aPasswordIsNotTheEmailAddressInAnyCase() {
        assertThatThrownBy(() -> AccountRules.checkPassword("Ann.Smith@Example.org", "ann.smith@example.org"))
                .isInstanceOf(ValidationException.class).hasMessage("password: must not be your e-mail address");
        assertThatThrownBy(() -> AccountRules.checkPassword(" ann.smith@example.org ", "Ann.Smith@example.org"))
                .hasMessageStartingWith("password:");
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertThatCode(() -> AccountRules.checkPassword("x".repeat(256), "ann@example.org")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountRules.checkPassword("x".repeat(257), "ann@example.org"))
                .hasMessage("password: must be at most 256 characters");
    }

    @Test
    void aFullNameIsRequiredAndTrimmed() {
        assertThat(AccountRules.fullName("  Ann Smith ")).isEqualTo("Ann Smith");
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> AccountRules.fullName(blank)).hasMessage("fullName: is required");
        }
        assertThatThrownBy(() -> AccountRules.fullName("a".repeat(201))).hasMessageStartingWith("fullName:");
    }

    @Test
    void aPhoneIsOptionalAndInE164() {
        assertThat(AccountRules.phone(null)).isNull();
        assertThat(AccountRules.phone("  ")).isNull();
        assertThat(AccountRules.phone(" +442079460018 ")).isEqualTo("+442079460018");
        assertThat(AccountRules.phone("+12")).isEqualTo("+12");
        assertThat(AccountRules.phone("+" + "1".repeat(15))).hasSize(16);
        for (String bad : new String[] {"02079460018", "+44 20 7946 0018", "+0442079460018", "+44-20-7946",
                "+" + "1".repeat(16), "+44207946001x", "+"}) {
            assertThatThrownBy(() -> AccountRules.phone(bad)).as(bad)
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("phone:");
        }
    }
}
