import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeForWaitlist, activeEntry, cardState } from '../../main/resources/META-INF/resources/js/seats/waitlist.js';

test('the waitlist counts free seats anyone could be offered', () => {
  const seats = [
    { status: 'AVAILABLE', type: 'STANDARD' },
    { status: 'AVAILABLE', type: 'VIP' },
    { status: 'HELD', type: 'STANDARD' },
    { status: 'SOLD', type: 'STANDARD' },
    { status: 'BLOCKED', type: 'STANDARD' },
    // kept for the customers who need them: not counted, so a showtime with only these left is sold out
    { status: 'AVAILABLE', type: 'WHEELCHAIR' },
    { status: 'AVAILABLE', type: 'COMPANION' },
  ];
  assert.equal(freeForWaitlist(seats), 2);
  assert.equal(freeForWaitlist(seats.slice(2)), 0);
});

test("the customer's active entry of this showtime is the waiting or offered one", () => {
  const entries = [
    { showtimeId: '7', status: 'LEFT' },
    { showtimeId: '8', status: 'WAITING' },
    { showtimeId: '7', status: 'OFFERED', bookingId: '99' },
  ];
  assert.equal(activeEntry(entries, '7').bookingId, '99');
  assert.equal(activeEntry(entries, '9'), null);
  assert.equal(activeEntry([{ showtimeId: '7', status: 'EXPIRED' }], '7'), null);
  assert.equal(activeEntry(null, '7'), null);
});

test('an entry on My bookings says its place or until when its seats are held', async () => {
  const { entryText } = await import('../../main/resources/META-INF/resources/js/waitlist.js');
  assert.equal(entryText({ status: 'WAITING', position: 2, seats: 3 }, 'Europe/London'), 'Number 2 in the queue for 3 seats.');
  assert.equal(entryText({ status: 'WAITING', position: 1, seats: 1 }, 'Europe/London'), 'Number 1 in the queue for 1 seat.');
  assert.equal(entryText({ status: 'OFFERED', offerExpiresAt: '2031-07-04T17:45:00Z' }, 'Europe/London'),
    'Seats held for you until 18:45: pay for them to keep them.');
});

test('leaving an offered entry says that its held seats go back', async () => {
  const { leaveLabel } = await import('../../main/resources/META-INF/resources/js/waitlist.js');
  assert.equal(leaveLabel({ status: 'WAITING' }), 'Leave the waitlist');
  assert.equal(leaveLabel({ status: 'OFFERED' }), 'Leave and give the seats back');
});

test('the seat page redraws the waitlist card only when something it shows changes', () => {
  const waiting = { status: 'WAITING', seats: 2, position: 3, id: '5', showtimeId: '7' };
  const base = { closed: false, free: 0, error: null, entry: null };
  // entries loaded with none for this showtime, or a seat event that frees nothing: the same card, kept as typed in
  assert.equal(cardState(base), cardState({ ...base, error: undefined }));
  assert.equal(cardState({ ...base, entry: waiting }), cardState({ ...base, entry: { ...waiting, id: '5', showtimeId: '7' } }));
  for (const changed of [{ free: 1 }, { closed: true }, { error: 'Please ask for 1 to 10 seats.' }, { entry: waiting }]) {
    assert.notEqual(cardState({ ...base, ...changed }), cardState(base), JSON.stringify(changed));
  }
  for (const changed of [{ position: 2 }, { seats: 1 }, { status: 'OFFERED', bookingId: '9', offerExpiresAt: '2031-07-04T17:45:00Z' }]) {
    assert.notEqual(cardState({ ...base, entry: { ...waiting, ...changed } }), cardState({ ...base, entry: waiting }),
      JSON.stringify(changed));
  }
});
