package com.cinema.booking.ticket;

import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.Transactions;
import com.cinema.booking.domain.TransientStoreFailure;
import com.cinema.common.error.ApiException;
import com.cinema.common.error.ConflictException;
import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static com.cinema.booking.domain.ConflictAnswers.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The door's rules with an in-memory ticket table; the SQL itself is proven by TicketIT on the test server. */
class TicketDoorTest {

    private static final Instant NOW = Instant.parse("2031-03-01T19:05:00Z");
    private final TicketSigner signer = new TicketSigner("door-test-key-0123456789abcdef0123456");
    private final FakeCheckIns table = new FakeCheckIns();
    private static final Duration DOOR_OPENS = Duration.ofMinutes(45);
    /** The cinema of every showtime here. */
    private static final long CINEMA = 4;
    private final TicketDoor door = new TicketDoor(table, new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC),
            DOOR_OPENS, () -> signer);
    private final java.util.concurrent.atomic.AtomicInteger admitted = new java.util.concurrent.atomic.AtomicInteger();

    {
        // tickets_checked_in counts each ticket admitted, and nothing for a refused scan.
        door.metrics = new com.cinema.booking.domain.BookingMetrics() {
            @Override
            public void ticketsCheckedIn(int count) {
                admitted.addAndGet(count);
            }
        };
    }

    @Test
    void aConfirmedBookingsPassChecksInOnceAndTheSecondScanNamesTheTime() {
        Booking booking = booking("ABCD2345", BookingStatus.CONFIRMED, 11L, 12L);
        table.put(booking);
        String pass = door.passOf(booking);

        TicketCheckIns.DoorTicket first = door.checkIn(pass, null);
        assertThat(first.id()).isEqualTo(11L);
        assertThat(first.checkedInAt()).isEqualTo(NOW);
        assertThat(table.used).containsOnlyKeys(11L, 12L);
        assertThat(admitted).hasValue(2);

        assertThatThrownBy(() -> door.checkIn(pass, null)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessage()).contains("already used at 2031-03-01T19:05:00Z");
            assertThat(e.extensions()).containsEntry("checkedInAt", "2031-03-01T19:05:00Z");
        });
        assertThat(admitted).as("a second scan admits nobody").hasValue(2);
    }

    @Test
    void aPassAdmitsFromTheDoorOpeningUntilItsShowtimeEndsAndNoOneOnAnotherDayOrAfterTheShow() {
        Booking tomorrow = booking("LATE2345", BookingStatus.CONFIRMED, 61L);
        table.put(tomorrow, Instant.parse("2031-03-02T19:30:00Z"), Instant.parse("2031-03-02T21:30:00Z"));
        Booking soon = booking("SOON2345", BookingStatus.CONFIRMED, 62L);
        table.put(soon, NOW.plus(DOOR_OPENS).plusSeconds(1), NOW.plus(Duration.ofHours(3)));
        Booking seen = booking("SEEN2345", BookingStatus.CONFIRMED, 63L);
        table.put(seen, NOW.minus(Duration.ofHours(2)), NOW);

        assertThatThrownBy(() -> door.checkIn(door.passOf(tomorrow), null)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The tickets of booking LATE2345 are for the showtime at "
                    + "2031-03-02T19:30:00Z: its door opens at 2031-03-02T18:45:00Z");
            assertThat(e.extensions()).containsEntry("reason", "TOO_EARLY")
                    .containsEntry("showtimeStartsAt", "2031-03-02T19:30:00Z");
        });
        // a second before the door opens is still too early
        assertThatThrownBy(() -> door.checkIn(door.passOf(soon), null)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.extensions()).containsEntry("reason", "TOO_EARLY"));
        assertThatThrownBy(() -> door.checkIn(door.passOf(seen), null)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The tickets of booking SEEN2345 were for the showtime that ended at "
                    + "2031-03-01T19:05:00Z");
            assertThat(e.extensions()).containsEntry("reason", "SHOWTIME_OVER");
        });
        assertThat(table.used).as("nobody admitted").isEmpty();
        assertThat(admitted).hasValue(0);

        // the door opens exactly DOOR_OPENS before the start, and a late-comer is let in until the end
        Booking opening = booking("OPEN2345", BookingStatus.CONFIRMED, 64L);
        table.put(opening, NOW.plus(DOOR_OPENS), NOW.plus(Duration.ofHours(3)));
        Booking late = booking("LATE6789", BookingStatus.CONFIRMED, 65L);
        table.put(late, NOW.minus(Duration.ofMinutes(100)), NOW.plusSeconds(1));
        assertThat(door.checkIn(door.passOf(opening), null).id()).isEqualTo(64L);
        assertThat(door.checkIn(door.passOf(late), null).id()).isEqualTo(65L);
        assertThat(table.used).containsOnlyKeys(64L, 65L);
    }

    @Test
    void atAnotherCinemasDoorAPassLetsNobodyInAndSaysWhichCinemaItIsFor() {
        Booking booking = booking("HERE2345", BookingStatus.CONFIRMED, 71L, 72L);
        table.put(booking);
        String pass = door.passOf(booking);

        assertThatThrownBy(() -> door.checkIn(pass, CINEMA + 1)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The tickets of booking HERE2345 are for cinema 4, not this one (cinema 5)");
            assertThat(e.extensions()).containsEntry("reason", "WRONG_CINEMA").containsEntry("cinemaId", "4");
        });
        assertThat(table.used).isEmpty();

        assertThat(door.checkIn(pass, CINEMA).id()).isEqualTo(71L);
        assertThat(table.used).containsOnlyKeys(71L, 72L);
    }

    @Test
    void onlyAConfirmedBookingHasAPass() {
        Booking held = booking("HELD2345", BookingStatus.HELD, 21L);
        assertThatThrownBy(() -> door.passOf(held)).isInstanceOf(ConflictException.class).hasMessageContaining("HELD");
    }

    @Test
    void aCancelledOrRefundedBookingsPassIsAConflictAndMarksNothing() {
        for (BookingStatus status : List.of(BookingStatus.CANCELLED, BookingStatus.REFUNDED)) {
            Booking booking = booking("GONE" + status.name().charAt(0) + "234", status, 31L + status.ordinal());
            table.put(booking);
            String pass = signer.sign(new TicketPass(booking.getCode(), List.of(31L + status.ordinal())));

            assertThatThrownBy(() -> door.checkIn(pass, null)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(status.name());
        }
        assertThat(table.used).isEmpty();
    }

    @Test
    void aGenuineSignatureOverUnknownOrOtherTicketsIsRefusedAsPayload() {
        table.put(booking("REAL2345", BookingStatus.CONFIRMED, 41L, 42L));

        for (TicketPass pass : List.of(new TicketPass("NONE2345", List.of(41L)),
                new TicketPass("REAL2345", List.of(41L)), new TicketPass("REAL2345", List.of(41L, 42L, 43L)))) {
            assertThatThrownBy(() -> door.checkIn(signer.sign(pass), null)).as(pass.toString())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("payload"));
        }
        assertThat(table.used).isEmpty();
    }

    @Test
    void aForgedPayloadNeverReachesTheTable() {
        table.put(booking("REAL2345", BookingStatus.CONFIRMED, 41L));
        String forged = new TicketSigner("forgers-own-key-0123456789abcdef0123").sign(
                new TicketPass("REAL2345", List.of(41L)));

        assertThatThrownBy(() -> door.checkIn(forged, null)).isInstanceOf(ValidationException.class);
        assertThat(table.lookups).isZero();
    }

    @Test
    void aCheckInThatGivesUpOnLockContentionIsAConflictWithNothingAdmitted() {
        Booking booking = booking("BUSY2345", BookingStatus.CONFIRMED, 51L);
        table.put(booking);
        TicketDoor contended = new TicketDoor(table, new DirectTransactions() {
            @Override
            public <T> T inOne(Supplier<T> work) {
                throw new TransientStoreFailure(new RuntimeException("lock wait timeout (played)"));
            }
        }, Clock.fixed(NOW, ZoneOffset.UTC), DOOR_OPENS, () -> signer);

        assertConflict(() -> contended.checkIn(door.passOf(booking), null))
                .isEqualTo("Booking "
                        + "BUSY2345 is being changed by another request right now; its tickets were not admitted, "
                        + "please try again");
        assertThat(table.used).isEmpty();
        assertThat(door.checkIn(door.passOf(booking), null).checkedInAt()).isEqualTo(NOW);
    }

    private static Booking booking(String code, BookingStatus status, Long... ticketIds) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < ticketIds.length; i++) {
            tickets.add(new Ticket(500 + i, "C" + (i + 1), "STANDARD", 900));
        }
        Booking booking = new Booking(code, 7, 3, "GBP", NOW.plusSeconds(600), tickets);
        // The status and ids a confirmed booking read back from the database would have.
        set(booking, "status", status);
        set(booking, "id", (long) code.hashCode());
        for (int i = 0; i < ticketIds.length; i++) {
            set(booking.getTickets().get(i), "id", ticketIds[i]);
        }
        return booking;
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static class DirectTransactions implements Transactions {
        @Override
        public <T> T inOne(Supplier<T> work) {
            try {
                return work.get();
            } catch (ApiException e) {
                throw e;
            }
        }

        @Override
        public <T> T retrying(Supplier<T> work) {
            return inOne(work);
        }
    }

    /** The ticket table with its conditional UPDATE's rules. */
    private static final class FakeCheckIns implements TicketCheckIns {
        final Map<String, DoorBooking> byCode = new HashMap<>();
        final Map<Long, Instant> used = new HashMap<>();
        int lookups;

        /** A booking of the 19:30 showtime (to 21:30): NOW, 19:05, the door is open. */
        void put(Booking booking) {
            put(booking, Instant.parse("2031-03-01T19:30:00Z"), Instant.parse("2031-03-01T21:30:00Z"));
        }

        void put(Booking booking, Instant showtimeStartsAt, Instant showtimeEndsAt) {
            byCode.put(booking.getCode(), new DoorBooking(booking.getId(), booking.getStatus(), CINEMA, showtimeStartsAt,
                    showtimeEndsAt,
                    booking.getTickets().stream().map(t -> new DoorTicket(t.getId(), t.getSeatId(), t.getSeatLabel(),
                            t.getSeatType(), t.getTicketType(), t.getPriceCents(), t.getFullPriceCents(), null)).toList()));
        }

        @Override
        public Optional<DoorBooking> lockByCode(String bookingCode) {
            lookups++;
            return Optional.ofNullable(byCode.get(bookingCode));
        }

        @Override
        public int checkIn(long bookingId, Collection<Long> ticketIds, Instant at) {
            DoorBooking booking = byCode.values().stream().filter(b -> b.id() == bookingId).findFirst().orElseThrow();
            if (booking.status() != BookingStatus.CONFIRMED) {
                return 0;
            }
            int marked = 0;
            for (Long id : ticketIds) {
                if (used.putIfAbsent(id, at) == null) {
                    marked++;
                }
            }
            return marked;
        }

        @Override
        public Map<Long, Instant> checkedInAt(Collection<Long> ticketIds) {
            Map<Long, Instant> result = new HashMap<>(used);
            result.keySet().retainAll(ticketIds);
            return result;
        }
    }
}
