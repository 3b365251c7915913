package com.cinema.gateway.api.showtime;

import com.cinema.gateway.api.booking.Booking;
import com.cinema.gateway.api.payment.Payment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Batches the references of one GraphQL request (docs/architecture.md, "Request flow through the gateway"):
 * one downstream call per type, not one per row.
 * Whatever returns showtimes or bookings registers the ids they point to; the first row that needs, say, its
 * movie loads every registered movie id with one {@code moviesByIds} call, and the other rows read the result.
 * Liberty's SmallRye GraphQL 1.0 crashes on batched {@code @Source List<...>} resolvers, hence this loader.
 * <p>
 * A failed load is remembered for the request too: each row then reports the same error (its field is null,
 * the rest of the answer stands) without waiting for the failing service again.
 * Every load counts in {@code gateway_reference_loads_total{type=...}}.
 */
@RequestScoped
public class ReferenceLoader {

    public static final String MOVIE = "movie";
    public static final String CINEMA = "cinema";
    public static final String AUDITORIUM = "auditorium";
    public static final String SHOWTIME = "showtime";
    /** The auditoriums of a cinema (for {@code Cinema.auditoriums} on a list of cinemas). */
    public static final String CINEMA_AUDITORIUMS = "cinema_auditoriums";
    /** The booking a payment is for (for {@code Payment.booking}). */
    public static final String BOOKING = "booking";
    /** The payment of a booking (for {@code Booking.payment}). */
    public static final String BOOKING_PAYMENT = "booking_payment";
    /** The account that made a booking (for {@code Booking.customer}, staff only). */
    public static final String CUSTOMER = "customer";
    /** The showtimes of a movie (for {@code Movie.showtimes} on a list of movies). */
    public static final String MOVIE_SHOWTIMES = "movie_showtimes";
    /** The showtimes at a cinema (for {@code Cinema.showtimes} on a list of cinemas). */
    public static final String CINEMA_SHOWTIMES = "cinema_showtimes";

    /** Separates a type from the arguments of a field in a batch's key. */
    private static final String ARGUMENTS = "\u0000";

    static final Metadata LOADS_METRIC = Metadata.builder().withName("gateway_reference_loads")
            .withDescription("Batched loads of referenced objects (movies, cinemas, auditoriums, payments, customers) by type: "
                    + "one per type per GraphQL request, however many objects it names").build();

    @Inject
    MetricRegistry metrics;

    private final Map<String, Batch> batches = new HashMap<>();

    /**
     * "Now" once for the whole request: fields whose window starts at now by default then ask with the same
     * arguments for every row, so their rows still load together.
     */
    private final OffsetDateTime requestStart = OffsetDateTime.now(ZoneOffset.UTC);

    public OffsetDateTime requestStart() {
        return requestStart;
    }

    /** Notes the movie, cinema and auditorium of each showtime, for batch loading later. */
    public void registerShowtimes(Collection<Showtime> showtimes) {
        if (showtimes == null) {
            return;
        }
        for (Showtime showtime : showtimes) {
            if (showtime != null) {
                register(MOVIE, showtime.movieId);
                register(CINEMA, showtime.cinemaId);
                register(AUDITORIUM, showtime.auditoriumId);
            }
        }
    }

    /** Notes the showtime, the payment and the customer of each booking, for batch loading later. */
    public void registerBookings(Collection<Booking> bookings) {
        if (bookings == null) {
            return;
        }
        for (Booking booking : bookings) {
            if (booking != null) {
                register(SHOWTIME, booking.showtimeId);
                register(BOOKING_PAYMENT, booking.id);
                register(CUSTOMER, booking.userId);
            }
        }
    }

    /** Notes the booking of each payment, for batch loading later. */
    public void registerPayments(Collection<Payment> payments) {
        if (payments != null) {
            payments.stream().filter(Objects::nonNull).forEach(payment -> register(BOOKING, payment.bookingId));
        }
    }

    /**
     * A payment's booking, loaded with all registered booking ids in one call; the loaded bookings' showtimes,
     * payments and customers are registered in turn.
     */
    public Booking booking(String id, Function<List<String>, List<Booking>> fetch) {
        return get(BOOKING, id, fetch.andThen(loaded -> registered(loaded, this::registerBookings)), b -> b.id);
    }

