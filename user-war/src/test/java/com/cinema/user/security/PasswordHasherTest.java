package com.cinema.user.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    // Cheap parameters keep most tests fast; the OWASP ones are exercised where they matter.
    private static final Argon2Settings CHEAP = new Argon2Settings(256, 1, 1);
    private final PasswordHasher hasher = new PasswordHasher(CHEAP, 2, new SecureRandom());

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("Correct-Horse-Battery");

        assertThat(hasher.verify("Correct-Horse-Battery", hash)).isTrue();
        assertThat(hasher.verify("correct-horse-battery", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashedTwiceGetsDifferentSaltsAndHashes() {
        PhcString first = PhcString.parse(hasher.hash("Same-Password-2026"));
        PhcString second = PhcString.parse(hasher.hash("Same-Password-2026"));

        assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
        assertThat(first.hash()).hasSize(32).isNotEqualTo(second.hash());
    }

    @Test
    void hashesAreOwaspArgon2idPhcStringsThatNeverContainThePassword() {
        PasswordHasher owasp = new PasswordHasher(Argon2Settings.OWASP, 1, new SecureRandom());
        String hash = owasp.hash("Correct-Horse-Battery");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Correct-Horse-Battery");
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(6);
        assertThat(parts[4]).as("salt, unpadded").hasSize(22).doesNotContain("=");
        assertThat(parts[5]).as("hash, unpadded").hasSize(43).doesNotContain("=");
        assertThat(owasp.verify("Correct-Horse-Battery", hash)).isTrue();
    }

    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        // echo -n Correct-Horse-Battery | argon2 cinema-salt-16by -id -t 2 -k 19456 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$Y2luZW1hLXNhbHQtMTZieQ$9oUaSmLVgNO4/hUVKA15sZBSAMW9cINrvXsMuxM6edQ";
        // ... -t 1 -k 64 -p 2: verification uses the parameters stored in the hash, not the configured ones
        String otherParameters = "$argon2id$v=19$m=64,t=1,p=2$Y2luZW1hLXNhbHQtMTZieQ$wU1GwGRC4WAiHARQOMjhTAObI1FOX3/+8YiVrNdusWw";

        assertThat(hasher.verify("Correct-Horse-Battery", reference)).isTrue();
        assertThat(hasher.verify("Correct-Horse-Battery", otherParameters)).isTrue();
        assertThat(hasher.verify("Correct-Horse-Battery!", reference)).isFalse();
    }

    @Test
    void phcStringsAreParsedIntoTheirParts() {
        PhcString phc = PhcString.parse(
                "$argon2id$v=19$m=19456,t=2,p=1$Y2luZW1hLXNhbHQtMTZieQ$9oUaSmLVgNO4/hUVKA15sZBSAMW9cINrvXsMuxM6edQ");

        assertThat(phc.version()).isEqualTo(19);
        assertThat(phc.settings()).isEqualTo(new Argon2Settings(19456, 2, 1));
        assertThat(new String(phc.salt())).isEqualTo("cinema-salt-16by");
        assertThat(phc.hash()).hasSize(32);
        assertThat(phc.encode()).isEqualTo(
                "$argon2id$v=19$m=19456,t=2,p=1$Y2luZW1hLXNhbHQtMTZieQ$9oUaSmLVgNO4/hUVKA15sZBSAMW9cINrvXsMuxM6edQ");
    }

    @Test
    void anythingButAnArgon2idPhcStringIsRejectedAndNeverVerifies() {
        for (String bad : new String[] {null, "", "plain-text-password", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                "$argon2id$v=19$m=64,t=1$c2FsdHNhbHQ$aGFzaGhhc2g", "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"}) {
            assertThatThrownBy(() -> PhcString.parse(bad)).as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(hasher.verify("anything", bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void aHashMadeWithOtherParametersNeedsRehashing() {
        String current = hasher.hash("Correct-Horse-Battery");
        String older = new PasswordHasher(new Argon2Settings(128, 1, 1), 1, new SecureRandom()).hash("Correct-Horse-Battery");

        assertThat(hasher.needsRehash(current)).isFalse();
        assertThat(hasher.needsRehash(older)).isTrue();
        assertThat(hasher.verify("Correct-Horse-Battery", older)).isTrue();
        assertThat(hasher.needsRehash("$argon2id$v=19$m=256,t=1,p=1$c2FsdA$aGFzaGhhc2hoYXNo"))
                .as("short salt and hash").isTrue();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
    }

    @Test
    void verifyingAgainstNothingNeverSucceedsButDoesTheWork() {
        hasher.verifyAgainstNothing("Correct-Horse-Battery");
        assertThat(hasher.verify("Correct-Horse-Battery", null)).isFalse();
    }

    @Test
    void theClosedAccountsHashNeverVerifiesAnyPasswordAndNeverThrows() {
        for (String password : new String[] {"Correct-Horse-Battery", "", null, PasswordHasher.NEVER_VERIFIES,
                "no-password", "!no-password "}) {
            assertThat(hasher.verify(password, PasswordHasher.NEVER_VERIFIES)).as(String.valueOf(password)).isFalse();
        }
        assertThatThrownBy(() -> PhcString.parse(PasswordHasher.NEVER_VERIFIES))
                .as("not a hash at all, so no Argon2 output can ever equal it").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleParametersAreRefused() {
        assertThatThrownBy(() -> new Argon2Settings(19456, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Settings(19456, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
