import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeatModel, seatName } from '../../main/resources/META-INF/resources/js/seats/model.js';
import { MAX_SEATS } from '../../main/resources/META-INF/resources/js/config.js';

/** rows A (y 0) and B (y 2, behind an aisle), seats at x 0..width-1; B1 blocked, A3 a VIP seat */
function map(width = 4) {
  const seats = [];
  for (const [row, y] of [['A', 0], ['B', 2]]) {
    for (let x = 0; x < width; x++) {
      seats.push({
        seatId: `${row}${x + 1}`, label: `${row}${x + 1}`, row, number: x + 1, x, y,
        type: row === 'A' && x === 2 ? 'VIP' : 'STANDARD',
        status: row === 'B' && x === 0 ? 'BLOCKED' : 'AVAILABLE',
        priceCents: row === 'A' && x === 2 ? 1450 : 1000,
      });
    }
  }
  return { rows: 2, columns: width, seats };
}

const booking = (seatIds, expiresInMs = 60_000) => ({
  id: 'b1', code: 'BK1', holdExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  tickets: seatIds.map((seatId) => ({ seatId })),
});

test('selecting, unselecting and the total in cents', () => {
  const model = new SeatModel(map());
  assert.equal(model.toggle('A1').outcome, 'selected');
  assert.equal(model.toggle('A3').outcome, 'selected');
  assert.deepEqual(model.selected, ['A1', 'A3']);
  assert.equal(model.total(), 2450);
  assert.equal(model.stateOf(model.seat('A3')), 'selected');
  assert.equal(model.displayStatus(model.seat('A3')), 'SELECTED');
  assert.equal(model.toggle('A1').outcome, 'removed');
  assert.equal(model.total(), 1450);
});

test('a taken or blocked seat cannot be selected', () => {
  const model = new SeatModel(map());
  model.seat('A2').status = 'HELD';
  assert.equal(model.toggle('A2').outcome, 'unavailable');
  assert.equal(model.toggle('B1').outcome, 'unavailable');
  assert.equal(model.stateOf(model.seat('A2')), 'taken');
  assert.equal(model.stateOf(model.seat('B1')), 'not available');
  assert.deepEqual(model.selected, []);
});

test('the seat limit is the one from config.js', () => {
  assert.equal(MAX_SEATS, 10);
  const model = new SeatModel(map(6));
  const free = model.ordered.filter((s) => s.status === 'AVAILABLE');
  free.slice(0, MAX_SEATS).forEach((s) => assert.equal(model.toggle(s.seatId).outcome, 'selected'));
  assert.equal(model.toggle(free[MAX_SEATS].seatId).outcome, 'limit');
  assert.equal(model.selected.length, MAX_SEATS);
  assert.equal(new SeatModel(map(), 2).maxSeats, 2);
});

test('once bookings close the selection is dropped and no seat can be picked, restored or suggested', () => {
  const model = new SeatModel(map());
  model.toggle('A1');
  model.toggle('A3');
  assert.deepEqual(model.close().map((s) => s.seatId), ['A1', 'A3']);
  assert.deepEqual(model.selected, []);
  assert.equal(model.total(), 0);
  assert.equal(model.toggle('A2').outcome, 'closed');
  assert.equal(model.selectable(model.seat('A2')), false);
  assert.equal(model.stateOf(model.seat('A2')), 'available'); // still read out as it is
  assert.equal(model.restoreSelection(['A2']), 0);
  model.select(['A2', 'A4']);
  assert.deepEqual(model.selected, []);
});

