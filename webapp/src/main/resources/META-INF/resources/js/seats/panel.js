// The panel beside the grid: the selection with its total and the Hold button, or, once held, the booking code,
// the held seats, the countdown and the way to checkout or to release the seats. On a phone the panel comes after
// the map and its legend, below the fold; a bar fixed to the bottom of the screen then keeps the count and total (or
// the time left) in sight and leads to the panel, and steps aside while the panel itself is in view.
import { el, money, counted, SEAT_TYPES } from '../ui.js';
import { holdLeft } from '../bookings.js';

/**
 * The panel element, the phone's summary bar (bar) and render(): call render() after every change of the model.
 * onHold(button), onRelease(button) and onPickBest(count, type) are the actions (type: a seat type, or null for
 * any); watch() starts the bar's watch on the
 * panel and returns the function that stops it.
 */
export function seatPanel(model, { currency, signedIn, onHold, onRelease, onPickBest }) {
  const panel = el('section', { class: 'card seat-summary', 'aria-labelledby': 'summary-heading' });
  const bar = el('div', { class: 'seat-summary-bar d-lg-none', 'data-testid': 'seat-summary-bar', hidden: true });
  let panelInView = false;
  /** How many seats "best seats" picks, and of which type ('' for any): the customer's last choice, kept across renders. */
  let pickCount = 2;
  let pickType = '';

  // "Best seats for [2] [Any type] [Pick]": the box office's choice, for those who would rather not pick on the map;
  // the seat type is a choice only where the auditorium has more than one to pick from
  function bestSeatsPicker() {
    const count = el('select', { id: 'best-count', class: 'form-select', 'data-testid': 'best-count' },
      Array.from({ length: model.maxSeats }, (_, i) => el('option', { value: String(i + 1), selected: i + 1 === pickCount },
        counted(i + 1, 'seat'))));
    count.addEventListener('change', () => { pickCount = Number(count.value); });
    const types = model.pickableTypes();
    const type = types.length > 1
      ? el('select', { class: 'form-select', 'data-testid': 'best-type', 'aria-label': 'Seat type' },
        el('option', { value: '', selected: pickType === '' }, 'Any type'),
        types.map((t) => el('option', { value: t, selected: t === pickType }, SEAT_TYPES[t] ?? t)))
      : null;
    type?.addEventListener('change', () => { pickType = type.value; });
    const pick = el('button', { type: 'button', class: 'btn btn-outline-primary', 'data-testid': 'pick-best',
      'aria-label': 'Pick the best seats for me' }, 'Pick');
    pick.addEventListener('click', () => {
      onPickBest(pickCount, types.includes(pickType) ? pickType : null);
      // the panel was drawn again: keep the keyboard where it was
      panel.querySelector('[data-testid="pick-best"]')?.focus();
    });
    return el('div', { class: 'input-group input-group-sm mb-3' },
      el('label', { class: 'input-group-text', for: 'best-count' }, 'Best seats for'), count, type, pick);
  }

  function heldView(hold) {
    const releaseButton = el('button', { type: 'button', class: 'btn btn-outline-danger w-100' }, 'Release seats');
    releaseButton.addEventListener('click', () => onRelease(releaseButton));
    const { booking } = hold;
    return [
      el('h2', { id: 'summary-heading', class: 'h5' }, 'Your seats are held'),
      el('p', { class: 'mb-1', 'data-testid': 'hold-code', 'data-booking-code': booking.code ?? '' }, `Booking ${booking.code ?? ''}`.trim()),
      el('p', { class: 'small text-body-secondary mb-1' }, 'Time left to pay:'),
      // role=timer is not announced each second; the page announces the last minute and the end instead
      el('p', { class: 'display-6 mb-1 countdown', role: 'timer', 'aria-live': 'off', 'data-testid': 'hold-countdown' },
        holdLeft(hold.expiresAt).text),
      el('ul', { class: 'list-unstyled mb-2', 'data-testid': 'held-seats' }, (booking.tickets ?? []).map((t) =>
        el('li', { class: 'd-flex justify-content-between' },
          el('span', {}, `${t.seatLabel} · ${SEAT_TYPES[t.seatType] ?? t.seatType ?? ''}`), el('span', {}, money(t.priceCents, currency))))),
      el('p', { class: 'fw-semibold d-flex justify-content-between' }, el('span', {}, 'Total'),
        el('span', { 'data-testid': 'hold-total' }, money(booking.totalCents, booking.currency ?? currency))),
      el('a', { class: 'btn btn-primary w-100 mb-2', href: `#/checkout/${encodeURIComponent(booking.id)}` }, 'Continue to checkout'),
      el('p', { class: 'small text-body-secondary' }, 'Your seats return to sale when the time runs out.'),
      releaseButton,
    ];
  }

  // bookings closed (the page says why above the map): the map only shows what was taken
  function closedView() {
    return [
      el('h2', { id: 'summary-heading', class: 'h5' }, 'Booking closed'),
      el('p', { class: 'text-body-secondary small mb-0', 'data-testid': 'booking-closed' },
        'Seats for this showtime can no longer be picked or held.'),
    ];
  }

  function selectionView() {
    if (model.closed) return closedView();
    const list = model.selectedSeats();
    const holdButton = el('button', { type: 'button', class: 'btn btn-primary w-100', disabled: list.length === 0 },
      list.length ? `Hold ${counted(list.length, 'seat')}` : 'Hold seats');
    holdButton.addEventListener('click', () => onHold(holdButton));
    return [
      el('h2', { id: 'summary-heading', class: 'h5' }, 'Your selection'),
      bestSeatsPicker(),
      list.length
        ? el('ul', { class: 'list-unstyled mb-2', 'data-testid': 'selected-seats' }, list.map((s) =>
          el('li', { class: 'd-flex justify-content-between gap-2' },
            el('span', {}, `${s.label} · ${SEAT_TYPES[s.type] ?? s.type}`), el('span', {}, money(s.priceCents, currency)))))
        : el('p', { class: 'text-body-secondary small' }, 'No seats selected yet.'),
      el('p', { class: 'fw-semibold d-flex justify-content-between gap-2' },
        el('span', {}, `Total (${list.length} of max ${model.maxSeats})`),
        el('span', { 'data-testid': 'selection-total' }, money(model.total(), currency))),
      signedIn() ? null : el('p', { class: 'small text-body-secondary' }, 'You will be asked to sign in to hold seats.'),
      holdButton,
    ];
  }

  // Brings the panel into view with the focus on its first action (Hold, or Continue to checkout).
  function goToPanel() {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    panel.querySelector('.btn-primary')?.focus({ preventScroll: true });
  }

  function barContent() {
    if (model.hold) {
      const { booking } = model.hold;
      return [
        el('span', { class: 'me-auto' }, 'Held · ',
          el('span', { class: 'countdown fw-semibold', 'data-testid': 'bar-countdown' }, holdLeft(model.hold.expiresAt).text), ' left'),
        el('a', { class: 'btn btn-primary btn-sm', href: `#/checkout/${encodeURIComponent(booking.id)}` }, 'Checkout'),
      ];
    }
    const count = model.selectedSeats().length;
    const next = el('button', { type: 'button', class: 'btn btn-primary btn-sm' }, 'Continue');
    next.addEventListener('click', goToPanel);
    return [
      el('span', { class: 'me-auto fw-semibold', 'data-testid': 'bar-summary' },
        `${counted(count, 'seat')} · ${money(model.total(), currency)}`),
      next,
    ];
  }

  const barWanted = () => Boolean(model.hold) || model.selectedSeats().length > 0;

  // shown with something to show and the panel out of view; rebuilt only when the model changes (render)
  function placeBar() {
    bar.hidden = !barWanted() || panelInView;
  }

  function renderBar() {
    bar.replaceChildren(...(barWanted() ? barContent() : []));
    placeBar();
  }

  return {
    element: panel,
    bar,
    render() {
      panel.replaceChildren(el('div', { class: 'card-body' }, model.hold ? heldView(model.hold) : selectionView()));
      renderBar();
    },
    /** Shows the time left; returns it ({ ms, text }). */
    tick() {
      const left = holdLeft(model.hold.expiresAt);
      for (const countdown of [panel.querySelector('[data-testid="hold-countdown"]'), bar.querySelector('[data-testid="bar-countdown"]')]) {
        if (countdown) countdown.textContent = left.text;
      }
      return left;
    },
    watch() {
      // in view once most of it shows: its top edge alone does not show the total and the actions
      const observer = new IntersectionObserver((entries) => {
        panelInView = entries.at(-1).intersectionRatio >= 0.6; // the latest, where several crossings come at once
        placeBar();
      }, { threshold: [0, 0.6] });
      observer.observe(panel);
      return () => observer.disconnect();
    },
  };
}
