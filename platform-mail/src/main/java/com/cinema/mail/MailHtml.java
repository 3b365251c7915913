package com.cinema.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTML e-mails from Mustache templates (Mustache.java), which escape every value, so what a customer or an admin
 * typed is shown as written and never read as markup. A sender's template renders the message's own content; {@link
 * #page} puts it in the frame every e-mail shares ({@code page.html.mustache} beside this class: the "Cinema" header
 * and one white column). Templates are compiled once; a compiled template may be run by many threads at once.
 */
public final class MailHtml {

    private static final Mustache PAGE = template(MailHtml.class, "page.html.mustache");

    private MailHtml() {
    }

    /** The template {@code name} beside {@code owner} (in its package's resources); fails at once when missing. */
    public static Mustache template(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The e-mail template " + name + " beside " + owner.getName()
                        + " is missing");
            }
            try (Reader template = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new DefaultMustacheFactory().compile(template, owner.getName() + "/" + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole HTML e-mail: {@code content}, rendered from {@code scope}, in the shared frame titled {@code subject}. */
    public static String page(String subject, Mustache content, Object scope) {
        return render(PAGE, Map.of("subject", subject, "content", render(content, scope)));
    }

    private static String render(Mustache template, Object scope) {
        StringWriter html = new StringWriter();
        template.execute(html, scope);
        return html.toString();
    }
}
