// The seat map's state for one showtime, with no DOM and no network: the seats and their statuses, the
// customer's selection, their hold, and the rules that change them. Every change returns what happened, so the
// page decides what to paint and announce; node --test covers it (webapp/src/test/js/seat-model.test.js).
import { MAX_SEATS } from '../config.js';
import { SEAT_TYPES } from '../ui.js';

/**
 * The seat types "best seats" picks from, in order of preference: wheelchair spaces and their companion seats are
 * left for those who need them, couple seats for couples.
 */
export const PICKED_TYPES = ['STANDARD', 'PREMIUM', 'VIP'];

export const STATUS_NAMES = { AVAILABLE: 'available', HELD: 'taken', SOLD: 'taken', BLOCKED: 'not available' };

/** "Row F seat 7, VIP, 14.50, available" */
export function seatName(seat, state) {
  return `Row ${seat.row} seat ${seat.number}, ${SEAT_TYPES[seat.type] ?? seat.type}, ${(seat.priceCents / 100).toFixed(2)}, ${state}`;
}

export class SeatModel {
  /** @param map the gateway's seatMap: { rows, columns, seats: [{ seatId, label, row, number, x, y, type, status, priceCents }] } */
  constructor(map, maxSeats = MAX_SEATS) {
    this.maxSeats = maxSeats;
    this.columns = map.columns;
    this.seats = new Map(map.seats.map((s) => [s.seatId, { ...s }]));
    /** the seats in reading order: row by row from the screen, left to right */
    this.ordered = [...this.seats.values()].sort((a, b) => a.y - b.y || a.x - b.x);
    this.rows = new Map();
    for (const seat of this.ordered) {
      if (!this.rows.has(seat.y)) this.rows.set(seat.y, []);
      this.rows.get(seat.y).push(seat);
    }
    this.rowYs = [...this.rows.keys()].sort((a, b) => a - b);
    this.selected = [];
    this.hold = null;
    this.lastSequence = -1;
    /** set once the showtime takes no more bookings (cancelled, or started): the map is then only to look at */
    this.closed = false;
  }

  seat(seatId) {
    return this.seats.get(seatId);
  }

  isMine(seatId) {
    return Boolean(this.hold?.seatIds.has(seatId));
  }

  isSelected(seatId) {
    return this.selected.includes(seatId);
  }

  /** How a seat reads to the customer: "held by you", "selected", "available", "taken", "not available". */
  stateOf(seat) {
    if (this.isMine(seat.seatId)) return 'held by you';
    if (this.isSelected(seat.seatId)) return 'selected';
    return STATUS_NAMES[seat.status] ?? seat.status.toLowerCase();
  }

  /** What the grid shows in data-status: MINE, SELECTED or the server's status. */
  displayStatus(seat) {
    if (this.isMine(seat.seatId)) return 'MINE';
    return this.isSelected(seat.seatId) ? 'SELECTED' : seat.status;
  }

  selectable(seat) {
    return seat.status === 'AVAILABLE' && !this.hold && !this.closed;
  }

  /** Bookings close (the showtime started or was cancelled): no more selecting. Returns the seats unselected. */
  close() {
    this.closed = true;
    const dropped = this.selectedSeats();
    this.selected = [];
    return dropped;
  }

  selectedSeats() {
    return this.selected.map((id) => this.seats.get(id));
  }

  total() {
    return this.selected.reduce((sum, id) => sum + this.seats.get(id).priceCents, 0);
  }

  /**
   * Selects or unselects a seat. Returns { outcome, seat } with outcome one of: 'selected', 'removed',
   * 'held' (a hold is running, nothing changes), 'closed' (bookings are closed), 'unavailable', 'limit' (already
   * maxSeats picked).
   */
  toggle(seatId) {
    const seat = this.seats.get(seatId);
    if (this.hold) return { outcome: 'held', seat };
    if (this.closed) return { outcome: 'closed', seat };
    const index = this.selected.indexOf(seatId);
    if (index >= 0) {
      this.selected.splice(index, 1);
      return { outcome: 'removed', seat };
    }
    if (seat.status !== 'AVAILABLE') return { outcome: 'unavailable', seat };
    if (this.selected.length >= this.maxSeats) return { outcome: 'limit', seat };
    this.selected.push(seatId);
    return { outcome: 'selected', seat };
  }

