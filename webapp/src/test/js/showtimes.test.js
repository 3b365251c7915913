import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookingClosed, lowestPrice } from '../../main/resources/META-INF/resources/js/showtimes.js';

const now = Date.parse('2026-12-05T18:00:00Z');

test('a scheduled showtime still to come takes bookings', () => {
  assert.equal(bookingClosed({ status: 'SCHEDULED', startsAt: '2026-12-05T18:00:01Z' }, now), null);
});

test('booking closes at the start, as the booking service refuses holds from then on', () => {
  assert.equal(bookingClosed({ status: 'SCHEDULED', startsAt: '2026-12-05T18:00:00Z' }, now), 'started');
  assert.equal(bookingClosed({ status: 'SCHEDULED', startsAt: '2026-12-05T19:00:00+01:00' }, now), 'started');
});

test('a cancelled showtime is closed whenever it starts', () => {
  assert.equal(bookingClosed({ status: 'CANCELLED', startsAt: '2026-12-06T18:00:00Z' }, now), 'cancelled');
});

test('"from" quotes the lowest base price, not the first showtime\'s', () => {
  const showtimes = [
    { startsAt: '2026-12-06T12:00:00Z', basePriceCents: 1650, currency: 'GBP' }, // IMAX, earliest
    { startsAt: '2026-12-06T19:30:00Z', basePriceCents: 1100, currency: 'GBP' },
    { startsAt: '2026-12-07T14:00:00Z', basePriceCents: 1350, currency: 'GBP' },
  ];
  assert.deepEqual(lowestPrice(showtimes), { cents: 1100, currency: 'GBP' });
  assert.equal(lowestPrice([]), null);
});
