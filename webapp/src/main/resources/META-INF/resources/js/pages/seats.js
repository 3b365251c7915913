// Seat selection for one showtime: the seat map (screen at the top, aisles as gaps, a legend with prices),
// mouse, touch and keyboard selection (a roving-tabindex grid), live seat updates from the gateway's
// Server-Sent Events, and the hold with its countdown.
import { graphql } from '../graphql.js';
import { isSignedIn } from '../session.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, goSignIn, formatLabel, SEAT_TYPES as TYPE_NAMES } from '../ui.js';

const SHOWTIME = `query Showtime($id: ID!) {
  showtime(id: $id) {
    id startsAt endsAt status basePriceCents currency availableSeats movieId cinemaId
    movie { id title ageRating durationMinutes }
    cinema { id name timeZone }
    auditorium { id name format }
  }
}`;
const SEAT_MAP = `query SeatMap($id: ID!) {
  seatMap(showtimeId: $id) { showtimeId rows columns seats { seatId label row number x y type status priceCents } }
}`;
// The seat ids go in as a literal list of strings: valid whether the gateway types the argument [ID!]! (DESIGN)
// or [String!]! (as Liberty's SmallRye GraphQL 1.0 needs for list arguments).
const holdMutation = (seatIds) => `mutation Hold($showtimeId: ID!) {
  holdSeats(showtimeId: $showtimeId, seatIds: ${JSON.stringify(seatIds.map(String))}) {
    id code status holdExpiresAt totalCents currency tickets { seatId seatLabel seatType priceCents }
  }
}`;
const RELEASE = 'mutation Release($id: ID!) { releaseHold(bookingId: $id) { id status } }';
const MY_BOOKINGS = `query MyBookings {
  myBookings(upcoming: true) {
    id code status showtimeId holdExpiresAt totalCents currency tickets { seatId seatLabel seatType priceCents }
  }
}`;

export const MAX_SEATS = 10;
const STATUS_NAMES = { AVAILABLE: 'available', HELD: 'taken', SOLD: 'taken', BLOCKED: 'not available' };
const pendingKey = (showtimeId) => `cinema.pendingSeats.${showtimeId}`;

/** "Row F seat 7, VIP, 14.50, available" */
export function seatName(seat, state) {
  return `Row ${seat.row} seat ${seat.number}, ${TYPE_NAMES[seat.type] ?? seat.type}, ${(seat.priceCents / 100).toFixed(2)}, ${state}`;
}

