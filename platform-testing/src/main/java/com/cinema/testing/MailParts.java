package com.cinema.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A received e-mail's parts as a mail client finds them, whatever its MIME tree: one text part, or text and HTML as
 * alternatives, with inline images beside the HTML and files attached around them.
 */
public final class MailParts {

    private MailParts() {
    }

    /** An e-mail written as an .eml file (the platform's mail without an SMTP relay), parsed as a mail client reads it. */
    public static MimeMessage readEml(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new AssertionError("not a readable e-mail: " + eml, e);
        }
    }

    /** The parts that are not multiparts, depth first, in the order a client meets them. */
    public static List<Part> leaves(Part mail) {
        List<Part> leaves = new ArrayList<>();
        collect(mail, leaves);
        return leaves;
    }

    /** The words a text-only mail client shows: the first text/plain part that is not an attached file. */
    public static String text(Part mail) {
        return firstText(mail, "text/plain");
    }

    /** The HTML a mail client shows: the first text/html part that is not an attached file. */
    public static String html(Part mail) {
        return firstText(mail, "text/html");
    }

    /**
     * The HTML as a mail client shows it: each {@code cid:} image replaced by its part's bytes as a data: URL, so a
     * browser renders the message with its inline pictures. A {@code cid:} that names no part fails.
     */
    public static String htmlAsShown(Part mail) {
        String html = html(mail);
        for (Part part : leaves(mail)) {
            String[] ids = read(() -> part.getHeader("Content-ID"));
            if (ids == null || ids.length == 0) {
                continue;
            }
            String cid = "cid:" + ids[0].trim().replaceAll("^<|>$", "");
            String type = read(part::getContentType).split(";")[0].trim();
            html = html.replace(cid, "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes(part)));
        }
        assertThat(html).as("every inline picture is in the e-mail").doesNotContain("cid:");
        return html;
    }

    /** The one file of this content type (e.g. image/png) the e-mail carries, attached or shown inline. */
    public static Part file(Part mail, String contentType) {
        List<Part> files = leaves(mail).stream().filter(part -> is(part, contentType) && fileName(part) != null)
                .toList();
        assertThat(files).as("one " + contentType + " file in the e-mail").hasSize(1);
        return files.get(0);
    }

    /** The file's bytes. */
    public static byte[] bytes(Part file) {
        return read(() -> file.getInputStream().readAllBytes());
    }

    public static String fileName(Part part) {
        return read(part::getFileName);
    }

    private static String firstText(Part mail, String type) {
        return leaves(mail).stream().filter(part -> is(part, type) && fileName(part) == null)
                .map(part -> read(() -> (String) part.getContent())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " body in the e-mail"));
    }

    private static void collect(Part part, List<Part> leaves) {
        if (is(part, "multipart/*")) {
            Multipart multipart = read(() -> (Multipart) part.getContent());
            int count = read(multipart::getCount);
            for (int i = 0; i < count; i++) {
                int index = i;
                collect(read(() -> multipart.getBodyPart(index)), leaves);
            }
        } else {
            leaves.add(part);
        }
    }

    private static boolean is(Part part, String mimeType) {
        return read(() -> part.isMimeType(mimeType));
    }

    private interface MailRead<T> {
        T get() throws MessagingException, IOException;
    }

    private static <T> T read(MailRead<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new AssertionError("not a readable e-mail part", e);
        }
    }
}
