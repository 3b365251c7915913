// The seat grid: one gridcell per seat, placed by its x/y (aisles are gaps), painted from the model, with a
// roving tabindex (exactly one seat in the tab order) and mouse, touch and keyboard selection.
import { el, money, SEAT_TYPES } from '../ui.js';
import { seatName } from './model.js';
import { neighbour, initialSeat, MOVE_KEYS } from './navigation.js';

/**
 * Builds the grid into a new element. onToggle(seat) is called when the customer selects or unselects a seat.
 * Returns { element, paint(seat), paintAll() }.
 */
export function seatGrid(model, { label, currency, onToggle }) {
  const cells = new Map();
  const grid = el('div', {
    class: 'seat-grid', role: 'grid', 'aria-label': label, 'aria-describedby': 'seat-help', style: `--columns: ${model.columns}`,
  });
  let previousY = null;
  for (const y of model.rowYs) {
    const rowSeats = model.rows.get(y);
    const rowLabel = rowSeats[0].row;
    const gap = previousY === null ? 0 : y - previousY - 1;
    previousY = y;
    const row = el('div', { class: `seat-row${gap > 0 ? ' after-aisle' : ''}`, role: 'row' },
      el('div', { class: 'row-label', role: 'rowheader', style: 'grid-column: 1' }, rowLabel));
    for (const seat of rowSeats) {
      const cell = el('div', {
        role: 'gridcell', tabindex: '-1', class: `seat type-${seat.type.toLowerCase()}`,
        style: `grid-column: ${seat.x + 2}`, dataset: { seatId: seat.seatId, label: seat.label },
      });
      cells.set(seat.seatId, cell);
      row.append(cell);
    }
    row.append(el('div', { class: 'row-label', 'aria-hidden': 'true', style: `grid-column: ${model.columns + 2}` }, rowLabel));
    grid.append(row);
  }

  function paint(seat) {
    const cell = cells.get(seat.seatId);
    if (!cell) return;
    const mine = model.isMine(seat.seatId);
    const isSelected = model.isSelected(seat.seatId);
    cell.className = `seat type-${seat.type.toLowerCase()} status-${seat.status.toLowerCase()}${isSelected ? ' is-selected' : ''}${mine ? ' is-mine' : ''}`;
    cell.setAttribute('aria-label', seatName(seat, model.stateOf(seat)));
    cell.setAttribute('aria-selected', String(isSelected || mine));
    cell.setAttribute('aria-disabled', String(!model.selectable(seat) && !isSelected));
    cell.dataset.status = model.displayStatus(seat);
    cell.title = `${seat.label} · ${SEAT_TYPES[seat.type] ?? seat.type} · ${money(seat.priceCents, currency)}`;
  }

  let focusedId = null;
  function setFocusable(seatId, focus) {
    if (focusedId !== null) cells.get(focusedId).tabIndex = -1;
    focusedId = seatId;
    const cell = cells.get(seatId);
    cell.tabIndex = 0;
    if (focus) cell.focus();
  }
  const start = initialSeat(model);
  if (start) setFocusable(start.seatId, false);

  const seatOf = (event) => {
    const cell = event.target.closest('[role="gridcell"]');
    return cell ? model.seat(cell.dataset.seatId) : undefined;
  };
  grid.addEventListener('keydown', (event) => {
    const seat = seatOf(event);
    if (!seat) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onToggle(seat);
    } else if (MOVE_KEYS.includes(event.key)) {
      event.preventDefault();
      const next = neighbour(model, seat, event.key, event.ctrlKey);
      if (next) setFocusable(next.seatId, true);
    }
  });
  grid.addEventListener('click', (event) => {
    const seat = seatOf(event);
    if (!seat) return;
    setFocusable(seat.seatId, true);
    onToggle(seat);
  });

  return { element: grid, paint, paintAll: () => model.seats.forEach(paint) };
}

/** The legend: each seat type with its price, and what the colours mean. */
export function seatLegend(model, currency) {
  return el('section', { class: 'seat-legend', 'aria-labelledby': 'legend-heading' },
    el('h2', { id: 'legend-heading', class: 'h6 mt-3' }, 'Seat types and prices'),
    el('ul', { class: 'legend-list list-unstyled d-flex flex-wrap gap-3 small' },
      model.priceList().map(([type, cents]) =>
        el('li', { class: 'd-flex align-items-center gap-1' },
          el('span', { class: `seat swatch type-${type.toLowerCase()} status-available`, 'aria-hidden': 'true' }),
          `${SEAT_TYPES[type] ?? type} ${money(cents, currency)}`))),
    el('ul', { class: 'legend-list list-unstyled d-flex flex-wrap gap-3 small' },
      [['status-available', 'Available'], ['is-selected', 'Selected'], ['is-mine', 'Held by you'],
        ['status-held', 'Taken'], ['status-blocked', 'Not available']].map(([cls, text]) =>
        el('li', { class: 'd-flex align-items-center gap-1' },
          el('span', { class: `seat swatch type-standard ${cls}`, 'aria-hidden': 'true' }), text))));
}
