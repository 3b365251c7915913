package com.cinema.mail;

import java.util.List;

/**
 * One composed e-mail: a plain-text body and any attachments (never null); {@code messageId} is the same every time
 * this notice is composed.
 */
public record MailMessage(String messageId, String to, String subject, String body, List<MailAttachment> attachments) {

    public MailMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text e-mail without attachments. */
    public MailMessage(String messageId, String to, String subject, String body) {
        this(messageId, to, subject, body, List.of());
    }
}