test('while a hold runs its seats are the customer\'s and nothing else can be selected', () => {
  const model = new SeatModel(map());
  model.toggle('A1');
  model.toggle('A2');
  model.startHold(booking(['A1', 'A2']));
  assert.deepEqual(model.selected, []);
  assert.equal(model.seat('A1').status, 'HELD');
  assert.equal(model.displayStatus(model.seat('A1')), 'MINE');
  assert.equal(model.stateOf(model.seat('A2')), 'held by you');
  assert.equal(model.toggle('A4').outcome, 'held');
  assert.equal(model.selectable(model.seat('A4')), false);
  assert.equal(model.holdRunOut(), false);
  assert.equal(model.holdRunOut(Date.now() + 61_000), true);

  assert.deepEqual(model.endHold(), ['A1', 'A2']);
  assert.equal(model.hold, null);
  assert.equal(model.seat('A1').status, 'AVAILABLE');
  assert.equal(model.endHold(), null, 'no hold to end twice');
});

test('ending a hold without freeing leaves the statuses for the server to tell', () => {
  const model = new SeatModel(map());
  model.startHold(booking(['A1']));
  model.endHold({ seatsFree: false });
  assert.equal(model.seat('A1').status, 'HELD');
  const { changed } = model.refresh([{ seatId: 'A1', status: 'AVAILABLE' }, { seatId: 'A2', status: 'AVAILABLE' }]);
  assert.deepEqual(changed.map((s) => s.seatId), ['A1']);
  assert.equal(model.seat('A1').status, 'AVAILABLE');
});

test('live events: stale ones are skipped, a selected seat taken by someone else is dropped', () => {
  const model = new SeatModel(map());
  model.toggle('A1');
  model.toggle('A2');
  const result = model.apply({ seatId: 'A2', status: 'HELD', sequence: 5 });
  assert.deepEqual(result.dropped.map((s) => s.seatId), ['A2']);
  assert.deepEqual(model.selected, ['A1']);
  assert.equal(model.apply({ seatId: 'A2', status: 'AVAILABLE', sequence: 4 }), null, 'older than the last one seen');
  assert.equal(model.seat('A2').status, 'HELD');
  assert.equal(model.apply({ seatId: 'nope', status: 'HELD', sequence: 6 }), null);
  // the customer's own hold request in flight: its seats turning HELD are not someone else's
  assert.deepEqual(model.apply({ seatId: 'A1', status: 'HELD', sequence: 7 }, { holding: true }).dropped, []);
  assert.deepEqual(model.selected, ['A1']);
});

test('live events: the model says when every seat of the hold shows AVAILABLE, and leaves the ending to the page', () => {
  const model = new SeatModel(map());
  model.startHold(booking(['A1', 'A2']));
  assert.equal(model.apply({ seatId: 'A1', status: 'AVAILABLE', sequence: 1 }).holdGivenBack, false);
  assert.equal(model.apply({ seatId: 'A2', status: 'AVAILABLE', sequence: 2 }).holdGivenBack, true);
  assert.ok(model.hold, 'the page asks the server first: the events may be older than the hold');
  assert.equal(model.apply({ seatId: 'A2', status: 'HELD', sequence: 3 }).holdGivenBack, false);
});

test('seats picked before signing in come back as far as they are still free', () => {
  const model = new SeatModel(map());
  model.seat('A2').status = 'SOLD';
  assert.equal(model.restoreSelection(['A1', 'A2', 'B1', 'A1', 'gone']), 1);
  assert.deepEqual(model.selected, ['A1']);
  const small = new SeatModel(map(), 2);
  assert.equal(small.restoreSelection(['A1', 'A2', 'A3']), 2);
});

test('the legend lists each type once at its lowest price, in the usual order', () => {
  const model = new SeatModel(map());
  assert.deepEqual(model.priceList(), [['STANDARD', 1000], ['VIP', 1450]]);
});

test('a seat is named for screen readers with row, number, type, price and state', () => {
  const model = new SeatModel(map());
  assert.equal(seatName(model.seat('A3'), 'available'), 'Row A seat 3, VIP, 14.50, available');
});

