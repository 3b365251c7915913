import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlaps, weekStart } from '../../main/resources/META-INF/resources/js/admin/schedule.js';

const show = (id, start, end, status = 'SCHEDULED') => ({ id, startsAt: start, endsAt: end, status });

test('a new showtime clashes within the cleaning gap, not after it', () => {
  const existing = [show('1', '2031-05-01T18:00:00Z', '2031-05-01T20:00:00Z'), show('2', '2031-05-01T12:00:00Z', '2031-05-01T14:00:00Z', 'CANCELLED')];
  assert.deepEqual(overlaps(existing, '2031-05-01T20:10:00Z', 90, 15).map((s) => s.id), ['1']);
  assert.deepEqual(overlaps(existing, '2031-05-01T20:15:00Z', 90, 15), []);
  // ends 17:50, the gap runs to 18:05: clashes with the 18:00 show
  assert.deepEqual(overlaps(existing, '2031-05-01T16:20:00Z', 90, 15).map((s) => s.id), ['1']);
  // the cancelled 12:00 show is free space
  assert.deepEqual(overlaps(existing, '2031-05-01T12:00:00Z', 60, 15), []);
});

test('the gap is the one the service reports, not an assumed one', () => {
  const existing = [show('1', '2031-05-01T18:00:00Z', '2031-05-01T20:00:00Z')];
  assert.deepEqual(overlaps(existing, '2031-05-01T20:20:00Z', 90, 30).map((s) => s.id), ['1']);
  assert.deepEqual(overlaps(existing, '2031-05-01T20:30:00Z', 90, 30), []);
  assert.deepEqual(overlaps(existing, '2031-05-01T20:00:00Z', 90, 0), []);
  assert.throws(() => overlaps(existing, '2031-05-01T20:00:00Z', 90), RangeError);
  assert.throws(() => overlaps(existing, '2031-05-01T20:00:00Z', 90, -5), RangeError);
});

test('a showtime being moved never clashes with its own slot', () => {
  const existing = [show('1', '2031-05-01T18:00:00Z', '2031-05-01T20:00:00Z'), show('2', '2031-05-01T20:30:00Z', '2031-05-01T22:00:00Z')];
  assert.deepEqual(overlaps(existing, '2031-05-01T18:30:00Z', 90, 15, '1'), []);
  assert.deepEqual(overlaps(existing, '2031-05-01T19:00:00Z', 90, 15, '1').map((s) => s.id), ['2']);
});

test('weeks start on Monday, UTC', () => {
  assert.equal(weekStart(new Date('2031-05-04T23:00:00Z')).toISOString(), '2031-04-28T00:00:00.000Z');
  assert.equal(weekStart(new Date('2031-04-28T00:00:00Z')).toISOString(), '2031-04-28T00:00:00.000Z');
});
