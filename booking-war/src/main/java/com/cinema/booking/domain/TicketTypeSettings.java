package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The ticket types on sale ({@link TicketTypes}: {@code cinema.booking.ticket-types} and
 * {@code cinema.booking.ticket-type.<TYPE>.*}, environment overrides by MicroProfile Config's mapping, e.g.
 * CINEMA_BOOKING_TICKET_TYPE_CHILD_DISCOUNT), read once.
 */
@ApplicationScoped
public class TicketTypeSettings {

    @Inject
    Config config;

    private volatile TicketTypes ticketTypes;

    /** Read at startup: a mistake in the settings stops the deployment with its message, not the first checkout. */
    void readAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticketTypes();
    }

    /** The types on sale, ADULT first, with their discounts, conditions and the age ratings they are not sold for. */
    public TicketTypes ticketTypes() {
        TicketTypes current = ticketTypes;
        if (current == null) {
            current = TicketTypes.from(key -> config.getOptionalValue(key, String.class), config.getPropertyNames());
            ticketTypes = current;
        }
        return current;
    }
}
