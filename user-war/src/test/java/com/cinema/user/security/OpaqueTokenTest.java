package com.cinema.user.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueTokenTest {

    @Test
    void tokensAre32RandomBytesInBase64Url() {
        SecureRandom random = new SecureRandom();
        String first = OpaqueToken.generate(random);
        String second = OpaqueToken.generate(random);

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second);
        assertThat(Base64.getUrlDecoder().decode(first)).hasSize(32);
    }

    @Test
    void theStoredDigestIsSha256InHex() {
        assertThat(OpaqueToken.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
