package com.cinema.booking.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The ticket signing key, {@code cinema.tickets.signing-key} (CINEMA_TICKETS_SIGNING_KEY), at least
 * {@value TicketSigner#MIN_KEY_LENGTH} characters. Without one the service still sells seats, but cannot issue or
 * check QR tickets: those calls fail with a message naming the setting.
 */
@ApplicationScoped
public class TicketKeys {

    @Inject
    @ConfigProperty(name = "cinema.tickets.signing-key")
    Optional<String> signingKey;

    private volatile TicketSigner signer;

    public TicketSigner signer() {
        TicketSigner current = signer;
        if (current == null) {
            String key = signingKey.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "No ticket signing key: set cinema.tickets.signing-key (CINEMA_TICKETS_SIGNING_KEY)"));
            current = new TicketSigner(key);
            signer = current;
        }
        return current;
    }
}
