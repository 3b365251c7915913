import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookingCodeOf, describe, refusal } from '../../main/resources/META-INF/resources/js/admin/door.js';
import { GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

const b64url = (text) => Buffer.from(text).toString('base64url');
const booking = {
  code: 'ABCD2345', status: 'CONFIRMED', tickets: [{ seatLabel: 'F7' }, { seatLabel: 'F8' }],
  showtime: { startsAt: '2026-07-04T18:30:00Z', movie: { title: 'Orbit of Glass' },
    cinema: { name: 'Lumen Ancoats', timeZone: 'Europe/London' }, auditorium: { name: 'Screen 1' } },
};

test('a pass names its booking; anything else names none', () => {
  assert.equal(bookingCodeOf(`CT1.${b64url('ABCD2345:11,12')}.c2lnbmF0dXJl`), 'ABCD2345');
  assert.equal(bookingCodeOf(`  CT1.${b64url('ABCD2345:11')}.c2ln \n`), 'ABCD2345');
  assert.equal(bookingCodeOf(`CT9.${b64url('ABCD2345:11')}.c2ln`), null);
  assert.equal(bookingCodeOf(`CT1.${b64url('<script>:11')}.c2ln`), null);
  assert.equal(bookingCodeOf('not a ticket'), null);
  assert.equal(bookingCodeOf('CT1.@@@.x'), null);
});

test('what was admitted, in the cinema\'s own time (summer: an hour ahead of UTC)', () => {
  assert.equal(describe(booking), 'Orbit of Glass \u00b7 Sat 4 Jul, 19:30 \u00b7 Lumen Ancoats \u2013 Screen 1 \u00b7 2 tickets: F7, F8');
  assert.equal(describe({ tickets: [{ seatLabel: 'A1' }], showtime: null }), '1 ticket: A1');
  assert.equal(describe(null), '');
  // a concession is named, for staff to check the age or card
  assert.equal(describe({ tickets: [{ seatLabel: 'A1', ticketType: 'CHILD' }, { seatLabel: 'A2', ticketType: 'ADULT' }], showtime: null }),
    '2 tickets: A1 (Child), A2');
});

test('why nobody was let in, as staff say it', () => {
  const conflict = (extensions, message = 'x') => new GraphQLError({ message, extensions: { code: 'CONFLICT', ...extensions } });
  assert.equal(refusal(conflict({ reason: 'TOO_EARLY', showtimeStartsAt: '2026-07-05T18:30:00Z' }), booking),
    'Too early: this ticket is for Sun 5 Jul, 19:30.');
  assert.equal(refusal(conflict({ reason: 'SHOWTIME_OVER', showtimeStartsAt: '2026-07-03T18:30:00Z' }), booking),
    'This ticket was for Fri 3 Jul, 19:30, which has ended.');
  assert.equal(refusal(conflict({ checkedInAt: '2026-07-04T18:02:00Z' }), booking), 'Already used at Sat 4 Jul, 19:02.');
  // without the booking (its read failed), times are UTC and say so
  assert.equal(refusal(conflict({ checkedInAt: '2026-07-04T18:02:00Z' }), null), 'Already used at Sat 4 Jul, 18:02 UTC.');
  // another cinema's ticket: named from the booking, else from the door's list of cinemas
  const wrong = conflict({ reason: 'WRONG_CINEMA', cinemaId: '4' });
  assert.equal(refusal(wrong, booking), 'Wrong cinema: this ticket is for Lumen Ancoats.');
  assert.equal(refusal(wrong, null, new Map([['4', 'Lumen Camden']])), 'Wrong cinema: this ticket is for Lumen Camden.');
  assert.equal(refusal(wrong, null), 'Wrong cinema: this ticket is for cinema 4.');
  assert.equal(refusal(new GraphQLError({ message: 'names no tickets', extensions: { code: 'VALIDATION', field: 'payload' } }), null),
    'Not a ticket of this cinema chain.');
  assert.equal(refusal(conflict({}, 'The tickets of booking ABCD2345 are not valid: the booking is REFUNDED'), booking),
    'The tickets of booking ABCD2345 are not valid: the booking is REFUNDED');
});
