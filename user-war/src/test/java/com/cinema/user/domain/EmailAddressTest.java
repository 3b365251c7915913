package com.cinema.user.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void normalisedAddressIsTrimmedAndLowerCase() {
        assertThat(EmailAddress.normalise("  Ann.Smith@Example.ORG ")).isEqualTo("ann.smith@example.org");
        assertThat(EmailAddress.normalise("ANN.SMITH@example.org")).isEqualTo(EmailAddress.normalise("ann.smith@EXAMPLE.org"));
    }

    @Test
    void cleanAddressKeepsTheCaseAsTyped() {
        assertThat(EmailAddress.clean(" Ann.Smith@Example.org")).isEqualTo("Ann.Smith@Example.org");
    }

    @Test
    void lowerCasingIgnoresTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(EmailAddress.normalise("IRIS@EXAMPLE.ORG")).isEqualTo("iris@example.org");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void somethingThatCannotBeAnAddressIsAValidationErrorOfEmail() {
        for (String bad : new String[] {null, "", "ann", "ann@", "@example.org", "ann@example", "a b@example.org",
                "ann@@example.org", "ann@example.org."}) {
            assertThatThrownBy(() -> EmailAddress.normalise(bad)).as(String.valueOf(bad))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("email:");
        }
        String tooLong = "a".repeat(250) + "@example.org";
        assertThatThrownBy(() -> EmailAddress.clean(tooLong)).hasMessageStartingWith("email:");
    }

    @Test
    void aClosedAccountsPlaceholderIsUniqueNeverDeliverableAndNoNewAccountsAddress() {
        assertThat(EmailAddress.ofClosedAccount(42)).isEqualTo("closed-42@closed.invalid")
                .isNotEqualTo(EmailAddress.ofClosedAccount(43));
        assertThat(EmailAddress.normalise(EmailAddress.ofClosedAccount(42))).isEqualTo(EmailAddress.ofClosedAccount(42));
        assertThatThrownBy(() -> EmailAddress.forNewAccount(" Closed-42@Closed.INVALID "))
                .isInstanceOf(ValidationException.class).hasMessage("email: is not an e-mail address");
        assertThat(EmailAddress.forNewAccount(" ann@invalid.example.org ")).isEqualTo("ann@invalid.example.org");
    }
}
