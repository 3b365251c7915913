// The seat-layout model of the auditorium editor: a grid of cells, each a seat (with a type, maybe blocked) or an
// aisle, and a name per grid row. Pure functions, unit-tested under src/test/js.

// COMPANION: a companion seat, sold only with the wheelchair space beside it (the seat rules, issue #21).
export const SEAT_KINDS = ['STANDARD', 'PREMIUM', 'VIP', 'WHEELCHAIR', 'COMPANION', 'COUPLE'];

/** A new layout: every cell a standard seat, rows named A, B, C, ... */
export function newLayout(rows, columns) {
  return {
    rows,
    columns,
    rowNames: Array.from({ length: rows }, (_, y) => rowName(y)),
    cells: Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ aisle: false, type: 'STANDARD', blocked: false }))),
  };
}

/** A, B, ..., Z, AA, AB, ... */
export function rowName(index) {
  let name = '';
  let n = index;
  do {
    name = String.fromCharCode(65 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/** The same layout with a new size: kept cells stay, new ones are standard seats. */
export function resize(layout, rows, columns) {
  const next = newLayout(rows, columns);
  for (let y = 0; y < rows; y++) {
    if (y < layout.rows) next.rowNames[y] = layout.rowNames[y];
    for (let x = 0; x < columns; x++) {
      if (y < layout.rows && x < layout.columns) next.cells[y][x] = { ...layout.cells[y][x] };
    }
  }
  return next;
}

/** Paints one cell with a brush: a seat type, 'BLOCKED' (toggles) or 'AISLE'. */
export function paint(layout, x, y, brush) {
  const cell = layout.cells[y][x];
  if (brush === 'AISLE') {
    cell.aisle = true;
    cell.blocked = false;
  } else if (brush === 'BLOCKED') {
    if (!cell.aisle) cell.blocked = !cell.blocked;
  } else {
    cell.aisle = false;
    cell.type = brush;
  }
  return layout;
}

/** Seats that can be sold: not aisles, not blocked. */
export function capacity(layout) {
  return layout.cells.flat().filter((c) => !c.aisle && !c.blocked).length;
}

/** The auditorium's seats as the API takes them: numbered from 1 left to right in each row, aisles skipped. */
export function seatInputs(layout) {
  const seats = [];
  layout.cells.forEach((cells, y) => {
    let number = 0;
    cells.forEach((cell, x) => {
      if (!cell.aisle) {
        number += 1;
        seats.push({ row: layout.rowNames[y], number, x, y, type: cell.type, blocked: cell.blocked });
      }
    });
  });
  return seats;
}

/** A layout from an existing auditorium's seats (cells without a seat are aisles). */
export function fromSeats(rows, columns, seats) {
  const layout = newLayout(rows, columns);
  layout.cells.forEach((cells) => cells.forEach((c) => { c.aisle = true; }));
  for (const s of seats) {
    if (s.y < rows && s.x < columns) {
      layout.cells[s.y][s.x] = { aisle: false, type: s.type, blocked: Boolean(s.blocked) };
      layout.rowNames[s.y] = s.row;
    }
  }
  return layout;
}