/** One row F as text: S free, x taken, b blocked, W wheelchair space, _ aisle; seats F1.. left to right. */
function rowOf(cells) {
  const seats = [];
  let number = 0;
  [...cells].forEach((c, x) => {
    if (c === '_') return;
    number += 1;
    seats.push({ seatId: `F${number}`, label: `F${number}`, row: 'F', number, x, y: 0,
      type: c === 'W' ? 'WHEELCHAIR' : 'STANDARD',
      status: c === 'x' ? 'HELD' : c === 'b' ? 'BLOCKED' : 'AVAILABLE', priceCents: 1000 });
  });
  return new SeatModel({ rows: 1, columns: cells.length, seats });
}

test('the seat rules: a selection leaving one seat alone is found as the server finds it', () => {
  assert.equal(rowOf('SSSSSS').strandedBy(new Set(['F2'])), 'F1');
  assert.equal(rowOf('SSSS_SS').strandedBy(new Set(['F3'])), 'F4');
  assert.equal(rowOf('SxSSSS').strandedBy(new Set(['F4'])), 'F3');
  assert.equal(rowOf('SbSSS').strandedBy(new Set(['F4'])), 'F3');
  assert.equal(rowOf('SSSSSS').strandedBy(new Set(['F3', 'F4'])), null);
  assert.equal(rowOf('SSSW').strandedBy(new Set(['F1', 'F2'])), null);
});

test('moving a refused selection by one: towards the stranded seat, else away, never onto a taken seat', () => {
  const wall = rowOf('SSSSSS');
  wall.toggle('F2');
  wall.toggle('F3');
  assert.deepEqual(wall.moveByOne('F1'), { seatIds: ['F1', 'F2'], labels: ['F1', 'F2'] });

  // F3 taken: F5 alone leaves F4 between F3 and F5; one over towards F4 is F4 itself, which is fine
  const between = rowOf('SSxSSSS');
  between.toggle('F5');
  assert.deepEqual(between.moveByOne('F4'), { seatIds: ['F4'], labels: ['F4'] });

  // towards F2 would leave F1 alone at the wall: the other way, to F4 (beside the taken F5), is offered
  const wallAndTaken = rowOf('SSSSx');
  wallAndTaken.toggle('F3');
  assert.deepEqual(wallAndTaken.moveByOne('F2'), { seatIds: ['F4'], labels: ['F4'] });

  // scattered seats that no shift by one can fix: no suggestion
  const scattered = rowOf('SSSSSS');
  scattered.toggle('F2');
  scattered.toggle('F4');
  assert.equal(scattered.moveByOne('F1'), null);
});

/**
 * An auditorium for "best seats": rows A-F (A at the screen), 10 seats each with an aisle between 5 and 6 (x 5 is
 * empty), all Standard but row F (VIP) and A1, A2 (wheelchair spaces); `taken` seats are SOLD.
 */
function auditorium(taken = []) {
  const seats = [];
  ['A', 'B', 'C', 'D', 'E', 'F'].forEach((row, y) => {
    for (let n = 1; n <= 10; n++) {
      const label = `${row}${n}`;
      const type = row === 'F' ? 'VIP' : (row === 'A' && n <= 2 ? 'WHEELCHAIR' : 'STANDARD');
      seats.push({ seatId: label, label, row, number: n, x: n <= 5 ? n - 1 : n, y, type,
        status: taken.includes(label) ? 'SOLD' : 'AVAILABLE', priceCents: type === 'VIP' ? 1450 : 1000 });
    }
  });
  return { rows: 6, columns: 11, seats };
}

test('best seats: side by side near the middle, about two thirds back, Standard before dearer seats', () => {
  const model = new SeatModel(auditorium());
  // rows A-F are ranks 0-5: two thirds back is between C and D, and D is the nearer to the middle of the two;
  // the aisle between 5 and 6 parts the middle, so two seats together sit just beside it
  assert.deepEqual(model.bestSeats(2), ['D4', 'D5']);
  assert.deepEqual(model.bestSeats(1), ['D5']);
  assert.deepEqual(model.bestSeats(3), ['D3', 'D4', 'D5']);
  // F is VIP only: never picked while Standard seats are free
  assert.ok(model.bestSeats(5).every((id) => !id.startsWith('F')));
});

