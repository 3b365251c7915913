import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlaps, weekStart, addDays, mondayOf, wallClock, instantOf, stageOf, runStarts } from '../../main/resources/META-INF/resources/js/admin/schedule.js';

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

test('days are counted on the calendar, across month and year ends', () => {
  assert.equal(addDays('2031-02-28', 1), '2031-03-01');
  assert.equal(addDays('2031-12-31', 1), '2032-01-01');
  assert.equal(addDays('2031-05-05', -7), '2031-04-28');
  assert.equal(mondayOf('2031-05-04'), '2031-04-28');
  assert.equal(mondayOf('2031-04-28'), '2031-04-28');
});

test('staff schedule in the cinema\'s own time: British summer time is an hour ahead of UTC, winter is not', () => {
  assert.equal(instantOf('2031-07-01T18:00', 'Europe/London'), '2031-07-01T17:00:00.000Z');
  assert.equal(instantOf('2031-12-01T18:00', 'Europe/London'), '2031-12-01T18:00:00.000Z');
  assert.equal(instantOf('2031-07-01T18:00', 'America/New_York'), '2031-07-01T22:00:00.000Z');
  assert.equal(wallClock('2031-07-01T17:00:00Z', 'Europe/London'), '2031-07-01T18:00');
  // a late show: 23:30 UTC on 30 June is already 1 July in London
  assert.equal(wallClock('2031-06-30T23:30:00Z', 'Europe/Dublin'), '2031-07-01T00:30');
  assert.equal(wallClock('2031-06-30T23:30:00Z', 'UTC'), '2031-06-30T23:30');
});

test('the clock changes: a skipped time is read as after the change, a repeated one as the second', () => {
  // 30 March 2031: London goes from 01:00 GMT to 02:00 BST
  assert.equal(instantOf('2031-03-30T01:30', 'Europe/London'), '2031-03-30T01:30:00.000Z');
  assert.equal(wallClock(instantOf('2031-03-30T01:30', 'Europe/London'), 'Europe/London'), '2031-03-30T02:30');
  assert.equal(instantOf('2031-03-30T00:59', 'Europe/London'), '2031-03-30T00:59:00.000Z');
  assert.equal(instantOf('2031-03-30T02:00', 'Europe/London'), '2031-03-30T01:00:00.000Z');
  // 26 October 2031: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT)
  assert.equal(instantOf('2031-10-26T01:30', 'Europe/London'), '2031-10-26T01:30:00.000Z');
  for (const value of ['2031-03-29T19:45', '2031-07-01T00:00', '2031-10-25T23:59', '2031-12-31T23:59']) {
    assert.equal(wallClock(instantOf(value, 'Europe/London'), 'Europe/London'), value);
  }
});

test('a showtime is upcoming until its start, playing until its end, then shown', () => {
  const s = show('1', '2031-05-01T18:00:00Z', '2031-05-01T20:00:00Z');
  assert.equal(stageOf(s, Date.parse('2031-05-01T17:59:59Z')), 'upcoming');
  assert.equal(stageOf(s, Date.parse('2031-05-01T18:00:00Z')), 'playing');
  assert.equal(stageOf(s, Date.parse('2031-05-01T19:59:59Z')), 'playing');
  // the booking service refuses to cancel from the end on
  assert.equal(stageOf(s, Date.parse('2031-05-01T20:00:00Z')), 'shown');
  assert.equal(stageOf(s, Date.parse('2031-05-02T09:00:00Z')), 'shown');
});

test('a run of days keeps the local time when the clocks change, as the booking service places it', () => {
  // British Summer Time starts on Sunday 28 March 2027.
  assert.deepEqual(runStarts('2027-03-26T19:00', 3, 'Europe/London'),
    ['2027-03-26T19:00:00.000Z', '2027-03-27T19:00:00.000Z', '2027-03-28T18:00:00.000Z']);
  // across a month's end, in a zone ahead of UTC: 00:30 in Berlin is the day before in UTC
  assert.deepEqual(runStarts('2026-12-31T00:30', 2, 'Europe/Berlin'), ['2026-12-30T23:30:00.000Z', '2026-12-31T23:30:00.000Z']);
  assert.deepEqual(runStarts('2026-12-07T19:00', 1, 'UTC'), ['2026-12-07T19:00:00.000Z']);
});
