import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noticeLine, shownNotices } from '../../main/resources/META-INF/resources/js/notices.js';

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
