package com.cinema.system;

import com.cinema.testing.AtRestText;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every other system test has paid with the test cards (CheckoutIT and the browser tests): no full card
 * number in any server's logs, nor in any H2 database file of the run (byte for byte, leftovers of deleted rows too;
 * H2's own hex bookkeeping, which can spell a test card by chance, is left out: see AtRestText). Runs just before
 * PlatformIT restarts things.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 1)
class CardDataLeakIT {

    /** Every card number the system tests pay with. */
    private static final List<String> CARD_NUMBERS = List.of("4242424242424242", "4000000000000002",
            "4000000000009995", "4000000000000119", "5555555555554444");

    @Test
    void noCardNumberIsInAnyServerLogOrDatabaseFile() throws IOException {
        Platform platform = PlatformExtension.platform();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> servers = Files.list(platform.root().resolve("target/liberty/wlp/usr/servers"))) {
            for (Path server : servers.toList()) {
                Path logs = server.resolve("logs");
                if (Files.isDirectory(logs)) {
                    try (Stream<Path> walk = Files.walk(logs)) {
                        walk.filter(Files::isRegularFile).forEach(files::add);
                    }
                }
            }
        }
        if (Files.isDirectory(platform.dataDir())) {
            try (Stream<Path> walk = Files.walk(platform.dataDir())) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".mv.db")).forEach(files::add);
            }
        }
        // The scan must have read this run's gateway log, or an empty folder would pass it.
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("gateway").endsWith("messages.log"));

        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            String text = AtRestText.of(file);
            for (String number : CARD_NUMBERS) {
                if (text.contains(number)) {
                    leaks.add(file + " contains " + number.substring(0, 4) + "…" + number.substring(12));
                }
            }
        }
        assertThat(leaks).as("full card numbers at rest").isEmpty();
    }
}
