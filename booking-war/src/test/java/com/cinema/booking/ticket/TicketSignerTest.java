package com.cinema.booking.ticket;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketSignerTest {

    private static final String KEY = "test-ticket-key-0123456789abcdef0123";
    private final TicketSigner signer = new TicketSigner(KEY);
    private final TicketPass pass = new TicketPass("K7QH2MZP", List.of(41L, 42L, 43L));

    @Test
    void aSignedPassVerifiesToTheSameCodeAndTickets() {
        String payload = signer.sign(pass);

        assertThat(payload).startsWith("CT1.").matches("[A-Za-z0-9._-]+");
        assertThat(signer.verify(payload)).isEqualTo(pass);
        assertThat(new TicketSigner(KEY).verify(payload)).isEqualTo(pass);
    }

    @Test
    void everySingleAlteredCharacterIsRefused() {
        String payload = signer.sign(pass);
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            String altered = payload.substring(0, i) + (c == 'A' ? 'B' : 'A') + payload.substring(i + 1);
            assertRefused(altered);
        }
    }

    @Test
    void anotherTicketListUnderTheOriginalSignatureIsRefused() {
        String payload = signer.sign(pass);
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("K7QH2MZP:41,42,43,44".getBytes(StandardCharsets.UTF_8));
        String[] parts = payload.split("\\.");
        assertRefused(parts[0] + "." + body + "." + parts[2]);
    }

    @Test
    void aPassSignedWithAnotherKeyIsRefused() {
        String foreign = new TicketSigner("another-cinemas-key-0123456789abcdef").sign(pass);
        assertRefused(foreign);
    }

    @Test
    void truncatedPayloadsAreRefused() {
        String payload = signer.sign(pass);
        assertRefused(payload.substring(0, payload.length() - 1));
        assertRefused(payload.substring(0, payload.lastIndexOf('.')));
        assertRefused(payload.substring(0, payload.lastIndexOf('.') + 1));
        assertRefused("CT1.");
        assertRefused("");
    }

    @Test
    void anotherVersionIsRefusedEvenWithAGoodSignatureOfItsBytes() {
        String payload = signer.sign(pass);
        assertRefused("CT2" + payload.substring(3));
        assertRefused(payload.substring(4));
    }

    @Test
    void aShortKeyIsNotAccepted() {
        assertThatThrownBy(() -> new TicketSigner("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }

    private void assertRefused(String payload) {
        assertThatThrownBy(() -> signer.verify(payload)).as(payload)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("payload"));
    }
}
