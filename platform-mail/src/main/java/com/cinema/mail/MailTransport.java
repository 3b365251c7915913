package com.cinema.mail;

/** Hands a message on (SMTP, or an .eml file); throws when it could not, so the sender retries later. */
public interface MailTransport {

    void deliver(MailMessage message) throws Exception;
}
