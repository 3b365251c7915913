import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newLayout, paint, capacity, seatInputs, resize, rowName, fromSeats } from '../../main/resources/META-INF/resources/js/admin/layout.js';

test('rows are named A..Z then AA', () => {
  assert.equal(rowName(0), 'A');
  assert.equal(rowName(25), 'Z');
  assert.equal(rowName(26), 'AA');
});

test('aisles are skipped in numbering and capacity follows every change', () => {
  const layout = newLayout(2, 4);
  assert.equal(capacity(layout), 8);
  paint(layout, 1, 0, 'AISLE');
  paint(layout, 3, 1, 'BLOCKED');
  paint(layout, 0, 1, 'VIP');
  assert.equal(capacity(layout), 6);
  const seats = seatInputs(layout);
  assert.equal(seats.length, 7);
  assert.deepEqual(seats.filter((s) => s.row === 'A').map((s) => [s.number, s.x]), [[1, 0], [2, 2], [3, 3]]);
  assert.deepEqual(seats.find((s) => s.row === 'B' && s.x === 3), { row: 'B', number: 4, x: 3, y: 1, type: 'STANDARD', blocked: true });
  assert.equal(seats.find((s) => s.row === 'B' && s.x === 0).type, 'VIP');
  // blocked toggles back
  paint(layout, 3, 1, 'BLOCKED');
  assert.equal(capacity(layout), 7);
});

test('resizing keeps what was drawn and a saved layout reads back the same', () => {
  const layout = paint(newLayout(2, 2), 1, 1, 'AISLE');
  layout.rowNames[0] = 'F';
  const bigger = resize(layout, 3, 3);
  assert.equal(bigger.rowNames[0], 'F');
  assert.equal(bigger.cells[1][1].aisle, true);
  assert.equal(capacity(bigger), 8);
  const back = fromSeats(3, 3, seatInputs(bigger));
  assert.deepEqual(seatInputs(back), seatInputs(bigger));
});
