package com.cinema.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Jakarta Mail (Liberty's mail-2.1): over SMTP when a host is configured, else each message as an .eml file named
 * by its Message-ID, so delivering a notice twice writes one file. Timeouts keep an SMTP outage from stalling the
 * sender; the booking itself never waits for mail.
 */
public class JakartaMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(JakartaMailTransport.class.getName());

    private final MailSettings settings;
    private final Session session;

    public JakartaMailTransport(MailSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        settings.host().ifPresent(host -> {
            String timeout = String.valueOf(settings.timeout().toMillis());
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", host);
            props.put("mail.smtp.port", String.valueOf(settings.port()));
            props.put("mail.smtp.connectiontimeout", timeout);
            props.put("mail.smtp.timeout", timeout);
            props.put("mail.smtp.writetimeout", timeout);
            props.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
            props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
            props.put("mail.smtp.ssl.enable", String.valueOf(settings.ssl()));
        });
        Authenticator login = settings.user().map(user -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password().orElse(""));
            }
        }).orElse(null);
        this.session = Session.getInstance(props, login);
        LOG.info(() -> settings.host().map(h -> "Mail goes over SMTP to " + h + ":" + settings.port())
                .orElse("No SMTP host: mail is written as .eml files to " + settings.outboxDir()));
    }

    @Override
    public void deliver(MailMessage message) throws MessagingException, IOException {
        MimeMessage mime = mime(message);
        if (settings.host().isPresent()) {
            Transport.send(mime);
        } else {
            write(mime, message.messageId());
        }
    }

    MimeMessage mime(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", message.messageId());
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        if (message.html() == null && message.attachments().isEmpty()) {
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
        } else {
            mime.setContent(content(message));
        }
        mime.setSentDate(new Date());
        mime.saveChanges();
        return mime;
    }

    /**
     * The MIME tree, as mail clients expect it:
     * <pre>
     * multipart/mixed                  (only with files to attach)
     *   multipart/related              (only with HTML and inline images)
     *     multipart/alternative        (only with HTML)
     *       text/plain                 what a text-only reader shows
     *       text/html
     *     image/png  inline, Content-ID: shown where the HTML names it
     *   files (attachment)
     * </pre>
     * An attachment with a content id is inline only when there is HTML to show it; a text-only e-mail attaches it.
     */
    private static Multipart content(MailMessage message) throws MessagingException {
        List<MailAttachment> inline = message.html() == null ? List.of()
                : message.attachments().stream().filter(a -> a.contentId() != null).toList();
        List<MailAttachment> files = message.attachments().stream().filter(a -> !inline.contains(a)).toList();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), StandardCharsets.UTF_8.name());
        if (message.html() == null) {
            return mixed(text, files);
        }
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        Multipart body = new MimeMultipart("alternative", text, html);
        if (!inline.isEmpty()) {
            MimeMultipart related = new MimeMultipart("related", wrap(body));
            for (MailAttachment image : inline) {
                related.addBodyPart(part(image, Part.INLINE));
            }
            body = related;
        }
        return files.isEmpty() ? body : mixed(wrap(body), files);
    }

    /** multipart/mixed: the body first (what a mail client shows as the message), then the files. */
    private static MimeMultipart mixed(MimeBodyPart body, List<MailAttachment> files) throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed", body);
        for (MailAttachment file : files) {
            mixed.addBodyPart(part(file, Part.ATTACHMENT));
        }
        return mixed;
    }

    private static MimeBodyPart wrap(Multipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart part(MailAttachment attachment, String disposition) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // A DataHandler, not setContent(byte[], type): Jakarta Mail has no content handler for image/png and the like.
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(disposition);
        part.setHeader("Content-Transfer-Encoding", "base64");
        if (attachment.contentId() != null) {
            part.setContentID("<" + attachment.contentId() + ">");
        }
        return part;
    }

    private void write(MimeMessage mime, String messageId) throws IOException, MessagingException {
        Files.createDirectories(settings.outboxDir());
        Path target = settings.outboxDir().resolve(messageId.replaceAll("[^A-Za-z0-9._@-]", "") + ".eml");
        Path partial = Files.createTempFile(settings.outboxDir(), "writing-", ".tmp");
        try (OutputStream out = Files.newOutputStream(partial)) {
            mime.writeTo(out);
        }
        // A reader never sees half a message: the file appears complete or not at all.
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