    /**
     * A booking's showtime, loaded with all registered showtime ids in one call; the loaded showtimes' movies,
     * cinemas and auditoriums are registered in turn, so they too load in one call each.
     */
    public Showtime showtime(String id, Function<List<String>, List<Showtime>> fetch) {
        return get(SHOWTIME, id, fetch.andThen(loaded -> registered(loaded, this::registerShowtimes)), s -> s.id);
    }

    /** The loaded objects, after noting what they point to for the next batches. */
    private static <T> List<T> registered(List<T> loaded, Consumer<Collection<T>> register) {
        register.accept(loaded);
        return loaded;
    }

    public void register(String type, String id) {
        if (id != null) {
            batch(type).register(id);
            // Also to the batches of that type's fields with arguments already started (a second list in the query).
            batches.forEach((key, batch) -> {
                if (key.startsWith(type + ARGUMENTS)) {
                    batch.register(id);
                }
            });
        }
    }

    /**
     * The referenced object, loading every id registered for its type so far in one call if it is not known yet.
     *
     * @param fetch loads many by id; ids it does not know are simply missing from its answer
     * @param idOf  the id of a loaded object
     * @return the object, or null when the service does not know the id
     */
    public <T> T get(String type, String id, Function<List<String>, List<T>> fetch, Function<T, String> idOf) {
        if (id == null) {
            return null;
        }
        return load(type, batch(type), id, fetch, idOf);
    }

    /**
     * Like {@link #get(String, String, Function, Function)} for a field with arguments ({@code Movie.showtimes(from,
     * to, cinemaId)}): the ids registered under the type load together once per distinct list of argument values
     * (a field asked in one place of a query has one), so a list of rows costs one call, not one per row.
     */
    public <T> T get(String type, List<?> arguments, String id, Function<List<String>, List<T>> fetch,
                     Function<T, String> idOf) {
        if (id == null) {
            return null;
        }
        String key = type + ARGUMENTS + arguments;
        Batch batch = batches.get(key);
        if (batch == null) {
            batch = new Batch();
            batch(type).pending().forEach(batch::register);
            batches.put(key, batch);
        }
        return load(type, batch, id, fetch, idOf);
    }

    @SuppressWarnings("unchecked")
    private <T> T load(String type, Batch batch, String id, Function<List<String>, List<T>> fetch,
                       Function<T, String> idOf) {
        return (T) batch.get(id, ids -> {
            metrics.counter(LOADS_METRIC, new Tag("type", type)).inc();
            List<T> loaded = fetch.apply(ids);
            Map<String, Object> byId = new HashMap<>();
            if (loaded != null) {
                for (T item : loaded) {
                    if (item != null) {
                        byId.put(idOf.apply(item), item);
                    }
                }
            }
            return byId;
        });
    }

    private Batch batch(String type) {
        return batches.computeIfAbsent(type, t -> new Batch());
    }

    /** One type's ids: waiting to be loaded, loaded (null value = unknown id), or failed. */
    static final class Batch {

        private final Set<String> pending = new LinkedHashSet<>();
        private final Map<String, Object> loaded = new HashMap<>();
        private final Map<String, RuntimeException> failed = new HashMap<>();

        void register(String id) {
            if (!loaded.containsKey(id) && !failed.containsKey(id)) {
                pending.add(id);
            }
        }

        Object get(String id, Function<List<String>, Map<String, Object>> load) {
            if (!loaded.containsKey(id) && !failed.containsKey(id)) {
                pending.add(id);
                List<String> ids = new ArrayList<>(pending);
                pending.clear();
                try {
                    Map<String, Object> byId = load.apply(ids);
                    for (String each : ids) {
                        loaded.put(each, byId.get(each));
                    }
                } catch (RuntimeException e) {
                    for (String each : ids) {
                        failed.put(each, e);
                    }
                }
            }
            RuntimeException failure = failed.get(id);
            if (failure != null) {
                throw failure;
            }
            return loaded.get(id);
        }

        /** Ids registered and not loaded yet (for tests). */
        Set<String> pending() {
            return pending;
        }
    }
}