  /**
   * The selection moved by one seat, when a hold was refused because it would leave {@code strandedLabel} on its
   * own (the seat rules, docs/api.md): the selected seats of that row shifted one cell towards the stranded seat
   * (taking it in) or, failing that, away from it; each shifted seat must be a free seat of the same row and the
   * new selection must leave no seat of the row on its own. Returns { seatIds, labels } or null.
   */
  moveByOne(strandedLabel) {
    const stranded = this.ordered.find((seat) => seat.label === strandedLabel);
    if (!stranded || this.hold) return null;
    const inRow = this.selectedSeats().filter((seat) => seat.y === stranded.y);
    if (!inRow.length) return null;
    const towards = stranded.x < inRow[0].x ? -1 : 1;
    for (const dx of [towards, -towards]) {
      const moved = inRow.map((seat) => this.at(seat.x + dx, seat.y));
      if (moved.some((seat) => !seat || (seat.status !== 'AVAILABLE'))) continue;
      const ids = new Set(moved.map((seat) => seat.seatId));
      if (this.strandedBy(ids)) continue;
      const others = this.selected.filter((id) => this.seats.get(id).y !== stranded.y);
      const seatIds = [...others, ...moved.map((seat) => seat.seatId)];
      return { seatIds, labels: moved.map((seat) => seat.label) };
    }
    return null;
  }

  /** The seat in a grid cell, if any. */
  at(x, y) {
    return (this.rows.get(y) ?? []).find((seat) => seat.x === x) ?? null;
  }

  /**
   * The label of a seat that holding {@code seatIds} (a Set of one row's seats) would leave on its own, by the
   * server's rule: a free ordinary seat beside one of them with nothing free on its other sides. Null if none.
   */
  strandedBy(seatIds) {
    const free = (seat) => Boolean(seat) && seat.status === 'AVAILABLE' && !seatIds.has(seat.seatId);
    for (const id of seatIds) {
      const seat = this.seats.get(id);
      for (const dx of [-1, 1]) {
        const next = this.at(seat.x + dx, seat.y);
        if (next && free(next) && next.type !== 'WHEELCHAIR' && next.type !== 'COMPANION'
          && !free(this.at(next.x - 1, next.y)) && !free(this.at(next.x + 1, next.y))) {
          return next.label;
        }
      }
    }
    return null;
  }

  /** The seat types "best seats" can pick in this auditorium, in order of preference (a choice only when two or more). */
  pickableTypes() {
    return PICKED_TYPES.filter((type) => this.ordered.some((seat) => seat.type === type));
  }

  /**
   * The best {@code count} seats still free side by side, as a box office picks them: in one row, next to each other
   * (an aisle parts them), of one seat type ({@code type} when the customer chose one, else Standard first, then
   * Premium, then VIP), as near the middle of the row and about two thirds of the way back as can be, and leaving no
   * seat of the row on its own (the seat rules) unless every block would. Returns their ids left to right, or null
   * when no such seats are free.
   */
  bestSeats(count, type = null) {
    if (!(count >= 1 && count <= this.maxSeats) || this.hold || this.closed || !this.ordered.length) return null;
    if (type && !PICKED_TYPES.includes(type)) return null;
    const types = type ? [type] : PICKED_TYPES;
    const xs = this.ordered.map((seat) => seat.x);
    const [left, right] = [Math.min(...xs), Math.max(...xs)];
    const middle = (left + right) / 2;
    const width = Math.max(1, right - left);
    const backRows = Math.max(1, this.rowYs.length - 1);
    const ideal = backRows * (2 / 3);
    const score = (block, rank) => Math.abs((block[0].x + block.at(-1).x) / 2 - middle) / width
      + Math.abs(rank - ideal) / backRows;
    for (const strandingAllowed of [false, true]) {
      for (const wanted of types) {
        let best = null;
        this.rowYs.forEach((y, rank) => {
          const row = this.rows.get(y);
          for (let i = 0; i + count <= row.length; i += 1) {
            const block = row.slice(i, i + count);
            const together = block.every((seat, k) => seat.status === 'AVAILABLE' && seat.type === wanted
              && (k === 0 || seat.x === block[k - 1].x + 1));
            if (!together) continue;
            if (!strandingAllowed && this.strandedBy(new Set(block.map((seat) => seat.seatId)))) continue;
            const blockScore = score(block, rank);
            if (!best || blockScore < best.score) best = { score: blockScore, block };
          }
        });
        if (best) return best.block.map((seat) => seat.seatId);
      }
    }
    return null;
  }

