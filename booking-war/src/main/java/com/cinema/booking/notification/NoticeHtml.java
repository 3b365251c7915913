package com.cinema.booking.notification;

import com.cinema.mail.MailHtml;
import com.github.mustachejava.Mustache;

/**
 * A notice's e-mail as HTML: {@link NoticeLetter} through one Mustache template ({@code notice.html.mustache} beside
 * this class), in the frame every e-mail shares ({@link MailHtml}). The template holds the layout, the letter every
 * word.
 */
final class NoticeHtml {

    private static final Mustache TEMPLATE = MailHtml.template(NoticeHtml.class, "notice.html.mustache");

    private NoticeHtml() {
    }

    static String render(NoticeLetter letter) {
        return MailHtml.page(letter.subject(), TEMPLATE, letter);
    }
}
