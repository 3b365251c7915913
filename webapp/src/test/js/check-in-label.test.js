import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInLabel } from '../../main/resources/META-INF/resources/js/bookings.js';

const showtime = { startsAt: '2026-07-04T18:30:00Z', cinema: { timeZone: 'Europe/London' } };

test('a used ticket says when, in the cinema\'s time; an unused one says nothing', () => {
  assert.equal(checkInLabel({ checkedInAt: '2026-07-04T18:02:00Z' }, showtime), 'Checked in at 19:02');
  assert.equal(checkInLabel({ checkedInAt: null }, showtime), null);
  assert.equal(checkInLabel({}, showtime), null);
});

test('a check-in on another day than the showtime\'s (a late show past midnight) names the day', () => {
  const late = { startsAt: '2026-07-04T22:30:00Z', cinema: { timeZone: 'Europe/London' } };
  assert.equal(checkInLabel({ checkedInAt: '2026-07-04T23:10:00Z' }, late), 'Checked in at Sun 5 Jul, 00:10');
  // without the showtime (it could not be read), UTC with the date
  assert.equal(checkInLabel({ checkedInAt: '2026-07-04T18:02:00Z' }, null), 'Checked in at Sat 4 Jul, 18:02 UTC');
});
