package com.cinema.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with an e-mail, e.g. a ticket's QR code as {@code image/png}. {@code contentId} (without angle brackets)
 * is optional: given, the part carries it as its Content-ID and an HTML body shows it as {@code cid:contentId}
 * (an inline part beside the HTML; a plain-text reader gets it as a file).
 *
 * <p>The bytes are copied in and out: a record's array component would otherwise be shared and compared by
 * reference.
 */
public record MailAttachment(String fileName, String contentType, byte[] content, String contentId) {

    public MailAttachment {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a content type");
        }
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("An attachment needs content");
        }
        content = content.clone();
        contentId = contentId == null || contentId.isBlank() ? null : contentId;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content)
                && Objects.equals(contentId, that.contentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content), contentId);
    }

    @Override
    public String toString() {
        return "MailAttachment[fileName=" + fileName + ", contentType=" + contentType + ", " + content.length
                + " bytes, contentId=" + contentId + "]";
    }
}
