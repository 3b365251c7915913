package com.cinema.booking.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ticket types on sale, in the order customers see them, ADULT first and always on sale at the full price. Read
 * from the settings {@value #OFFERED} (which types, in order) and {@code cinema.booking.ticket-type.<TYPE>.discount}
 * (cents), {@code .condition} and {@code .not-for-ratings} (a comma list; {@code none} for none), each falling back
 * to the defaults of {@link #DEFAULTS}. A mistake in them (a negative or non-numeric discount, a type or setting that
 * does not exist, an ADULT that is not the full price) is an {@link IllegalStateException} naming the setting: a
 * setting that would be silently ignored is never taken for the price a customer pays.
 */
public final class TicketTypes {

    /** Which types are on sale, in order, e.g. {@code ADULT,CHILD,SENIOR,STUDENT}. */
    public static final String OFFERED = "cinema.booking.ticket-types";
    /** Each type's settings are {@code cinema.booking.ticket-type.<TYPE>.<setting>}, TYPE in upper case. */
    public static final String PREFIX = "cinema.booking.ticket-type.";
    static final String DEFAULT_OFFERED = "ADULT,CHILD,SENIOR,STUDENT";
    private static final List<String> SETTINGS = List.of("discount", "condition", "not-for-ratings");
    /** "Sold for every film", where an empty value would mean "not set" to MicroProfile Config. */
    private static final String NO_RATINGS = "none";

    /** Each type's offer unless configured otherwise (UK BBFC ratings: a Child ticket is not sold for 15 and 18). */
    public static final Map<TicketType, TicketTypeOffer> DEFAULTS = Map.of(
            TicketType.ADULT, new TicketTypeOffer(TicketType.ADULT, "", 0, List.of()),
            TicketType.CHILD, new TicketTypeOffer(TicketType.CHILD, "Under 15", 350, List.of("15", "18")),
            TicketType.SENIOR, new TicketTypeOffer(TicketType.SENIOR, "65 and over", 250, List.of()),
            TicketType.STUDENT, new TicketTypeOffer(TicketType.STUDENT, "With a valid student card", 200, List.of()));

    private static final Pattern PROPERTY = Pattern.compile(Pattern.quote(PREFIX) + "([^.]*)\\.(.*)");
    /** The same settings as environment variables (MicroProfile Config's mapping), e.g. ..._TYPE_CHILD_DISCOUNT. */
    private static final String ENV_PREFIX = "CINEMA_BOOKING_TICKET_TYPE_";
    private static final Pattern ENV = Pattern.compile(ENV_PREFIX + "(.*)_(DISCOUNT|CONDITION|NOT_FOR_RATINGS)");

    private final List<TicketTypeOffer> offered;

    private TicketTypes(List<TicketTypeOffer> offered) {
        this.offered = List.copyOf(offered);
    }

    /** Every type with its default offer, in the default order. */
    public static TicketTypes defaults() {
        return from(key -> Optional.empty(), List.of());
    }

    /**
     * The types on sale as configured: {@code setting} looks a setting up by its name, {@code names} are all the
     * setting names there are (checked for settings of types that do not exist, which would otherwise go unread).
     */
    public static TicketTypes from(Function<String, Optional<String>> setting, Iterable<String> names) {
        for (String name : names) {
            refuseUnknown(name);
        }
        Map<TicketType, TicketTypeOffer> all = new EnumMap<>(TicketType.class);
        for (TicketType type : TicketType.values()) {
            all.put(type, configured(type, setting));
        }
        List<TicketTypeOffer> offered = new ArrayList<>();
        offered.add(all.get(TicketType.ADULT));
        for (TicketType type : listed(setting.apply(OFFERED).orElse(DEFAULT_OFFERED))) {
            if (type != TicketType.ADULT) {
                offered.add(all.get(type));
            }
        }
        return new TicketTypes(offered);
    }

    /** The types on sale, ADULT first. */
    public List<TicketTypeOffer> offered() {
        return offered;
    }

    /** The offer of this type, or empty when it is not on sale. */
    public Optional<TicketTypeOffer> offer(TicketType type) {
        return offered.stream().filter(o -> o.type() == type).findFirst();
    }

    private static TicketTypeOffer configured(TicketType type, Function<String, Optional<String>> setting) {
        TicketTypeOffer fallback = DEFAULTS.get(type);
        String discountKey = key(type, "discount");
        int discount = setting.apply(discountKey).map(value -> cents(discountKey, value))
                .orElse(fallback.discountCents());
        String condition = setting.apply(key(type, "condition")).map(String::strip).orElse(fallback.condition());
        List<String> ratings = setting.apply(key(type, "not-for-ratings")).map(TicketTypes::ratings)
                .orElse(fallback.notForRatings());
        if (type == TicketType.ADULT && (discount != 0 || !ratings.isEmpty())) {
            throw new IllegalStateException(PREFIX + "ADULT: an Adult ticket is the full price and sold for every "
                    + "film, so it takes no discount and no not-for-ratings");
        }
        return new TicketTypeOffer(type, condition, discount, ratings);
    }

    private static String key(TicketType type, String name) {
        return PREFIX + type.name() + "." + name;
    }

    private static int cents(String key, String value) {
        int cents;
        try {
            cents = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number of cents, not \"" + value + "\"", e);
        }
        if (cents < 0) {
            throw new IllegalStateException(key + " must not be negative, not " + cents);
        }
        return cents;
    }

    private static List<String> ratings(String value) {
        if (value.strip().equalsIgnoreCase(NO_RATINGS)) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    /** The listed types in order (any case; blanks between commas are ignored). */
    private static Set<TicketType> listed(String value) {
        Set<TicketType> types = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            TicketType type = type(trimmed.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalStateException(OFFERED + ": " + trimmed + " is not a ticket type ("
                            + known() + ")"));
            if (!types.add(type)) {
                throw new IllegalStateException(OFFERED + " names " + type + " twice");
            }
        }
        return types;
    }

    /** A setting of a ticket type that does not exist, or that no type has, would go unread: refused. */
    private static void refuseUnknown(String name) {
        Matcher property = PROPERTY.matcher(name);
        if (property.matches()) {
            if (type(property.group(1)).isEmpty()) {
                throw new IllegalStateException(name + ": " + property.group(1) + " is not a ticket type (" + known()
                        + ", in upper case)");
            }
            if (!SETTINGS.contains(property.group(2))) {
                throw new IllegalStateException(name + ": a ticket type has no setting " + property.group(2) + " ("
                        + String.join(", ", SETTINGS) + ")");
            }
        } else if (name.startsWith(ENV_PREFIX)) {
            Matcher env = ENV.matcher(name);
            if (!env.matches() || type(env.group(1)).isEmpty()) {
                throw new IllegalStateException(name + " is not a ticket type setting (" + ENV_PREFIX
                        + "<TYPE>_DISCOUNT, _CONDITION or _NOT_FOR_RATINGS; types " + known() + ")");
            }
        }
    }

    private static Optional<TicketType> type(String name) {
        return Arrays.stream(TicketType.values()).filter(t -> t.name().equals(name)).findFirst();
    }

    private static String known() {
        return Arrays.stream(TicketType.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
