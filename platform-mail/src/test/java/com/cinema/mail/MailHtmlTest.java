package com.cinema.mail;

import com.github.mustachejava.Mustache;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailHtmlTest {

    private static final Mustache GREETING = MailHtml.template(MailHtmlTest.class, "greeting.html.mustache");

    @Test
    void theContentGoesInTheSharedFrameAndEveryValueIsEscaped() {
        String html = MailHtml.page("Tom & Jerry <3", GREETING, Map.of("name", "<script>x</script>"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">")
                .contains("<title>Tom &amp; Jerry &lt;3</title>")
                .contains(">Cinema</td>")
                .as("the sender's own markup stays markup, its values are escaped")
                .contains("<p>Hello &lt;script&gt;x&lt;/script&gt;!</p>").doesNotContain("<script>");
    }

    @Test
    void aMissingTemplateFailsAtOnce() {
        assertThatThrownBy(() -> MailHtml.template(MailHtmlTest.class, "no-such.html.mustache"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.html.mustache");
    }
}
