package com.cinema.user.mail;

import com.cinema.mail.MailMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetMailTest {

    private static final String TOKEN = "bW9yZS10aGFuLWZvcnR5LXR3by1jaGFyYWN0ZXJzLWxvbmc";

    @Test
    void theLinkCarriesTheTokenInItsFragmentAndNothingElseNamesIt() {
        MailMessage mail = PasswordResetMail.compose("https://tickets.example.org/", "ann@example.org", "Ann Smith",
                TOKEN, Duration.ofMinutes(30));

        assertThat(mail.to()).isEqualTo("ann@example.org");
        assertThat(mail.subject()).isEqualTo("Reset your Cinema password");
        assertThat(mail.body()).startsWith("Hello Ann Smith,")
                .contains("\nhttps://tickets.example.org/#/reset-password?token=" + TOKEN + "\n")
                .contains("within 30 minutes");
        // The Message-ID also names the .eml file in development: the digest, never the token itself.
        assertThat(mail.messageId()).matches("<password-reset\\.[0-9a-f]{32}@cinema\\.user>").doesNotContain(TOKEN);
    }
}
