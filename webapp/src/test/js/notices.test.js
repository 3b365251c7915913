import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEND_TICKETS_AGAIN, STAFF_BOOKING_NOTICES, canSendTicketsAgain, noticeLine, showingEndsAt, shownNotices, ticketsSentLine }
  from '../../main/resources/META-INF/resources/js/notices.js';
import { GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

const when = (iso) => `at ${iso.slice(11, 16)}`;

test('each message says what, how, to whom and how it went', () => {
  assert.deepEqual(noticeLine({ kind: 'BOOKING_CONFIRMED', channel: 'EMAIL', recipient: 'ann@example.org', status: 'SENT',
    sentAt: '2026-12-06T14:02:00Z' }, when), { text: 'Booking confirmation by e-mail to ann@example.org: sent at 14:02', failed: false });
  assert.equal(noticeLine({ kind: 'BOOKING_REMINDER', channel: 'SMS', recipient: null, status: 'PENDING' }, when).text,
    'Reminder by SMS: on its way');
  assert.equal(noticeLine({ kind: 'BOOKING_CANCELLED', channel: 'EMAIL', recipient: null, status: 'SENT', sentAt: null }, when).text,
    'Cancellation by e-mail: sent');
});

test('a message that could not be delivered says so and what to check', () => {
  const line = noticeLine({ kind: 'SHOWTIME_CANCELLED', channel: 'EMAIL', recipient: 'typo@exmaple.org', status: 'FAILED' }, when);
  assert.equal(line.failed, true);
  assert.equal(line.text, 'Showing cancelled by e-mail to typo@exmaple.org: could not be delivered: check the address and phone number in your profile');
});

test('staff read a failed message as something to check with the customer, not in their own profile', () => {
  const line = noticeLine({ kind: 'BOOKING_CONFIRMED', channel: 'EMAIL', recipient: 'typo@exmaple.org', status: 'FAILED' }, when, true);
  assert.equal(line.failed, true);
  assert.equal(line.text, 'Booking confirmation by e-mail to typo@exmaple.org: could not be delivered: check the customer\u2019s address and phone number with them');
  assert.equal(noticeLine({ kind: 'TICKETS_SENT_AGAIN', channel: 'EMAIL', recipient: 'ann@example.org', status: 'PENDING' }, when, true).text,
    'Tickets sent again by e-mail to ann@example.org: on its way');
  // any customer's booking, by the staff-only query, with the fields the lines need
  assert.match(STAFF_BOOKING_NOTICES, /bookingNotices\(bookingId: \$id\)/);
  for (const field of ['kind', 'channel', 'recipient', 'status', 'createdAt', 'sentAt']) {
    assert.match(STAFF_BOOKING_NOTICES, new RegExp(`\\b${field}\\b`));
  }
});

test('skipped messages and SMS not yet decided are left out, the rest oldest first', () => {
  const shown = shownNotices([
    { id: '3', kind: 'BOOKING_CANCELLED', channel: 'EMAIL', status: 'PENDING', createdAt: '2026-12-06T15:00:00Z' },
    { id: '4', kind: 'BOOKING_CANCELLED', channel: 'SMS', status: 'PENDING', createdAt: '2026-12-06T15:00:00Z' },
    { id: '2', kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'SKIPPED', createdAt: '2026-12-06T14:00:00Z' },
    { id: '5', kind: 'BOOKING_CONFIRMED', channel: 'SMS', status: 'FAILED', createdAt: '2026-12-06T14:00:00Z' },
    { id: '1', kind: 'BOOKING_CONFIRMED', channel: 'EMAIL', status: 'SENT', createdAt: '2026-12-06T14:00:00Z' },
  ]);
  assert.deepEqual(shown.map((n) => n.id), ['1', '5', '3']);
  assert.deepEqual(shownNotices(undefined), []);
});

test('tickets sent again are named as such in the messages list', () => {
  assert.equal(noticeLine({ kind: 'TICKETS_SENT_AGAIN', channel: 'EMAIL', recipient: 'ann@new.example.org', status: 'SENT',
    sentAt: '2026-12-06T20:15:00Z' }, when).text, 'Tickets sent again by e-mail to ann@new.example.org: sent at 20:15');
});

test('sending the tickets again says where they go and how many more times one may ask', () => {
  const sent = { bookingId: '42', recipient: 'ann@new.example.org', queuedAt: '2026-12-06T20:15:00Z', sendsLeft: 2 };
  assert.equal(ticketsSentLine(sent, when),
    'Your tickets are on their way to ann@new.example.org (asked at 20:15). You can ask 2 more times.');
  assert.equal(ticketsSentLine({ ...sent, sendsLeft: 1 }, when),
    'Your tickets are on their way to ann@new.example.org (asked at 20:15). You can ask once more.');
  assert.equal(ticketsSentLine(sent), 'Your tickets are on their way to ann@new.example.org. You can ask 2 more times.',
    'without a formatter, no time');
});

test('the last send says it was the last time', () => {
  const line = ticketsSentLine({ recipient: 'ann@example.org', queuedAt: '2026-12-06T20:15:00Z', sendsLeft: 0 }, when);
  assert.equal(line, 'Your tickets are on their way to ann@example.org (asked at 20:15). That was the last time we can send them again.');
  assert.doesNotMatch(line, /You can ask/);
});

test('the mutation asks for what the page shows', () => {
  assert.match(SEND_TICKETS_AGAIN, /sendTicketsAgain\(bookingId: \$id\)/);
  for (const field of ['recipient', 'queuedAt', 'sendsLeft']) assert.match(SEND_TICKETS_AGAIN, new RegExp(`\\b${field}\\b`));
});

describe('who is offered "E-mail my tickets again"', () => {
  const now = Date.parse('2026-12-06T18:00:00Z');
  const booking = (status, showtime) => ({ status, showtime });
  const tonight = { startsAt: '2026-12-06T20:00:00Z', endsAt: '2026-12-06T22:10:00Z' };

  test('a confirmed booking for a showing still to come, or still running, yes', () => {
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', tonight), now), true);
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', tonight), Date.parse('2026-12-06T22:00:00Z')), true);
  });

  test('a booking not confirmed, no', () => {
    for (const status of ['CANCELLED', 'HELD', 'PAYMENT_PENDING', 'REFUNDED', 'EXPIRED', 'FAILED']) {
      assert.equal(canSendTicketsAgain(booking(status, tonight), now), false, status);
    }
    assert.equal(canSendTicketsAgain(null, now), false);
  });

  test('a showing that has ended, no', () => {
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', tonight), Date.parse('2026-12-06T22:10:00Z')), false);
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', { startsAt: '2026-12-01T20:00:00Z', endsAt: '2026-12-01T22:00:00Z' }), now), false);
  });

  test('without an end: the start plus the movie\'s length, else plus 4 hours; unknown, the service decides', () => {
    const start = { startsAt: '2026-12-06T15:00:00Z' };
    assert.equal(showingEndsAt({ ...start, endsAt: null, movie: { durationMinutes: 150 } }), Date.parse('2026-12-06T17:30:00Z'));
    assert.equal(showingEndsAt(start), Date.parse('2026-12-06T19:00:00Z'));
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', { ...start, movie: { durationMinutes: 150 } }), now), false);
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', start), now), true);
    assert.equal(canSendTicketsAgain(booking('CONFIRMED', null), now), true);
  });
});

test('a RATE_LIMITED from a service is explained in its words, as a CONFLICT is', () => {
  const tooSoon = 'Tickets for booking ABC123 were sent at 20:15 UTC; ask again after 20:17 UTC';
  assert.equal(new GraphQLError({ message: tooSoon, extensions: { code: 'RATE_LIMITED' } }).explained, tooSoon);
  // the gateway's own limit (HTTP 429) carries no words: the screen's own
  assert.equal(new GraphQLError({ extensions: { code: 'RATE_LIMITED' } }).explained,
    'Too many attempts. Please wait a moment and try again.');
  const closed = 'The account of booking ABC123 is closed';
  assert.equal(new GraphQLError({ message: closed, extensions: { code: 'CONFLICT' } }).explained, closed);
  assert.equal(new GraphQLError({ message: 'booking service timed out', extensions: { code: 'UPSTREAM_UNAVAILABLE' } }).explained,
    'Part of the service is unavailable right now. Please try again shortly.');
});