  /** Replaces the selection (a suggestion the customer accepted). */
  select(seatIds) {
    if (this.hold || this.closed) return;
    this.selected = seatIds.filter((id) => this.seats.get(id)?.status === 'AVAILABLE').slice(0, this.maxSeats);
  }

  /** Picks seats chosen earlier (before signing in) again, as far as they are still free; returns how many. */
  restoreSelection(seatIds) {
    if (this.closed) return 0;
    for (const id of seatIds ?? []) {
      if (this.seats.get(id)?.status === 'AVAILABLE' && !this.isSelected(id) && this.selected.length < this.maxSeats) {
        this.selected.push(id);
      }
    }
    return this.selected.length;
  }

  /** Unselects the selected seats that are no longer available; returns them. */
  dropTaken() {
    const taken = this.selectedSeats().filter((seat) => seat.status !== 'AVAILABLE');
    this.selected = this.selected.filter((id) => !taken.some((seat) => seat.seatId === id));
    return taken;
  }

  /** The customer's hold (a Booking with tickets and holdExpiresAt) begins: its seats are taken, the selection cleared. */
  startHold(booking) {
    const seatIds = new Set((booking.tickets ?? []).map((t) => t.seatId));
    this.hold = { booking, seatIds, expiresAt: booking.holdExpiresAt, warned: false };
    this.selected = [];
    for (const id of seatIds) {
      const seat = this.seats.get(id);
      if (seat) seat.status = 'HELD';
    }
    return this.hold;
  }

  /** The hold ended (released, or the server gave its seats back): returns its seat ids, or null when none ran. */
  endHold({ seatsFree = true } = {}) {
    if (!this.hold) return null;
    const ids = [...this.hold.seatIds];
    if (seatsFree) {
      for (const id of ids) {
        const seat = this.seats.get(id);
        if (seat?.status === 'HELD') seat.status = 'AVAILABLE';
      }
    }
    this.hold = null;
    return ids;
  }

  /** Whether the hold's time is up at now (ms since the epoch). */
  holdRunOut(now = Date.now()) {
    return Boolean(this.hold) && new Date(this.hold.expiresAt).getTime() <= now;
  }

  /**
   * Takes the statuses of a fresh seat map. Returns { changed: seats whose status changed, dropped: selected
   * seats now taken }.
   */
  refresh(freshSeats) {
    const changed = [];
    for (const fresh of freshSeats ?? []) {
      const seat = this.seats.get(fresh.seatId);
      if (seat && seat.status !== fresh.status) {
        seat.status = fresh.status;
        changed.push(seat);
      }
    }
    return { changed, dropped: this.dropTaken() };
  }

  /**
   * One live seat event { seatId, status, sequence }. Returns null when it is stale, unknown or changes nothing;
   * else { seat, holdGivenBack: true when the events now show every seat of the customer's hold AVAILABLE, dropped }.
   * The hold itself stays: an event may describe a moment before the hold was made (seats freed just before a
   * waitlist offer held them again), so the page asks the server whether it still runs (holdActions.givenBack).
   * While a hold request is in flight ({ holding: true }) a selected seat turning HELD is the customer's own.
   */
  apply(event, { holding = false } = {}) {
    if (typeof event.sequence === 'number') {
      if (event.sequence <= this.lastSequence) return null;
      this.lastSequence = event.sequence;
    }
    const seat = this.seats.get(event.seatId);
    if (!seat || !event.status) return null;
    seat.status = event.status;
    const holdGivenBack = this.isMine(seat.seatId) && event.status === 'AVAILABLE'
      && ![...this.hold.seatIds].some((id) => this.seats.get(id)?.status === 'HELD');
    const dropped = this.isSelected(seat.seatId) && event.status !== 'AVAILABLE' && !holding ? this.dropTaken() : [];
    return { seat, holdGivenBack, dropped };
  }

  /** The cheapest price of each seat type, in the order of SEAT_TYPES: [[type, cents], ...]. */
  priceList() {
    const types = new Map();
    for (const seat of this.seats.values()) {
      const known = types.get(seat.type);
      if (known === undefined || seat.priceCents < known) types.set(seat.type, seat.priceCents);
    }
    const order = Object.keys(SEAT_TYPES);
    const rank = (type) => (order.includes(type) ? order.indexOf(type) : order.length);
    return [...types.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
  }
}
