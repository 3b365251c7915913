package com.cinema.booking.notification;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A notice's e-mail as HTML: {@link NoticeLetter} through one Mustache template ({@code notice.html.mustache} beside
 * this class), which escapes every value, so a film title or cinema name is shown as written and never read as
 * markup. The template is compiled once; a compiled Mustache template may be run by many threads at once.
 */
final class NoticeHtml {

    private static final Mustache TEMPLATE = compile("notice.html.mustache");

    private NoticeHtml() {
    }

    static String render(NoticeLetter letter) {
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, letter);
        return html.toString();
    }

    private static Mustache compile(String name) {
        try (InputStream in = NoticeHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The e-mail template " + name + " is missing");
            }
            try (Reader template = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new DefaultMustacheFactory().compile(template, name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
