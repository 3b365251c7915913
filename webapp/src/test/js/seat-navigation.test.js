import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeatModel } from '../../main/resources/META-INF/resources/js/seats/model.js';
import { neighbour, initialSeat } from '../../main/resources/META-INF/resources/js/seats/navigation.js';

// row A: x 0..5; row B (behind an aisle): x 0,1 and 4,5 (a gangway in the middle); row C: x 2,3 only
const layout = [['A', 0, [0, 1, 2, 3, 4, 5]], ['B', 2, [0, 1, 4, 5]], ['C', 3, [2, 3]]];
const model = new SeatModel({
  rows: 3, columns: 6,
  seats: layout.flatMap(([row, y, xs]) => xs.map((x) => ({
    seatId: `${row}${x}`, label: `${row}${x}`, row, number: x + 1, x, y, type: 'STANDARD',
    status: row === 'A' ? 'SOLD' : 'AVAILABLE', priceCents: 900,
  }))),
});
const move = (from, key, ctrl = false) => neighbour(model, model.seat(from), key, ctrl)?.seatId;

test('arrows move along the row and stop at its ends', () => {
  assert.equal(move('A2', 'ArrowRight'), 'A3');
  assert.equal(move('A2', 'ArrowLeft'), 'A1');
  assert.equal(move('A0', 'ArrowLeft'), undefined);
  assert.equal(move('B1', 'ArrowRight'), 'B4', 'over the gangway');
});

test('up and down go to the nearest seat of the next row, across aisles', () => {
  assert.equal(move('A1', 'ArrowDown'), 'B1');
  assert.equal(move('A3', 'ArrowDown'), 'B4', 'nearest to the right of the gangway');
  assert.equal(move('B0', 'ArrowDown'), 'C2');
  assert.equal(move('C3', 'ArrowUp'), 'B4');
  assert.equal(move('C2', 'ArrowDown'), undefined);
  assert.equal(move('A4', 'ArrowUp'), undefined);
});

test('Home and End go to the row\'s ends, with Ctrl to the first and last seat', () => {
  assert.equal(move('B4', 'Home'), 'B0');
  assert.equal(move('B0', 'End'), 'B5');
  assert.equal(move('B4', 'Home', true), 'A0');
  assert.equal(move('A0', 'End', true), 'C3');
  assert.equal(move('A0', 'PageDown'), undefined);
});

test('the first free seat starts in the tab order', () => {
  assert.equal(initialSeat(model).seatId, 'B0');
});