test('best seats: never across the aisle, never a taken seat, never leaving one seat of the row alone', () => {
  const model = new SeatModel(auditorium(['D4', 'C4', 'E3']));
  const picked = model.bestSeats(2);
  assert.equal(picked.length, 2);
  const [a, b] = picked.map((id) => model.seat(id));
  assert.equal(a.y, b.y);
  assert.equal(b.x, a.x + 1, 'next to each other');
  assert.ok(picked.every((id) => model.seat(id).status === 'AVAILABLE'));
  assert.equal(model.strandedBy(new Set(picked)), null);
  // Left of the aisle, row D has only D1-D2 and D2-D3, each leaving D3 or D1 alone, and D5 alone between the taken
  // D4 and the aisle: so D's pair is right of the aisle, as near the middle as the aisle allows
  assert.deepEqual(picked, ['D6', 'D7']);
});

test('best seats: wheelchair spaces are left for those who need them; nothing free together is null', () => {
  const everything = auditorium().seats.map((seat) => seat.label).filter((l) => !['A1', 'A2'].includes(l));
  const model = new SeatModel(auditorium(everything));
  assert.equal(model.bestSeats(1), null, 'only the wheelchair spaces are free');
  const oneLeftEach = new SeatModel(auditorium(auditorium().seats.map((s) => s.label)
    .filter((l) => !['B3', 'C8', 'F6', 'F7'].includes(l))));
  assert.equal(oneLeftEach.bestSeats(3), null);
  assert.deepEqual(oneLeftEach.bestSeats(2), ['F6', 'F7'], 'VIP when no Standard pair is free');
  assert.equal(oneLeftEach.bestSeats(0), null);
  assert.equal(oneLeftEach.bestSeats(MAX_SEATS + 1), null);
});

test('best seats of a chosen type: only that type, by the same rules; none of it free together is null', () => {
  const model = new SeatModel(auditorium());
  assert.deepEqual(model.pickableTypes(), ['STANDARD', 'VIP'], 'Premium is not in this auditorium');
  // row F is the only VIP row: the pair nearest its middle, though Standard pairs are free
  assert.deepEqual(model.bestSeats(2, 'VIP'), ['F4', 'F5']);
  assert.deepEqual(model.bestSeats(2, 'STANDARD'), model.bestSeats(2));
  assert.equal(model.bestSeats(2, 'PREMIUM'), null, 'no Premium seats at all');
  assert.equal(model.bestSeats(1, 'WHEELCHAIR'), null, 'wheelchair spaces are never picked for anyone');
  const vipTaken = new SeatModel(auditorium(['F2', 'F4', 'F7', 'F9']));
  assert.equal(vipTaken.bestSeats(2, 'VIP'), null, 'no two VIP seats together');
  assert.deepEqual(vipTaken.bestSeats(2), ['D4', 'D5'], 'any type still finds a pair');
  const onlyStandard = new SeatModel({ rows: 1, columns: 3, seats: auditorium().seats
    .filter((seat) => seat.row === 'B').map((seat) => ({ ...seat, y: 0 })) });
  assert.deepEqual(onlyStandard.pickableTypes(), ['STANDARD'], 'one type: nothing to choose');
});

test('best seats: none while a hold runs or once bookings close; the pick becomes the selection', () => {
  const model = new SeatModel(auditorium());
  model.select(model.bestSeats(2));
  assert.deepEqual(model.selected, ['D4', 'D5']);
  model.startHold(booking(['D4', 'D5']));
  assert.equal(model.bestSeats(2), null);
  const closed = new SeatModel(auditorium());
  closed.close();
  assert.equal(closed.bestSeats(2), null);
});
