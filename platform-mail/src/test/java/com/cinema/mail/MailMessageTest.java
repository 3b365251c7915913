package com.cinema.mail;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailMessageTest {

    private static final byte[] BYTES = {1, 2, 3};

    @Test
    void attachmentsAreNeverNullAndNotSharedWithTheCaller() {
        assertThat(new MailMessage("<1@test>", "ann@example.org", "Subject", "Body").attachments()).isEmpty();
        assertThat(new MailMessage("<1@test>", "ann@example.org", "Subject", "Body", null).attachments()).isEmpty();

        List<MailAttachment> files = new ArrayList<>(List.of(new MailAttachment("a.png", "image/png", BYTES, null)));
        MailMessage message = new MailMessage("<1@test>", "ann@example.org", "Subject", "Body", files);
        files.clear();
        assertThat(message.attachments()).hasSize(1);
    }

    @Test
    void anAttachmentNeedsANameATypeAndContent() {
        assertThatThrownBy(() -> new MailAttachment(" ", "image/png", BYTES, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.png", null, BYTES, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.png", "image/png", new byte[0], null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttachmentsBytesAreItsOwnAndComparedByValue() {
        byte[] bytes = BYTES.clone();
        MailAttachment attachment = new MailAttachment("a.png", "image/png", bytes, "a@test");
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment).isEqualTo(new MailAttachment("a.png", "image/png", BYTES, "a@test"))
                .hasSameHashCodeAs(new MailAttachment("a.png", "image/png", BYTES, "a@test"));
        assertThat(new MailAttachment("a.png", "image/png", BYTES, " ").contentId()).isNull();
    }
}
