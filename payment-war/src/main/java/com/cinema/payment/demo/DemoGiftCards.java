package com.cinema.payment.demo;

import com.cinema.common.health.DemoData;
import com.cinema.common.health.DemoDataState;
import com.cinema.payment.domain.GiftCard;
import com.cinema.payment.persistence.GiftCardRepository;
import com.cinema.payment.persistence.Transactions;
import com.cinema.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo gift cards (local run, tests, docker-compose) when {@code cinema.demo-data.enabled} is true. Each
 * start gives them their demo balance again, so a demo (or a test run) never finds them spent.
 */
@ApplicationScoped
public class DemoGiftCards implements DemoData {

    private static final Logger LOG = Logger.getLogger(DemoGiftCards.class.getName());
    private final DemoDataState state = new DemoDataState();

    /** Code, currency, balance in minor units. */
    record DemoCard(String code, String currency, int balanceCents) {
    }

    static final List<DemoCard> CARDS = List.of(
            new DemoCard("GIFT-GBP-5000", "GBP", 5000),
            new DemoCard("GIFT-EUR-5000", "EUR", 5000),
            new DemoCard("GIFT-GBP-2000", "GBP", 2000),
            new DemoCard("GIFT-GBP-1000", "GBP", 1000));

    @Inject
    @ConfigProperty(name = "cinema.demo-data.enabled")
    boolean enabled;

    @Inject
    GiftCardRepository giftCards;

    @Inject
    Transactions transactions;

    void seed(@Observes SchemaMigrated migrated) {
        if (!enabled) {
            state.notWanted();
            return;
        }
        state.loading(CARDS.size() + " gift cards");
        for (DemoCard card : CARDS) {
            try {
                transactions.run(() -> {
                    if (giftCards.resetBalance(card.code(), card.currency(), card.balanceCents(), Instant.now()) == 0) {
                        giftCards.insert(new GiftCard(card.code(), card.currency(), card.balanceCents()));
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // Another replica inserted it at the same moment: its balance is the demo balance too.
                LOG.fine(() -> "Demo gift card " + card.code() + " was added elsewhere: " + e);
            }
        }
        state.done(CARDS.size() + " gift cards");
        LOG.info(() -> CARDS.size() + " demo gift cards have their demo balance");
    }

    @Override
    public String name() {
        return "demo-gift-cards";
    }

    @Override
    public DemoDataState state() {
        return state;
    }
}
