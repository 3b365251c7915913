import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookingClosed, lowestPrice, showtimeDays, dayName, seatsNote, SCREENING_FEATURES, SHOWTIME_FIELDS, featureWords, featuresIn,
  ofKind, nextDayToBook, dayTitle } from '../../main/resources/META-INF/resources/js/showtimes.js';

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

test('a showtime\'s button says it is sold out, or how few seats are left once fewer than one booking may hold', () => {
  assert.equal(seatsNote({ availableSeats: 0 }), 'Sold out');
  assert.equal(seatsNote({ availableSeats: 1 }), '1 left');
  assert.equal(seatsNote({ availableSeats: 9 }), '9 left');
  assert.equal(seatsNote({ availableSeats: 10 }), null);
  assert.equal(seatsNote({ availableSeats: 180 }), null);
  assert.equal(seatsNote({}), null); // unknown: nothing claimed
});

const at = (startsAt, timeZone) => ({ startsAt, cinema: { timeZone } });

test('the day picker\'s days are each cinema\'s own calendar days, earliest first', () => {
  const days = showtimeDays([
    at('2026-12-07T19:00:00Z', 'Europe/London'),
    at('2026-12-06T23:30:00Z', 'Europe/Berlin'), // 00:30 on the 7th in Berlin
    at('2026-12-06T14:00:00Z', 'Europe/London'),
    at('2026-12-06T20:00:00Z', 'America/New_York'), // 15:00 on the 6th in New York
  ]);
  assert.deepEqual(days.map((d) => d.key), ['2026-12-06', '2026-12-07']);
  assert.deepEqual(days[0].showtimes.map((s) => s.startsAt), ['2026-12-06T14:00:00Z', '2026-12-06T20:00:00Z']);
  assert.deepEqual(days[1].showtimes.map((s) => s.startsAt), ['2026-12-06T23:30:00Z', '2026-12-07T19:00:00Z']);
  assert.deepEqual(showtimeDays([]), []);
});

test('days are named today and tomorrow on the cinema\'s calendar, then by weekday', () => {
  const now = Date.parse('2026-12-06T23:30:00Z'); // still the 6th in London, already the 7th in Berlin
  const day = (key, startsAt, timeZone) => ({ key, showtimes: [at(startsAt, timeZone)] });
  assert.equal(dayName(day('2026-12-06', '2026-12-06T23:45:00Z', 'Europe/London'), now), 'Today');
  assert.equal(dayName(day('2026-12-07', '2026-12-07T18:00:00Z', 'Europe/London'), now), 'Tomorrow');
  assert.equal(dayName(day('2026-12-07', '2026-12-07T18:00:00Z', 'Europe/Berlin'), now), 'Today');
  assert.equal(dayName(day('2026-12-08', '2026-12-08T18:00:00Z', 'Europe/London'), now), 'Tue');
});

test('a screening\'s kinds read as words in the API\'s order; an ordinary one says nothing', () => {
  assert.deepEqual(SCREENING_FEATURES.map(([f]) => f), ['SUBTITLED', 'AUDIO_DESCRIBED', 'RELAXED', 'PARENT_AND_BABY']);
  assert.match(SHOWTIME_FIELDS, /\bfeatures\b/);
  assert.equal(featureWords(['SUBTITLED', 'RELAXED']), 'Subtitled, Relaxed');
  assert.equal(featureWords(['PARENT_AND_BABY']), 'Parent and baby');
  assert.equal(featureWords([]), '');
  assert.equal(featureWords(undefined), '');
  assert.equal(featureWords(['DOLBY_ATMOS']), 'DOLBY_ATMOS', 'a kind this page does not know yet is shown as the API names it');
});

test('the Screenings choice offers the kinds the showtimes have and keeps the showtimes of the one chosen', () => {
  const showtimes = [
    { id: '1', features: [] },
    { id: '2', features: ['RELAXED'] },
    { id: '3', features: ['SUBTITLED', 'RELAXED'] },
    { id: '4' },
  ];
  assert.deepEqual(featuresIn(showtimes), [['SUBTITLED', 'Subtitled'], ['RELAXED', 'Relaxed']], 'in the API\'s order');
  assert.deepEqual(featuresIn([{ features: [] }, {}]), [], 'none: no choice to offer');
  assert.deepEqual(ofKind(showtimes, 'RELAXED').map((s) => s.id), ['2', '3']);
  assert.deepEqual(ofKind(showtimes, 'SUBTITLED').map((s) => s.id), ['3']);
  assert.deepEqual(ofKind(showtimes, '').map((s) => s.id), ['1', '2', '3', '4'], 'all screenings');
  assert.deepEqual(ofKind(showtimes, 'NONSENSE').map((s) => s.id), ['1', '2', '3', '4'], 'an address edited by hand shows all');
});

test('the home page\'s day at your cinema: the first with showtimes still to book, named as a day picker would', () => {
  const london = { timeZone: 'Europe/London' };
  const at = (id, startsAt, status = 'SCHEDULED') => ({ id, startsAt, status, cinema: london });
  const evening = Date.parse('2026-12-07T21:30:00Z');
  const showtimes = [at('started', '2026-12-07T21:00:00Z'), at('cancelled', '2026-12-07T22:00:00Z', 'CANCELLED'),
    at('sat-1', '2026-12-12T13:00:00Z'), at('sat-2', '2026-12-12T19:00:00Z'), at('sun', '2026-12-13T13:00:00Z')];
  const day = nextDayToBook(showtimes, evening);
  assert.equal(day.key, '2026-12-12', 'the rest of today is started or cancelled');
  assert.deepEqual(day.showtimes.map((s) => s.id), ['sat-1', 'sat-2']);
  assert.equal(dayTitle(day, evening), 'Sat 12 Dec');
  assert.equal(dayTitle(nextDayToBook([at('late', '2026-12-07T23:30:00Z')], evening), evening), 'Today');
  assert.equal(dayTitle(nextDayToBook([at('next', '2026-12-08T00:30:00Z')], evening), evening), 'Tomorrow',
    'after midnight in London is the next day there');
  assert.equal(nextDayToBook([at('started', '2026-12-07T21:00:00Z')], evening), null);
  assert.equal(nextDayToBook(null, evening), null);
});