function remaining(expiresAt) {
  const ms = Math.max(0, new Date(expiresAt).getTime() - Date.now());
  const total = Math.ceil(ms / 1000);
  return { ms, text: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` };
}

export async function render(root, { params: [showtimeId] }) {
  root.append(loading('Loading the seat map…'));

  // Open the stream first so that no change between the snapshot and the stream is lost.
  const queued = [];
  let apply = (event) => queued.push(event);
  let source = null;
  if ('EventSource' in window) {
    source = new EventSource(`/api/showtimes/${encodeURIComponent(showtimeId)}/seat-events`);
    source.addEventListener('open', () => { root.dataset.live = 'connected'; });
    source.addEventListener('error', () => { root.dataset.live = 'reconnecting'; });
    source.addEventListener('seat', (message) => {
      try {
        apply(JSON.parse(message.data));
      } catch {
        // ignore a malformed event; the next snapshot corrects the map
      }
    });
  }
  const timers = new Set();
  const cleanup = () => {
    source?.close();
    timers.forEach((t) => clearInterval(t));
  };

  let showtime;
  let map;
  try {
    [{ showtime }, { seatMap: map }] = await Promise.all([
      graphql(SHOWTIME, { id: showtimeId }), graphql(SEAT_MAP, { id: showtimeId })]);
  } catch (error) {
    root.replaceChildren(alertBox(error.message));
    return cleanup;
  }
  if (!showtime || !map) {
    root.replaceChildren(el('h1', { class: 'h3' }, 'Showtime not found'), alertBox('We could not find that.'),
      el('a', { href: '#/' }, 'Back to what\u2019s on'));
    return cleanup;
  }

  const currency = showtime.currency;
  const timeZone = showtime.cinema?.timeZone;
  const seats = new Map(map.seats.map((s) => [s.seatId, { ...s }]));
  const byRow = new Map();
  for (const seat of [...seats.values()].sort((a, b) => a.y - b.y || a.x - b.x)) {
    if (!byRow.has(seat.y)) byRow.set(seat.y, []);
    byRow.get(seat.y).push(seat);
  }
  const rowYs = [...byRow.keys()].sort((a, b) => a - b);
  const selected = [];
  let hold = null;
  let holding = false;
  let lastSequence = -1;
  const cells = new Map();

  // ---- layout ----
  const heading = el('h1', { class: 'h4 mb-1' }, showtime.movie?.title ?? 'Choose your seats');
  const announcer = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'announcer' });
  const message = el('div', { 'aria-live': 'polite' });
  const grid = el('div', {
    class: 'seat-grid', role: 'grid', 'aria-label': `Seats, ${showtime.auditorium?.name ?? 'auditorium'}. The screen is at the top.`,
    'aria-describedby': 'seat-help', style: `--columns: ${map.columns}`,
  });
  const summary = el('section', { class: 'card seat-summary', 'aria-labelledby': 'summary-heading' });
  const legend = el('section', { class: 'seat-legend', 'aria-labelledby': 'legend-heading' });

  root.replaceChildren(el('div', {},
    el('nav', { 'aria-label': 'Breadcrumb' }, el('ol', { class: 'breadcrumb small' },
      el('li', { class: 'breadcrumb-item' }, el('a', { href: '#/' }, 'Movies')),
      showtime.movie ? el('li', { class: 'breadcrumb-item' }, el('a', { href: `#/movies/${encodeURIComponent(showtime.movie.id)}` }, showtime.movie.title)) : null,
      el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, 'Seats'))),
    heading,
    el('p', { class: 'text-body-secondary mb-3' },
      [showtime.cinema?.name, showtime.auditorium?.name, formatLabel(showtime.auditorium?.format), dateTimeLabel(showtime.startsAt, timeZone)]
        .filter(Boolean).join(' · ')),
    showtime.status === 'CANCELLED' ? alertBox('This showtime was cancelled.', 'warning') : null,
    message,
    el('div', { class: 'row g-3' },
      el('div', { class: 'col-12 col-lg-8' },
        el('p', { id: 'seat-help', class: 'small text-body-secondary mb-2' },
          `Pick up to ${MAX_SEATS} seats. With a keyboard: arrow keys move, Space or Enter selects.`),
        map.columns > 12 ? el('p', { class: 'small text-body-secondary d-md-none mb-1' }, 'Swipe sideways to see the whole auditorium.') : null,
        el('div', { class: 'seat-map-scroll' },
          el('div', { class: 'seat-map' },
            el('div', { class: 'screen', 'aria-hidden': 'true' }, 'Screen'),
            grid)),
        legend),
      el('div', { class: 'col-12 col-lg-4' }, summary)),
    announcer));
  pageTitle(heading, `Seats for ${showtime.movie?.title ?? 'showtime'}`);

  // ---- the grid ----
  let previousY = null;
  for (const y of rowYs) {
    const rowSeats = byRow.get(y);
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
    row.append(el('div', { class: 'row-label', 'aria-hidden': 'true', style: `grid-column: ${map.columns + 2}` }, rowLabel));
    grid.append(row);
  }

  function stateOf(seat) {
    if (hold?.seatIds.has(seat.seatId)) return 'held by you';
    if (selected.includes(seat.seatId)) return 'selected';
    return STATUS_NAMES[seat.status] ?? seat.status.toLowerCase();
  }

  function paint(seat) {
    const cell = cells.get(seat.seatId);
    if (!cell) return;
    const mine = hold?.seatIds.has(seat.seatId);
    const isSelected = selected.includes(seat.seatId);
    const selectable = seat.status === 'AVAILABLE' && !hold;
    cell.className = `seat type-${seat.type.toLowerCase()} status-${seat.status.toLowerCase()}${isSelected ? ' is-selected' : ''}${mine ? ' is-mine' : ''}`;
    cell.setAttribute('aria-label', seatName(seat, stateOf(seat)));
    cell.setAttribute('aria-selected', String(isSelected || Boolean(mine)));
    cell.setAttribute('aria-disabled', String(!selectable && !isSelected));
    cell.dataset.status = mine ? 'MINE' : isSelected ? 'SELECTED' : seat.status;
    cell.title = `${seat.label} · ${TYPE_NAMES[seat.type] ?? seat.type} · ${money(seat.priceCents, currency)}`;
  }

  // roving tabindex: exactly one seat is in the tab order
  let focusedId = null;
  function setFocusable(seatId, focus) {
    if (focusedId && cells.get(focusedId)) cells.get(focusedId).tabIndex = -1;
    focusedId = seatId;
    const cell = cells.get(seatId);
    cell.tabIndex = 0;
    if (focus) cell.focus();
  }
  const first = [...seats.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  const initial = first.find((s) => s.status === 'AVAILABLE') ?? first[0];
  if (initial) setFocusable(initial.seatId, false);

  function neighbour(seat, key) {
    const row = byRow.get(seat.y);
    const index = row.indexOf(seat);
    switch (key) {
      case 'ArrowRight': return row[index + 1];
      case 'ArrowLeft': return row[index - 1];
      case 'Home': return row[0];
      case 'End': return row[row.length - 1];
      case 'ArrowUp':
      case 'ArrowDown': {
        const at = rowYs.indexOf(seat.y) + (key === 'ArrowDown' ? 1 : -1);
        const target = byRow.get(rowYs[at]);
        if (!target) return undefined;
        return target.reduce((best, s) => (Math.abs(s.x - seat.x) < Math.abs(best.x - seat.x) ? s : best), target[0]);
      }
      default: return undefined;
    }
  }

  grid.addEventListener('keydown', (event) => {
    const cell = event.target.closest('[role="gridcell"]');
    if (!cell) return;
    const seat = seats.get(cell.dataset.seatId);
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      toggle(seat);
      return;
    }
    let next;
    if (event.ctrlKey && event.key === 'Home') next = first[0];
    else if (event.ctrlKey && event.key === 'End') next = first[first.length - 1];
    else next = neighbour(seat, event.key);
    if (['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      if (next) setFocusable(next.seatId, true);
    }
  });
  grid.addEventListener('click', (event) => {
    const cell = event.target.closest('[role="gridcell"]');
    if (!cell) return;
    const seat = seats.get(cell.dataset.seatId);
    setFocusable(seat.seatId, true);
    toggle(seat);
  });

  function say(text) {
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = text; }, 50);
  }

  function notice(text, kind = 'warning') {
    message.replaceChildren(alertBox(text, kind));
  }

  function total() {
    return selected.reduce((sum, id) => sum + seats.get(id).priceCents, 0);
  }

  function toggle(seat) {
    if (hold) {
      say('Your seats are already held. Release them to choose others.');
      return;
    }
    const index = selected.indexOf(seat.seatId);
    if (index >= 0) {
      selected.splice(index, 1);
      paint(seat);
      renderSummary();
      say(`${seat.label} removed. ${selected.length} selected, total ${money(total(), currency)}.`);
      return;
    }
    if (seat.status !== 'AVAILABLE') {
      say(`${seat.label} is ${STATUS_NAMES[seat.status] ?? 'not available'}.`);
      return;
    }
    if (selected.length >= MAX_SEATS) {
      notice(`You can pick at most ${MAX_SEATS} seats at a time.`);
      say(`You can pick at most ${MAX_SEATS} seats at a time.`);
      return;
    }
    selected.push(seat.seatId);
    message.replaceChildren();
    paint(seat);
    renderSummary();
    say(`${seat.label} selected. ${selected.length} selected, total ${money(total(), currency)}.`);
  }

  // ---- legend ----
  const types = new Map();
  for (const seat of seats.values()) {
    const known = types.get(seat.type);
    if (!known || seat.priceCents < known) types.set(seat.type, seat.priceCents);
  }
  const order = Object.keys(TYPE_NAMES);
  legend.append(
    el('h2', { id: 'legend-heading', class: 'h6 mt-3' }, 'Seat types and prices'),
    el('ul', { class: 'legend-list list-unstyled d-flex flex-wrap gap-3 small' },
      [...types.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([type, cents]) =>
        el('li', { class: 'd-flex align-items-center gap-1' },
          el('span', { class: `seat swatch type-${type.toLowerCase()} status-available`, 'aria-hidden': 'true' }),
          `${TYPE_NAMES[type] ?? type} ${money(cents, currency)}`))),
    el('ul', { class: 'legend-list list-unstyled d-flex flex-wrap gap-3 small' },
      [['status-available', 'Available'], ['is-selected', 'Selected'], ['is-mine', 'Held by you'],
        ['status-held', 'Taken'], ['status-blocked', 'Not available']].map(([cls, text]) =>
        el('li', { class: 'd-flex align-items-center gap-1' },
          el('span', { class: `seat swatch type-standard ${cls}`, 'aria-hidden': 'true' }), text))));

  // ---- summary, hold and countdown ----
  function renderSummary() {
    summary.replaceChildren();
    const body = el('div', { class: 'card-body' });
    summary.append(body);
    if (hold) {
      const countdown = el('p', { class: 'display-6 mb-1 countdown', role: 'timer', 'aria-live': 'off', 'data-testid': 'hold-countdown' },
        remaining(hold.expiresAt).text);
      const releaseButton = el('button', { type: 'button', class: 'btn btn-outline-danger w-100' }, 'Release seats');
      body.append(
        el('h2', { id: 'summary-heading', class: 'h5' }, 'Your seats are held'),
        el('p', { class: 'mb-1', 'data-testid': 'hold-code', 'data-booking-code': hold.booking.code ?? '' }, `Booking ${hold.booking.code ?? ''}`.trim()),
        el('p', { class: 'small text-body-secondary mb-1' }, 'Time left to pay:'),
        countdown,
        el('ul', { class: 'list-unstyled mb-2', 'data-testid': 'held-seats' }, (hold.booking.tickets ?? []).map((t) =>
          el('li', { class: 'd-flex justify-content-between' },
            el('span', {}, `${t.seatLabel} · ${TYPE_NAMES[t.seatType] ?? t.seatType ?? ''}`), el('span', {}, money(t.priceCents, currency))))),
        el('p', { class: 'fw-semibold d-flex justify-content-between' }, el('span', {}, 'Total'),
          el('span', { 'data-testid': 'hold-total' }, money(hold.booking.totalCents, hold.booking.currency ?? currency))),
        el('a', { class: 'btn btn-primary w-100 mb-2', href: `#/checkout/${encodeURIComponent(hold.booking.id)}` }, 'Continue to checkout'),
        el('p', { class: 'small text-body-secondary' }, 'Your seats return to sale when the time runs out.'),
        releaseButton);
      releaseButton.addEventListener('click', async () => {
        releaseButton.disabled = true;
        try {
          await graphql(RELEASE, { id: hold.booking.id });
          endHold('Your seats are released.', 'info');
        } catch (error) {
          if (error.code === 'UNAUTHENTICATED') {
            goSignIn();
            return;
          }
          notice(error.message, 'danger');
          releaseButton.disabled = false;
        }
      });
      return;
    }
    const list = selected.map((id) => seats.get(id));
    const holdButton = el('button', { type: 'button', class: 'btn btn-primary w-100', disabled: list.length === 0 || showtime.status === 'CANCELLED' },
      list.length ? `Hold ${list.length} seat${list.length === 1 ? '' : 's'}` : 'Hold seats');
    body.append(...[
      el('h2', { id: 'summary-heading', class: 'h5' }, 'Your selection'),
      list.length
        ? el('ul', { class: 'list-unstyled mb-2', 'data-testid': 'selected-seats' }, list.map((s) =>
          el('li', { class: 'd-flex justify-content-between' },
            el('span', {}, `${s.label} · ${TYPE_NAMES[s.type] ?? s.type}`), el('span', {}, money(s.priceCents, currency)))))
        : el('p', { class: 'text-body-secondary small' }, 'No seats selected yet.'),
      el('p', { class: 'fw-semibold d-flex justify-content-between' },
        el('span', {}, `Total (${list.length} of max ${MAX_SEATS})`),
        el('span', { 'data-testid': 'selection-total' }, money(total(), currency))),
      isSignedIn() ? null : el('p', { class: 'small text-body-secondary' }, 'You will be asked to sign in to hold seats.'),
      holdButton].filter(Boolean));
    holdButton.addEventListener('click', () => holdSelected(holdButton));
  }

  async function holdSelected(button) {
    if (!selected.length) return;
    if (!isSignedIn()) {
      sessionStorage.setItem(pendingKey(showtimeId), JSON.stringify(selected));
      goSignIn();
      return;
    }
    button.disabled = true;
    button.textContent = 'Holding…';
    holding = true;
    try {
      const { holdSeats } = await graphql(holdMutation(selected), { showtimeId });
      sessionStorage.removeItem(pendingKey(showtimeId));
      selected.length = 0;
      startHold(holdSeats);
      say(`Your seats are held until ${new Date(holdSeats.holdExpiresAt).toLocaleTimeString('en-GB')}.`);
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        sessionStorage.setItem(pendingKey(showtimeId), JSON.stringify(selected));
        goSignIn();
        return;
      }
      notice(error.message, 'danger');
      if (error.code === 'SEAT_UNAVAILABLE') {
        await refreshMap();
      }
      renderSummary();
    } finally {
      holding = false;
    }
  }

  function startHold(booking) {
    const seatIds = new Set((booking.tickets ?? []).map((t) => t.seatId));
    hold = { booking, seatIds, expiresAt: booking.holdExpiresAt };
    message.replaceChildren();
    for (const id of seatIds) {
      const seat = seats.get(id);
      if (seat) seat.status = 'HELD';
    }
    seats.forEach(paint);
    renderSummary();
    const timer = setInterval(() => {
      if (!hold) {
        clearInterval(timer);
        return;
      }
      const left = remaining(hold.expiresAt);
      const countdown = summary.querySelector('[data-testid="hold-countdown"]');
      if (countdown) countdown.textContent = left.text;
      if (left.ms <= 0) {
        clearInterval(timer);
        endHold('Your hold has expired and the seats are back on sale. Pick seats again to continue.', 'warning');
      } else if (left.ms <= 60_000 && !hold.warned) {
        hold.warned = true;
        say('One minute left on your seat hold.');
      }
    }, 1000);
    timers.add(timer);
  }

  function endHold(text, kind) {
    if (!hold) return;
    for (const id of hold.seatIds) {
      const seat = seats.get(id);
      if (seat && seat.status === 'HELD') seat.status = 'AVAILABLE';
    }
    hold = null;
    seats.forEach(paint);
    renderSummary();
    notice(text, kind);
    say(text);
  }

  async function refreshMap() {
    try {
      const { seatMap } = await graphql(SEAT_MAP, { id: showtimeId });
      for (const fresh of seatMap?.seats ?? []) {
        const seat = seats.get(fresh.seatId);
        if (seat) seat.status = fresh.status;
      }
      dropTaken();
      seats.forEach(paint);
    } catch {
      // keep the map we have
    }
  }

  function dropTaken() {
    for (const id of [...selected]) {
      const seat = seats.get(id);
      if (seat.status !== 'AVAILABLE') {
        selected.splice(selected.indexOf(id), 1);
        notice(`Seat ${seat.label} was just taken by someone else.`);
        say(`Seat ${seat.label} was just taken by someone else.`);
      }
    }
    renderSummary();
  }

  // phones: start with the middle of a wide auditorium in view
  requestAnimationFrame(() => {
    const scroller = root.querySelector('.seat-map-scroll');
    if (scroller && scroller.scrollWidth > scroller.clientWidth) {
      scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
    }
  });

  // ---- live updates ----
  apply = (event) => {
    if (typeof event.sequence === 'number') {
      if (event.sequence <= lastSequence) return;
      lastSequence = event.sequence;
    }
    const seat = seats.get(event.seatId);
    if (!seat || !event.status) return;
    seat.status = event.status;
    if (hold?.seatIds.has(seat.seatId) && event.status === 'AVAILABLE') {
      hold.seatIds.delete(seat.seatId);
      if (hold.seatIds.size === 0) {
        hold.seatIds = new Set((hold.booking.tickets ?? []).map((t) => t.seatId));
        endHold('Your hold has ended and the seats are back on sale.', 'warning');
        return;
      }
    }
    if (selected.includes(seat.seatId) && event.status !== 'AVAILABLE' && !holding) {
      dropTaken();
    }
    paint(seat);
  };
  queued.splice(0).forEach((event) => apply(event));

  // ---- restore: a hold made earlier, or seats picked before signing in ----
  seats.forEach(paint);
  const pending = JSON.parse(sessionStorage.getItem(pendingKey(showtimeId)) ?? '[]');
  if (isSignedIn()) {
    try {
      const { myBookings } = await graphql(MY_BOOKINGS);
      const existing = (myBookings ?? []).find((b) => b.showtimeId === showtimeId && b.status === 'HELD'
        && new Date(b.holdExpiresAt).getTime() > Date.now());
      if (existing) {
        sessionStorage.removeItem(pendingKey(showtimeId));
        startHold(existing);
        return cleanup;
      }
    } catch {
      // no holds to restore
    }
  }
  for (const id of pending) {
    if (seats.get(id)?.status === 'AVAILABLE' && !selected.includes(id) && selected.length < MAX_SEATS) {
      selected.push(id);
    }
  }
  if (selected.length) {
    seats.forEach(paint);
    notice(isSignedIn() ? 'Your seats are still selected: hold them to continue.' : 'Your seats are still selected.', 'info');
  }
  renderSummary();
  return cleanup;
}
