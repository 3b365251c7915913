package com.cinema.mail;

import java.util.List;

/**
 * One composed e-mail: a plain-text body, optionally the same message as HTML ({@code html}, null for text only), and
 * any attachments (never null); {@code messageId} is the same every time this notice is composed. An attachment with
 * a content id is shown by the HTML body where it names it ({@code <img src="cid:...">}).
 */
public record MailMessage(String messageId, String to, String subject, String body, String html,
                          List<MailAttachment> attachments) {

    public MailMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        html = html == null || html.isBlank() ? null : html;
    }

    /** A plain-text e-mail with attachments. */
    public MailMessage(String messageId, String to, String subject, String body, List<MailAttachment> attachments) {
        this(messageId, to, subject, body, null, attachments);
    }

    /** A plain-text e-mail without attachments. */
    public MailMessage(String messageId, String to, String subject, String body) {
        this(messageId, to, subject, body, null, List.of());
    }

    /** This e-mail with these attachments instead of its own. */
    public MailMessage withAttachments(List<MailAttachment> files) {
        return new MailMessage(messageId, to, subject, body, html, files);
    }
}
