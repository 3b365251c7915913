package com.cinema.mail;

/** One composed e-mail, plain text; {@code messageId} is the same every time this notice is composed. */
public record MailMessage(String messageId, String to, String subject, String body) {
}
