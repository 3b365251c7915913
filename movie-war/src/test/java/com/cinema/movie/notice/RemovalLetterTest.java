package com.cinema.movie.notice;

import com.cinema.mail.MailMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalLetterTest {

    private static RemovalNotice notice(String comment, String reason) {
        return new RemovalNotice(77, 501, "Ann Smith", 9, "The Long Night", 2, comment, reason, 0,
                Instant.parse("2026-12-07T12:00:00Z"));
    }

    @Test
    void theAuthorIsToldWhichReviewWasRemovedWhyAndWhereTheyStillSeeIt() {
        MailMessage mail = RemovalLetter.compose(notice("Spoiler: the butler did it.", "Gives away the ending."),
                "ann@example.org", "https://tickets.example.org/");

        assertThat(mail.to()).isEqualTo("ann@example.org");
        assertThat(mail.messageId()).isEqualTo("<review-77.removed@cinema.movie>");
        assertThat(mail.subject()).isEqualTo("Your review of The Long Night was removed");
        assertThat(mail.body()).isEqualTo("""
                Hello Ann Smith,

                Our staff have removed your review of The Long Night from the film's page. It no longer counts in \
                the film's rating.

                Your review: ★★☆☆☆ (2 of 5) “Spoiler: the butler did it.”
                Why it was removed: Gives away the ending.

                You still see the review, with this reason, under “Your reviews” in your profile.
                If you delete it there, you can write a new review of the film, which is published at once.

                Your reviews: https://tickets.example.org/#/profile
                """);

        // The HTML says the same, in the frame every e-mail shares, the profile a button.
        Document html = Jsoup.parse(mail.html());
        assertThat(html.title()).isEqualTo(mail.subject());
        assertThat(html.select("p").eachText()).containsSubsequence("Hello Ann Smith,",
                "Our staff have removed your review of The Long Night from the film's page. It no longer counts in the"
                        + " film's rating.",
                "You still see the review, with this reason, under “Your reviews” in your profile.",
                "If you delete it there, you can write a new review of the film, which is published at once.");
        assertThat(html.select("th[scope=row]").stream().map(th -> th.parent().text())).containsExactly(
                "Your review ★★☆☆☆ (2 of 5) “Spoiler: the butler did it.”",
                "Why it was removed Gives away the ending.");
        assertThat(html.select("a").eachAttr("href")).containsExactly("https://tickets.example.org/#/profile");
        assertThat(html.select("a").text()).isEqualTo("See your reviews");
    }

    @Test
    void whatTheAuthorAndStaffWroteIsShownAsTextNeverAsMarkup() {
        MailMessage mail = RemovalLetter.compose(notice("<img src=x onerror=alert(1)> <b>great</b>",
                "<a href=\"https://evil.example\">click</a>"), "ann@example.org", "https://tickets.example.org");

        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("img, b")).isEmpty();
        assertThat(html.select("a").eachAttr("href")).containsExactly("https://tickets.example.org/#/profile");
        assertThat(html.text()).contains("<b>great</b>").contains("<a href=\"https://evil.example\">click</a>");
    }

    @Test
    void aReviewWithoutWordsIsNamedByItsStarsAndALongOneIsQuotedInPart() {
        assertThat(RemovalLetter.compose(notice(null, "Spam."), "a@example.org", "https://t.example").body())
                .contains("Your review: ★★☆☆☆ (2 of 5)\n");

        String words = "word ".repeat(100);
        String quoted = RemovalLetter.quote(words + "\n\n  and more");
        assertThat(quoted).endsWith("word…").hasSizeLessThanOrEqualTo(RemovalLetter.QUOTE_LENGTH + 1)
                .doesNotContain("\n");
        assertThat(RemovalLetter.quote("  short\nand sweet ")).isEqualTo("short and sweet");
        assertThat(RemovalLetter.stars(5)).isEqualTo("★★★★★ (5 of 5)");
    }
}
