package com.cinema.booking.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One ticket type on sale: who may use it ({@code condition}, shown to the customer and checked at the door, not
 * here), what it takes off a seat's full price in minor units, and the age ratings of films it is not sold for
 * (e.g. CHILD: 15 and 18), compared ignoring case and surrounding blanks.
 */
public record TicketTypeOffer(TicketType type, String condition, int discountCents, List<String> notForRatings) {

    public TicketTypeOffer {
        Objects.requireNonNull(type, "type");
        condition = condition == null ? "" : condition;
        if (discountCents < 0) {
            throw new IllegalArgumentException(type + " discount must not be negative, not " + discountCents);
        }
        notForRatings = List.copyOf(notForRatings);
    }

    public String label() {
        return type.label();
    }

    /** The price of a seat whose full price is {@code fullPriceCents}: less the discount, never below 0. */
    public int price(int fullPriceCents) {
        return Math.max(0, fullPriceCents - discountCents);
    }

    /** Whether some films are not sold this type, so that choosing it needs the film's age rating. */
    public boolean restricted() {
        return !notForRatings.isEmpty();
    }

    /** Whether this type is not sold for a film of this age rating; a film without a rating is sold every type. */
    public boolean notSoldFor(String ageRating) {
        if (ageRating == null) {
            return false;
        }
        String rating = ageRating.strip().toUpperCase(Locale.ROOT);
        return notForRatings.stream().anyMatch(r -> r.strip().toUpperCase(Locale.ROOT).equals(rating));
    }
}
