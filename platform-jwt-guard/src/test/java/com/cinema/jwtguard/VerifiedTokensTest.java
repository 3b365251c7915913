package com.cinema.jwtguard;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final PublicKey KEY = BearerSignatureTest.pair().getPublic();

    /** Counts the signature checks it makes; passes tokens starting with "good". */
    private final List<String> checked = new ArrayList<>();
    private final BiPredicate<String, PublicKey> check = (token, key) -> {
        checked.add(token);
        return token.startsWith("good");
    };

    @Test
    void aTokenIsCheckedOnceThenRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(10, check);
        assertThat(tokens.verifies("good.one.sig", KEY)).isTrue();
        assertThat(tokens.verifies("good.one.sig", KEY)).isTrue();
        assertThat(tokens.verifies("good.one.sig", KEY)).isTrue();
        assertThat(checked).containsExactly("good.one.sig");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTimeAndAnyChangedCharacterIsANewToken() {
        VerifiedTokens tokens = new VerifiedTokens(10, check);
        assertThat(tokens.verifies("good.one.sig", KEY)).isTrue();
        assertThat(tokens.verifies("bad.one.sig", KEY)).isFalse();
        assertThat(tokens.verifies("bad.one.sig", KEY)).isFalse();
        assertThat(tokens.verifies("good.one.sih", KEY)).isTrue();
        assertThat(checked).containsExactly("good.one.sig", "bad.one.sig", "bad.one.sig", "good.one.sih");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void theMemoryNeverHoldsMoreThanItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(3, check);
        for (int i = 0; i < 10; i++) {
            assertThat(tokens.verifies("good." + i, KEY)).isTrue();
            assertThat(tokens.size()).isBetween(1, 3);
        }
        checked.clear();
        assertThat(tokens.verifies("good.9", KEY)).isTrue();
        assertThat(checked).as("the latest token is still remembered").isEmpty();
    }

    @Test
    void capacityZeroChecksEveryRequest() {
        VerifiedTokens tokens = new VerifiedTokens(0, check);
        tokens.verifies("good.one.sig", KEY);
        tokens.verifies("good.one.sig", KEY);
        assertThat(checked).hasSize(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void withTheRealCheckAForgedSignatureIsRefusedAfterTheGenuineTokenWasRemembered() {
        KeyPair platform = BearerSignatureTest.pair();
        VerifiedTokens tokens = new VerifiedTokens(10);
        String genuine = BearerSignatureTest.signed("{\"alg\":\"RS256\"}", platform.getPrivate());
        String forged = BearerSignatureTest.signed("{\"alg\":\"RS256\"}", BearerSignatureTest.pair().getPrivate());
        assertThat(tokens.verifies(genuine, platform.getPublic())).isTrue();
        assertThat(tokens.verifies(forged, platform.getPublic())).isFalse();
        String[] parts = genuine.split("\\.");
        assertThat(tokens.verifies(parts[0] + "." + parts[1] + "x." + parts[2], platform.getPublic())).isFalse();
        assertThat(tokens.verifies(genuine, platform.getPublic())).isTrue();
    }
}
