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
    private final TicketDoor door = new TicketDoor(table, new DirectTransactions(), Clock.fixed(NOW, ZoneOffset.UTC),
            () -> signer);
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

        TicketCheckIns.DoorTicket first = door.checkIn(pass);
        assertThat(first.id()).isEqualTo(11L);
        assertThat(first.checkedInAt()).isEqualTo(NOW);
        assertThat(table.used).containsOnlyKeys(11L, 12L);
        assertThat(admitted).hasValue(2);

        assertThatThrownBy(() -> door.checkIn(pass)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getMessage()).contains("already used at 2031-03-01T19:05:00Z");
            assertThat(e.extensions()).containsEntry("checkedInAt", "2031-03-01T19:05:00Z");
        });
        assertThat(admitted).as("a second scan admits nobody").hasValue(2);
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

            assertThatThrownBy(() -> door.checkIn(pass)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(status.name());
        }
        assertThat(table.used).isEmpty();
    }

    @Test
    void aGenuineSignatureOverUnknownOrOtherTicketsIsRefusedAsPayload() {
        table.put(booking("REAL2345", BookingStatus.CONFIRMED, 41L, 42L));

        for (TicketPass pass : List.of(new TicketPass("NONE2345", List.of(41L)),
                new TicketPass("REAL2345", List.of(41L)), new TicketPass("REAL2345", List.of(41L, 42L, 43L)))) {
            assertThatThrownBy(() -> door.checkIn(signer.sign(pass))).as(pass.toString())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("payload"));
        }
        assertThat(table.used).isEmpty();
    }

    @Test
    void aForgedPayloadNeverReachesTheTable() {
        table.put(booking("REAL2345", BookingStatus.CONFIRMED, 41L));
        String forged = new TicketSigner("forgers-own-key-0123456789abcdef0123").sign(
                new TicketPass("REAL2345", List.of(41L)));

        assertThatThrownBy(() -> door.checkIn(forged)).isInstanceOf(ValidationException.class);
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
        }, Clock.fixed(NOW, ZoneOffset.UTC), () -> signer);

        assertConflict(() -> contended.checkIn(door.passOf(booking)))
                .isEqualTo("Booking "
                        + "BUSY2345 is being changed by another request right now; its tickets were not admitted, "
                        + "please try again");
        assertThat(table.used).isEmpty();
        assertThat(door.checkIn(door.passOf(booking)).checkedInAt()).isEqualTo(NOW);
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

        void put(Booking booking) {
            byCode.put(booking.getCode(), new DoorBooking(booking.getId(), booking.getStatus(),
                    booking.getTickets().stream().map(t -> new DoorTicket(t.getId(), t.getSeatId(), t.getSeatLabel(),
                            t.getSeatType(), t.getPriceCents(), null)).toList()));
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
