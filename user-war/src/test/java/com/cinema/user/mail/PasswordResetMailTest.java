package com.cinema.user.mail;

import com.cinema.mail.MailMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
        // The same as HTML, the link a button (and written out, for a client that does not follow buttons); what the
        // customer typed as their name is shown as text, never as markup.
        Document html = Jsoup.parse(mail.html());
        assertThat(html.title()).isEqualTo("Reset your Cinema password");
        assertThat(html.select("a").eachAttr("href"))
                .containsOnly("https://tickets.example.org/#/reset-password?token=" + TOKEN).hasSize(2);
        assertThat(html.select("a").first().text()).isEqualTo("Choose a new password");
        assertThat(html.text()).contains("Hello Ann Smith,").contains("To choose a new one, use this button within 30"
                + " minutes:");
        // Every sentence the text says, the HTML says too.
        assertThat(html.select("p").eachText()).containsSubsequence("Hello Ann Smith,",
                "Someone, hopefully you, asked to reset the password of your Cinema account. To choose a new one, use"
                        + " this button within 30 minutes:",
                "The link works once, and setting a new password signs you out everywhere.",
                "If you did not ask for this, ignore this e-mail: your password stays as it is.");
        assertThat(mail.body()).contains("Someone, hopefully you, asked to reset the password of your Cinema account."
                        + " To choose a new one, open this link within 30 minutes:")
                .endsWith("\n\nThe link works once, and setting a new password signs you out everywhere.\n"
                        + "If you did not ask for this, ignore this e-mail: your password stays as it is.\n");
        MailMessage marked = PasswordResetMail.compose("https://tickets.example.org", "bo@example.org",
                "<b>Bo</b> & Co", TOKEN, Duration.ofMinutes(30));
        assertThat(Jsoup.parse(marked.html()).select("b")).isEmpty();
        assertThat(Jsoup.parse(marked.html()).text()).contains("Hello <b>Bo</b> & Co,");
        // The Message-ID also names the .eml file in development: the digest, never the token itself.
        assertThat(mail.messageId()).matches("<password-reset\\.[0-9a-f]{32}@cinema\\.user>").doesNotContain(TOKEN);
    }
}
