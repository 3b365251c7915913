package com.cinema.movie.notice;

import com.cinema.mail.MailHtml;
import com.cinema.mail.MailMessage;
import com.github.mustachejava.Mustache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mail that tells a review's author staff removed it, and why (the Digital Services Act's statement of
 * reasons, ADR 0028): which review, the reason as staff wrote it, where the author still sees it, and what they can
 * do. The words are written once here and laid out as text and by the HTML template alike.
 */
public final class RemovalLetter {

    private static final Mustache HTML = MailHtml.template(RemovalLetter.class, "review-removed.html.mustache");
    /** A long comment is quoted up to here, whole words, with an ellipsis: the e-mail names the review, not reprints it. */
    static final int QUOTE_LENGTH = 300;

    private RemovalLetter() {
    }

    /** The Message-ID, one per removal: a notice sent again after a crash is the same message to a mail server. */
    public static String messageId(long reviewId) {
        return "<review-" + reviewId + ".removed@cinema.movie>";
    }

    /** The e-mail of {@code notice} to {@code to}, linking to the author's reviews in the portal at {@code portalUrl}. */
    public static MailMessage compose(RemovalNotice notice, String to, String portalUrl) {
        String subject = "Your review of " + notice.movieTitle() + " was removed";
        String greeting = "Hello " + notice.authorName() + ",";
        String removed = "Our staff have removed your review of " + notice.movieTitle()
                + " from the film's page. It no longer counts in the film's rating.";
        String review = stars(notice.rating()) + (notice.comment() == null || notice.comment().isBlank() ? ""
                : " \u201c" + quote(notice.comment()) + "\u201d");
        String reason = notice.reason();
        String profile = portalUrl.replaceAll("/+$", "") + "/#/profile";
        List<String> after = List.of(
                "You still see the review, with this reason, under \u201cYour reviews\u201d in your profile.",
                "If you delete it there, you can write a new review of the film, which is published at once.");

        StringBuilder text = new StringBuilder()
                .append(greeting).append("\n\n")
                .append(removed).append("\n\n")
                .append("Your review: ").append(review).append("\n")
                .append("Why it was removed: ").append(reason).append("\n\n");
        after.forEach(line -> text.append(line).append("\n"));
        text.append("\nYour reviews: ").append(profile).append("\n");

        Map<String, Object> scope = new HashMap<>();
        scope.put("greeting", greeting);
        scope.put("removed", removed);
        scope.put("review", review);
        scope.put("reason", reason);
        scope.put("after", after);
        scope.put("profile", profile);
        return new MailMessage(messageId(notice.reviewId()), to, subject, text.toString(),
                MailHtml.page(subject, HTML, scope), List.of());
    }

    /** A rating of 1 to 5 as stars, with its number for readers that do not show them: "★★★★☆ (4 of 5)". */
    static String stars(int rating) {
        return "\u2605".repeat(rating) + "\u2606".repeat(Math.max(0, 5 - rating)) + " (" + rating + " of 5)";
    }

    /** The comment on one line, cut after {@link #QUOTE_LENGTH} characters at a word's end. */
    static String quote(String comment) {
        String oneLine = comment.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= QUOTE_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', QUOTE_LENGTH);
        return oneLine.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH).strip() + "\u2026";
    }
}
