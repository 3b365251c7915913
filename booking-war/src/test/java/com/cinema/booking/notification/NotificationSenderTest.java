package com.cinema.booking.notification;

import com.cinema.mail.MailMessage;
import com.cinema.booking.domain.Booking;
import com.cinema.booking.domain.BookingNotices.Kind;
import com.cinema.booking.domain.BookingStatus;
import com.cinema.booking.domain.BookingStore;
import com.cinema.booking.domain.Showtime;
import com.cinema.booking.domain.ShowtimeStore;
import com.cinema.booking.domain.Ticket;
import com.cinema.booking.domain.Transactions;
import com.cinema.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's claim, retry and failure rules against an in-memory outbox that plays the conditional UPDATEs, with
 * the real relevance check ({@link NoticeComposer#outdated}) over played bookings and user service.
 */
class NotificationSenderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2031-01-01T10:00:00Z"));
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final List<MailMessage> delivered = new ArrayList<>();
    private final Set<Long> smtpRefuses = new java.util.HashSet<>();
    /** SMS the fake provider accepted, and what it answers next (an exception per attempt, then success). */
    private final List<SmsMessage> texted = new ArrayList<>();
    private final java.util.Deque<Exception> smsGatewayAnswers = new java.util.ArrayDeque<>();
    /** The user service's answers by customer id; a missing id is an unknown customer. */
    private final Map<Long, ContactDirectory.Contact> contacts = new java.util.HashMap<>();
    private boolean userServiceDown;
    /** The customers the user service was asked about, in order (SMS channel and relevance check alike). */
    private final List<Long> asked = new ArrayList<>();
    private final ContactDirectory directory = userId -> {
        asked.add(userId);
        if (userServiceDown) {
            throw new IllegalStateException("UPSTREAM_UNAVAILABLE: user");
        }
        return java.util.Optional.ofNullable(contacts.get(userId));
    };
    /** The stored bookings by id (what the relevance check reads of a reminder), all of {@link #SHOWTIME}. */
    private final Map<Long, Booking> bookings = new java.util.HashMap<>();
    private static final long SHOWTIME = 50;
    private final Showtime showtime = new Showtime(901, 801, 811, clock.instant().plus(Duration.ofHours(3)),
            clock.instant().plus(Duration.ofHours(5)), 1000, "GBP");
    private final NotificationSettings settings = new NotificationSettings();
    private final NotificationSender sender;

    NotificationSenderTest() {
        settings.batchSize = 10;
        settings.claimDuration = Duration.ofMinutes(2);
        settings.backoffBase = Duration.ofSeconds(30);
        settings.backoffCap = Duration.ofMinutes(5);
        settings.maxAttempts = 3;
        settings.smsBackoffBase = java.util.Optional.of(Duration.ofSeconds(2));
        settings.smsBackoffCap = java.util.Optional.of(Duration.ofSeconds(10));
        settings.smsMaxAttempts = java.util.Optional.of(5);
        EmailChannel email = new EmailChannel(
                notice -> {
                    if (notice.subject().id() == 666) {
                        throw new StackOverflowError("a notice that breaks its composer");
                    }
                    return new MailMessage(NoticeText.messageId(notice.subject(), notice.kind()), notice.recipient(),
                            "s", "b");
                },
                message -> {
                    if (smtpRefuses.contains(Long.parseLong(message.messageId().replaceAll("\\D", "")))) {
                        throw new jakarta.mail.MessagingException("421 try later");
                    }
                    delivered.add(message);
                });
        SmsChannel sms = new SmsChannel(
                (notice, phone) -> new SmsMessage(notice.messageKey(), phone, "About " + notice.subject()),
                message -> {
                    Exception answer = smsGatewayAnswers.poll();
                    if (answer != null) {
                        throw answer;
                    }
                    texted.add(message);
                });
        NoticeComposer relevance = new NoticeComposer();
        relevance.bookings = findOnly(BookingStore.class, bookings);
        relevance.showtimes = findOnly(ShowtimeStore.class, Map.of(SHOWTIME, showtime));
        relevance.transactions = new DirectTransactions();
        sender = new NotificationSender(outbox, new DirectTransactions(), settings, clock, relevance, directory,
                List.of(email, sms));
    }

    /** A port of which only {@code find(id)} is played, from {@code stored}: all the relevance check reads. */
    private static <T> T findOnly(Class<T> port, Map<Long, ?> stored) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getName().equals("find") && args != null && args.length == 1) {
                return java.util.Optional.ofNullable(stored.get((Long) args[0]));
            }
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " is not played");
        }));
    }

    /** Stores booking {@code id} of {@code userId}, paid and confirmed, then moved on to {@code status}. */
    private void stored(long id, long userId, BookingStatus status) {
        Booking booking = new Booking("CODE" + id, userId, SHOWTIME, "GBP", clock.instant().plusSeconds(600),
                List.of(new Ticket(811001, "A1", "STANDARD", 1000)));
        booking.beginCheckout("key-" + id, "c@example.org", clock.instant());
        booking.confirm(9000 + id, clock.instant());
        if (status != BookingStatus.CONFIRMED) {
            booking.endWithRefund(status, "played", clock.instant());
        }
        try {
            java.lang.reflect.Field field = Booking.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(booking, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        bookings.put(id, booking);
    }

    /** A reminder of booking {@code id} on both channels (e-mail to its stored address, SMS naming its customer). */
    private List<Long> reminders(long bookingId, long userId) {
        return List.of(
                outbox.add(NoticeSubject.booking(bookingId), Kind.BOOKING_REMINDER, clock.instant(), Channel.EMAIL,
                        "c@example.org"),
                outbox.add(NoticeSubject.booking(bookingId), Kind.BOOKING_REMINDER, clock.instant(), Channel.SMS,
                        OutboxNotice.customerRecipient(userId)));
    }

    @Test
    void aDueNoticeIsDeliveredOnceAndMarkedSent() {
        long id = outbox.add(1, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).hasSize(1);
        assertThat(outbox.rows.get(id).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(id).attempts).isEqualTo(1);
    }

    @Test
    void aNoticeOutdatedByItsTurnIsSkippedWithTheReasonAndNeverSent() {
        stored(7, 21, BookingStatus.CANCELLED);
        long reminder = outbox.add(NoticeSubject.booking(7), Kind.BOOKING_REMINDER, clock.instant(), Channel.EMAIL, "c@example.org");

        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).isEmpty();
        assertThat(outbox.rows.get(reminder).status).isEqualTo("SKIPPED");
        assertThat(outbox.rows.get(reminder).lastError).isEqualTo("booking 7 is CANCELLED now");
        assertThat(asked).as("outdated anyway: the user service is not asked").isEmpty();
    }

    @Test
    void aReminderToACustomerWhoTurnedRemindersOffIsSkippedOnEveryChannelForGood() {
        contacts.put(21L, new ContactDirectory.Contact("ann@example.org", "+447700900123", true, false));
        stored(30, 21, BookingStatus.CONFIRMED);
        List<Long> rows = reminders(30, 21);

        assertThat(sender.sendDue()).isZero();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(sender.sendDue()).isZero();
        }

        assertThat(delivered).as("no e-mail").isEmpty();
        assertThat(texted).as("no SMS, though she opted in").isEmpty();
        assertThat(rows).allSatisfy(id -> {
            Row row = outbox.rows.get(id);
            assertThat(row.status).isEqualTo("SKIPPED");
            assertThat(row.lastError).isEqualTo(NoticeComposer.REMINDERS_OFF).isEqualTo("the customer turned reminders off");
            assertThat(row.attempts).as("not a failure").isZero();
        });
        assertThat(outbox.claims).as("each row claimed once, never tried again").isEqualTo(2);
        assertThat(asked).as("the booking's owner, once for both rows").containsExactly(21L);
    }

    @Test
    void aReminderToACustomerWhoWantsRemindersGoesOutOnEveryChannel() {
        contacts.put(22L, new ContactDirectory.Contact("bob@example.org", "+447700900456", true, true));
        stored(31, 22, BookingStatus.CONFIRMED);
        List<Long> rows = reminders(31, 22);

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(delivered).extracting(MailMessage::messageId)
                .containsExactly("<booking-31.booking_reminder@cinema.booking>");
        assertThat(texted).extracting(SmsMessage::to).containsExactly("+447700900456");
        assertThat(rows).extracting(id -> outbox.rows.get(id).status).containsOnly("SENT");
        assertThat(asked).as("one answer for both rows' checks and the SMS's number").containsExactly(22L);
    }

    @Test
    void eachRoundAsksTheUserServiceAgainAndAFailedAnswerIsNotKept() {
        contacts.put(26L, new ContactDirectory.Contact("fay@example.org", "+447700900789", true, true));
        stored(36, 26, BookingStatus.CONFIRMED);
        reminders(36, 26);
        userServiceDown = true;

        assertThat(sender.sendDue()).isZero();
        assertThat(asked).as("a failure is asked again by the next row").containsExactly(26L, 26L);

        // She opts out of SMS before the retry: the next round asks afresh and sees it.
        userServiceDown = false;
        contacts.put(26L, new ContactDirectory.Contact("fay@example.org", "+447700900789", false, true));
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).as("the e-mail only").isEqualTo(1);
        assertThat(asked).containsExactly(26L, 26L, 26L);
        assertThat(texted).isEmpty();
    }

    @Test
    void aCustomerWhoTurnsRemindersOffBetweenTwoAttemptsGetsNoReminder() {
        contacts.put(23L, new ContactDirectory.Contact("cy@example.org", null, false, true));
        stored(32, 23, BookingStatus.CONFIRMED);
        long mail = reminders(32, 23).get(0);
        smtpRefuses.add(32L);

        sender.sendDue();
        assertThat(outbox.rows.get(mail).status).isEqualTo("PENDING");
        assertThat(outbox.rows.get(mail).attempts).isEqualTo(1);

        // Turned off after booking, before the retry: the wish at send time counts.
        contacts.put(23L, new ContactDirectory.Contact("cy@example.org", null, false, false));
        smtpRefuses.clear();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).isEmpty();
        assertThat(outbox.rows.get(mail).status).isEqualTo("SKIPPED");
        assertThat(outbox.rows.get(mail).lastError).isEqualTo(NoticeComposer.REMINDERS_OFF);
    }

    @Test
    void aReminderToACustomerTheUserServiceDoesNotKnowIsSkipped() {
        // contactPreferences answers null for an unknown id and for a closed account: no entry in the played directory.
        stored(33, 4711, BookingStatus.CONFIRMED);
        long mail = reminders(33, 4711).get(0);

        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).isEmpty();
        assertThat(outbox.rows.get(mail).status).isEqualTo("SKIPPED");
        assertThat(outbox.rows.get(mail).lastError).isEqualTo(SmsChannel.UNKNOWN_CUSTOMER);
    }

    @Test
    void serviceMessagesToACustomerWhoTurnedRemindersOffStillGoOutWithoutAskingTheUserService() {
        contacts.put(24L, new ContactDirectory.Contact("di@example.org", null, false, false));
        stored(34, 24, BookingStatus.CONFIRMED);
        List<Long> rows = new ArrayList<>();
        for (Kind kind : List.of(Kind.BOOKING_CONFIRMED, Kind.BOOKING_CANCELLED, Kind.SHOWTIME_CANCELLED,
                Kind.WAITLIST_OFFER)) {
            rows.add(outbox.add(NoticeSubject.booking(34), kind, clock.instant(), Channel.EMAIL, "di@example.org"));
        }
        rows.add(outbox.add(NoticeSubject.waitlistEntry(34), Kind.WAITLIST_CLOSED, clock.instant(), Channel.EMAIL,
                "di@example.org"));

        assertThat(sender.sendDue()).isEqualTo(5);

        assertThat(delivered).hasSize(5);
        assertThat(rows).extracting(id -> outbox.rows.get(id).status).containsOnly("SENT");
        assertThat(asked).as("a service message costs no call to the user service").isEmpty();
    }

    @Test
    void theUserServiceDownRetriesAReminderOnEveryChannelWhileOtherEmailsGoOut() {
        userServiceDown = true;
        contacts.put(25L, new ContactDirectory.Contact("ed@example.org", "+447700900222", true, true));
        stored(35, 25, BookingStatus.CONFIRMED);
        List<Long> rows = reminders(35, 25);
        long confirmation = outbox.add(35, clock.instant());

        assertThat(sender.sendDue()).as("only the confirmation").isEqualTo(1);
        assertThat(outbox.rows.get(confirmation).status).isEqualTo("SENT");
        Row mail = outbox.rows.get(rows.get(0));
        Row sms = outbox.rows.get(rows.get(1));
        for (Row row : List.of(mail, sms)) {
            assertThat(row.status).as("retried: neither skipped nor failed").isEqualTo("PENDING");
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.lastError).contains("UPSTREAM_UNAVAILABLE");
        }
        assertThat(mail.nextAttemptAt).as("the e-mail backoff").isEqualTo(clock.instant().plusSeconds(30));
        assertThat(sms.nextAttemptAt).as("the SMS backoff").isEqualTo(clock.instant().plusSeconds(2));

        userServiceDown = false;
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(List.of(mail, sms)).extracting(row -> row.status).containsOnly("SENT");
        assertThat(delivered).extracting(MailMessage::messageId)
                .contains("<booking-35.booking_reminder@cinema.booking>");
        assertThat(texted).extracting(SmsMessage::to).containsExactly("+447700900222");
    }

    @Test
    void aFailureWaitsAGrowingBackoffThenSucceeds() {
        long id = outbox.add(2, clock.instant());
        smtpRefuses.add(2L);

        sender.sendDue();
        Row row = outbox.rows.get(id);
        assertThat(row.status).isEqualTo("PENDING");
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(row.lastError).contains("421 try later");

        clock.advance(Duration.ofSeconds(29));
        sender.sendDue();
        assertThat(row.attempts).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(60));

        smtpRefuses.clear();
        clock.advance(Duration.ofSeconds(60));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row.status).isEqualTo("SENT");
        assertThat(delivered).hasSize(1);
    }

    @Test
    void afterMaxAttemptsTheNoticeIsFailedAndNeverTriedAgain() {
        long id = outbox.add(3, clock.instant());
        smtpRefuses.add(3L);

        for (int i = 0; i < 10; i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(outbox.rows.get(id).status).isEqualTo("FAILED");
        assertThat(outbox.rows.get(id).attempts).isEqualTo(3);
        assertThat(outbox.claims).isEqualTo(3);
    }

    @Test
    void oneBrokenNoticeNeverBlocksTheOthers() {
        long broken = outbox.add(666, clock.instant());
        long fine = outbox.add(4, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(outbox.rows.get(fine).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(broken).status).isEqualTo("PENDING");
        assertThat(outbox.rows.get(broken).lastError).startsWith("StackOverflowError");
    }

    @Test
    void aClaimedNoticeIsLeftAloneUntilItsClaimRunsOut() {
        long id = outbox.add(5, clock.instant());
        // Another replica claimed it and crashed before delivering.
        outbox.rows.get(id).claimedUntil = clock.instant().plus(Duration.ofMinutes(2));

        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMinutes(2).plusMillis(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aLostClaimIsNotMarkedByTheLoser() {
        long id = outbox.add(6, clock.instant());
        OutboxNotice mine = outbox.claimDue(clock.instant(), clock.instant().plusSeconds(1), 10).get(0);
        clock.advance(Duration.ofSeconds(2));
        OutboxNotice theirs = outbox.claimDue(clock.instant(), clock.instant().plusSeconds(60), 10).get(0);

        assertThat(outbox.markSent(mine, clock.instant())).isFalse();
        assertThat(outbox.markSent(theirs, clock.instant())).isTrue();
        assertThat(outbox.rows.get(id).status).isEqualTo("SENT");
    }

    @Test
    void anOptedInCustomerGetsTheSmsOnTheirNumberWithTheMessageKey() {
        contacts.put(7L, new ContactDirectory.Contact("ann@example.org", "+447700900123", true, true));
        long mail = outbox.add(10, clock.instant());
        long text = outbox.add(10, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(7));

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(delivered).hasSize(1);
        assertThat(texted).extracting(SmsMessage::to).containsExactly("+447700900123");
        assertThat(texted.get(0).idempotencyKey()).isEqualTo("booking-10.booking_confirmed.sms");
        assertThat(outbox.rows.get(mail).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(text).status).isEqualTo("SENT");
    }

    @Test
    void aCustomerNotOptedInGetsOnlyTheEmailAndTheSmsRowIsSkippedForGood() {
        contacts.put(8L, new ContactDirectory.Contact("bob@example.org", "+447700900456", false, true));
        long mail = outbox.add(11, clock.instant());
        long text = outbox.add(11, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(8));
        long unknown = outbox.add(12, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(404));

        assertThat(sender.sendDue()).as("only the e-mail is delivered").isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();

        assertThat(texted).isEmpty();
        assertThat(outbox.rows.get(mail).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(text).status).isEqualTo("SKIPPED");
        assertThat(outbox.rows.get(text).lastError).isEqualTo(SmsChannel.NOT_OPTED_IN);
        assertThat(outbox.rows.get(unknown).status).isEqualTo("SKIPPED");
        assertThat(outbox.claims).as("each row claimed once").isEqualTo(3);
    }

    @Test
    void aClosedAccountsSmsIsSkippedForGoodWithTheReasonWhenTheUserServiceAnswersNoContact() {
        // contactPreferences answers null for a closed account, as for an unknown id: no entry in the played directory.
        long text = outbox.add(17, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(4711));

        assertThat(sender.sendDue()).isZero();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofHours(1));
            assertThat(sender.sendDue()).isZero();
        }

        Row row = outbox.rows.get(text);
        assertThat(row.status).isEqualTo("SKIPPED");
        assertThat(row.lastError).isEqualTo(SmsChannel.UNKNOWN_CUSTOMER).contains("account closed");
        assertThat(row.attempts).as("never counted as a failed attempt").isZero();
        assertThat(outbox.claims).as("claimed once, never tried again").isEqualTo(1);
        assertThat(texted).isEmpty();
    }

    @Test
    void aNoticeWhoseRecipientWasErasedIsSkippedOnEveryChannelAndNeverSentNorRetried() {
        contacts.put(7L, new ContactDirectory.Contact("ann@example.org", "+447700900123", true, true));
        long mail = outbox.add(18, clock.instant(), Channel.EMAIL, OutboxNotice.ERASED_RECIPIENT);
        long text = outbox.add(18, clock.instant(), Channel.SMS, OutboxNotice.ERASED_RECIPIENT);

        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();

        assertThat(delivered).isEmpty();
        assertThat(texted).isEmpty();
        for (long id : List.of(mail, text)) {
            assertThat(outbox.rows.get(id).status).isEqualTo("SKIPPED");
            assertThat(outbox.rows.get(id).lastError).isEqualTo(NotificationSender.RECIPIENT_ERASED);
        }
        assertThat(outbox.claims).isEqualTo(2);
    }

    @Test
    void anSmsGatewayOutageRetriesTheSmsOnItsOwnBackoffWhileTheEmailIsSentAtOnce() {
        contacts.put(9L, new ContactDirectory.Contact("cy@example.org", "+447700900789", true, true));
        smsGatewayAnswers.add(new java.io.IOException("SMS gateway answered HTTP 503"));
        smsGatewayAnswers.add(new java.io.IOException("SMS gateway answered HTTP 503"));
        long mail = outbox.add(13, clock.instant());
        long text = outbox.add(13, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(9));

        assertThat(sender.sendDue()).isEqualTo(1);
        Row sms = outbox.rows.get(text);
        assertThat(outbox.rows.get(mail).status).isEqualTo("SENT");
        assertThat(sms.status).isEqualTo("PENDING");
        assertThat(sms.attempts).isEqualTo(1);
        assertThat(sms.lastError).contains("503");
        assertThat(sms.nextAttemptAt).as("the SMS backoff, not the e-mail's 30 s").isEqualTo(clock.instant().plusSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        sender.sendDue();
        assertThat(sms.attempts).isEqualTo(2);
        assertThat(sms.nextAttemptAt).as("doubled").isEqualTo(clock.instant().plusSeconds(4));

        clock.advance(Duration.ofSeconds(4));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sms.status).isEqualTo("SENT");
        assertThat(sms.attempts).isEqualTo(3);
        assertThat(texted).hasSize(1);
        assertThat(delivered).as("the e-mail was never sent again").hasSize(1);
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(texted).as("delivered once").hasSize(1);
    }

    @Test
    void aWaitlistEntrysNoticeGoesOnBothChannelsWithKeysOfItsOwnBesideABookingWithTheSameId() {
        contacts.put(7L, new ContactDirectory.Contact("ann@example.org", "+447700900123", true, true));
        long mail = outbox.add(NoticeSubject.waitlistEntry(10), Kind.WAITLIST_CLOSED, clock.instant(), Channel.EMAIL,
                "ann@example.org");
        long text = outbox.add(NoticeSubject.waitlistEntry(10), Kind.WAITLIST_CLOSED, clock.instant(), Channel.SMS,
                OutboxNotice.customerRecipient(7));
        long booking = outbox.add(10, clock.instant());

        assertThat(sender.sendDue()).isEqualTo(3);

        assertThat(delivered).extracting(MailMessage::messageId).containsExactlyInAnyOrder(
                "<waitlist-entry-10.waitlist_closed@cinema.booking>", "<booking-10.booking_confirmed@cinema.booking>");
        assertThat(texted).singleElement().satisfies(sms -> {
            assertThat(sms.idempotencyKey()).isEqualTo("waitlist-entry-10.waitlist_closed.sms");
            assertThat(sms.to()).isEqualTo("+447700900123");
            assertThat(sms.text()).isEqualTo("About waitlist entry 10");
        });
        assertThat(List.of(mail, text, booking)).extracting(id -> outbox.rows.get(id).status).containsOnly("SENT");
    }

    @Test
    void theUserServiceDownDelaysTheSmsAndNotTheEmail() {
        userServiceDown = true;
        contacts.put(10L, new ContactDirectory.Contact("di@example.org", "+447700900111", true, true));
        long mail = outbox.add(14, clock.instant());
        long text = outbox.add(14, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(10));

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(outbox.rows.get(mail).status).isEqualTo("SENT");
        assertThat(outbox.rows.get(text).status).isEqualTo("PENDING");
        assertThat(outbox.rows.get(text).lastError).contains("UPSTREAM_UNAVAILABLE");

        userServiceDown = false;
        clock.advance(Duration.ofSeconds(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(texted).extracting(SmsMessage::to).containsExactly("+447700900111");
    }

    @Test
    void aMessageTheGatewayRefusesForGoodFailsAtOnceAndSmsHasItsOwnAttemptLimit() {
        contacts.put(11L, new ContactDirectory.Contact("ed@example.org", "+447700900222", true, true));
        smsGatewayAnswers.add(new Undeliverable("SMS gateway answered HTTP 400: bad number"));
        long refused = outbox.add(15, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(11));

        sender.sendDue();
        assertThat(outbox.rows.get(refused).status).isEqualTo("FAILED");
        assertThat(outbox.rows.get(refused).attempts).isEqualTo(1);

        for (int i = 0; i < 10; i++) {
            smsGatewayAnswers.add(new java.io.IOException("SMS gateway answered HTTP 502"));
        }
        long down = outbox.add(16, clock.instant(), Channel.SMS, OutboxNotice.customerRecipient(11));
        for (int i = 0; i < 10; i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(outbox.rows.get(down).status).isEqualTo("FAILED");
        assertThat(outbox.rows.get(down).attempts).as("cinema.sms.max-attempts, not the e-mail's 3").isEqualTo(5);
        assertThat(texted).isEmpty();
    }

    @Test
    void theGoogleCalendarLinkIsConfiguredAndCanBeLeftOut() {
        NotificationSettings configured = new NotificationSettings();
        configured.googleCalendarLink = " https://calendar.google.com/calendar/render ";
        assertThat(configured.googleCalendarLink())
                .contains(java.net.URI.create("https://calendar.google.com/calendar/render"));
        for (String off : new String[] {"none", "NONE", "", null}) {
            configured.googleCalendarLink = off;
            assertThat(configured.googleCalendarLink()).as(String.valueOf(off)).isEmpty();
        }
    }

    @Test
    void smsFallsBackToTheNotificationRetryPolicyAndCanBeSwitchedOff() {
        NotificationSettings plain = new NotificationSettings();
        plain.backoffBase = Duration.ofSeconds(30);
        plain.backoffCap = Duration.ofMinutes(30);
        plain.maxAttempts = 10;
        assertThat(plain.backoff(Channel.SMS).after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(plain.maxAttempts(Channel.SMS)).isEqualTo(10);
        assertThat(plain.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);

        plain.smsProvider = "none";
        assertThat(plain.channels()).containsExactly(Channel.EMAIL);
        plain.smsProvider = "HTTP";
        assertThat(plain.channels()).contains(Channel.SMS);
    }

    static final class Row {
        NoticeSubject subject;
        Kind kind = Kind.BOOKING_CONFIRMED;
        Channel channel = Channel.EMAIL;
        String recipient = "c@example.org";
        String status = "PENDING";
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        String lastError;
    }

    /** The SQL of persistence.NotificationOutbox, row by row. */
    static final class MemoryOutbox implements NoticeOutbox {
        final Map<Long, Row> rows = new LinkedHashMap<>();
        int claims;

        long add(long bookingId, Instant due) {
            return add(bookingId, due, Channel.EMAIL, "c@example.org");
        }

        /** A booking's confirmation on {@code channel}. */
        long add(long bookingId, Instant due, Channel channel, String recipient) {
            return add(NoticeSubject.booking(bookingId), Kind.BOOKING_CONFIRMED, due, channel, recipient);
        }

        long add(NoticeSubject subject, Kind kind, Instant due, Channel channel, String recipient) {
            Row row = new Row();
            row.subject = subject;
            row.kind = kind;
            row.channel = channel;
            row.recipient = recipient;
            row.nextAttemptAt = due;
            long id = rows.size() + 1L;
            rows.put(id, row);
            return id;
        }

        @Override
        public List<OutboxNotice> claimDue(Instant now, Instant claimUntil, int limit) {
            List<OutboxNotice> won = new ArrayList<>();
            rows.forEach((id, row) -> {
                if (won.size() < limit && row.status.equals("PENDING") && !row.nextAttemptAt.isAfter(now)
                        && (row.claimedUntil == null || row.claimedUntil.isBefore(now))) {
                    row.claimedUntil = claimUntil;
                    claims++;
                    won.add(new OutboxNotice(id, row.subject, row.kind, row.channel, row.recipient, row.attempts,
                            claimUntil));
                }
            });
            return won;
        }

        private Row ours(OutboxNotice notice) {
            Row row = rows.get(notice.id());
            return row.status.equals("PENDING") && notice.claimedUntil().equals(row.claimedUntil) ? row : null;
        }

        @Override
        public boolean markSent(OutboxNotice notice, Instant at) {
            Row row = ours(notice);
            if (row != null) {
                row.status = "SENT";
                row.attempts++;
                row.claimedUntil = null;
            }
            return row != null;
        }

        @Override
        public boolean retryLater(OutboxNotice notice, int attempts, Instant nextAttemptAt, String error) {
            Row row = ours(notice);
            if (row != null) {
                row.attempts = attempts;
                row.nextAttemptAt = nextAttemptAt;
                row.lastError = error;
                row.claimedUntil = null;
            }
            return row != null;
        }

        @Override
        public boolean markSkipped(OutboxNotice notice, Instant at, String reason) {
            Row row = ours(notice);
            if (row != null) {
                row.status = "SKIPPED";
                row.lastError = reason;
                row.claimedUntil = null;
            }
            return row != null;
        }

        @Override
        public boolean markFailed(OutboxNotice notice, int attempts, String error) {
            Row row = ours(notice);
            if (row != null) {
                row.status = "FAILED";
                row.attempts = attempts;
                row.lastError = error;
                row.claimedUntil = null;
            }
            return row != null;
        }
    }

    static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inOne(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T retrying(Supplier<T> work) {
            return work.get();
        }
    }
}
