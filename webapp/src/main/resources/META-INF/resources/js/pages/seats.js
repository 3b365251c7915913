// Seat selection for one showtime. This page only lays the parts out and wires them together: the state and its
// rules (seats/model.js), the grid and legend (seats/grid.js), keyboard movement (seats/navigation.js), the
// selection and hold panel (seats/panel.js), holding, releasing and the countdown (seats/hold.js), live seat
// events (seats/stream.js) and the GraphQL calls (seats/api.js).
import { isSignedIn } from '../session.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, formatLabel, SEAT_TYPES } from '../ui.js';
import { MAX_SEATS } from '../config.js';
import { SeatModel, STATUS_NAMES } from '../seats/model.js';
import { seatGrid, seatLegend } from '../seats/grid.js';
import { seatPanel } from '../seats/panel.js';
import { holdActions, pendingSeats } from '../seats/hold.js';
import { openSeatStream } from '../seats/stream.js';
import { waitlistSection } from '../seats/waitlist.js';
import * as api from '../seats/api.js';
import { bookingClosed, featureWords } from '../showtimes.js';

const CLOSED_NOTICES = {
  cancelled: 'This showtime was cancelled.',
  started: 'This showtime has started: its seats can no longer be booked.',
};

export async function render(root, { params: [showtimeId] }) {
  root.append(loading('Loading the seat map…'));
  // the stream opens before the snapshot is read, so no change in between is lost
  const stream = openSeatStream(showtimeId, (state) => { root.dataset.live = state; });
  let actions = null;
  let unwatchPanel = null;
  let closingTimer = null;
  const cleanup = () => {
    stream.close();
    actions?.stop();
    unwatchPanel?.();
    clearTimeout(closingTimer);
  };

  let showtime;
  let map;
  try {
    ({ showtime, seatMap: map } = await api.loadShowtime(showtimeId));
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
  const model = new SeatModel(map);
  let closedBecause = bookingClosed(showtime);
  if (closedBecause) model.close();

  // ---- messages: one visible, one for screen readers ----
  const announcer = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'announcer' });
  const message = el('div', { 'aria-live': 'polite', 'data-testid': 'seat-message' });
  const say = (text) => {
    // emptied first so that the same sentence twice is announced twice
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = text; }, 50);
  };
  // an action (e.g. the seat rules' "move by one" suggestion) is a button inside the message
  const notice = (text, kind = 'warning', action = null) => {
    const box = alertBox(text, kind);
    if (action) {
      box.append(' ', el('button', { type: 'button', class: 'btn btn-sm btn-dark ms-1', 'data-testid': 'seat-suggestion',
        onclick: action.run }, action.label));
    }
    message.replaceChildren(box);
  };

  // ---- the parts ----
  const panel = seatPanel(model, {
    currency,
    signedIn: isSignedIn,
    onHold: (button) => actions.hold(button),
    onRelease: (button) => actions.release(button),
    onPickBest: pickBest,
  });
  const waitlist = waitlistSection(model, showtimeId, {
    signedIn: isSignedIn,
    timeZone: showtime.cinema?.timeZone,
  });
  const grid = seatGrid(model, {
    label: `Seats, ${showtime.auditorium?.name ?? 'auditorium'}. The screen is at the top.`,
    currency,
    onToggle: toggle,
  });
  actions = holdActions(model, showtimeId, {
    paintAll: grid.paintAll,
    renderPanel: panel.render,
    tick: panel.tick,
    notice,
    clearNotice: () => message.replaceChildren(),
    say,
  }, { signedIn: isSignedIn });

  function toggle(seat) {
    const { outcome } = model.toggle(seat.seatId);
    const status = () => `${model.selected.length} selected, total ${money(model.total(), currency)}.`;
    switch (outcome) {
      case 'held':
        say('Your seats are already held. Release them to choose others.');
        return;
      case 'closed':
        say(CLOSED_NOTICES[closedBecause]);
        return;
      case 'unavailable':
        say(`${seat.label} is ${STATUS_NAMES[seat.status] ?? 'not available'}.`);
        return;
      case 'limit':
        notice(`You can pick at most ${MAX_SEATS} seats at a time.`);
        say(`You can pick at most ${MAX_SEATS} seats at a time.`);
        return;
      case 'removed':
        say(`${seat.label} removed. ${status()}`);
        break;
      default:
        message.replaceChildren();
        say(`${seat.label} selected. ${status()}`);
    }
    grid.paint(seat);
    panel.render();
  }

  // "Best seats": the model's pick replaces the selection, painted and announced like the customer's own
  function pickBest(count, type = null) {
    const picked = model.bestSeats(count, type);
    const kind = type ? ` ${SEAT_TYPES[type] ?? type}` : '';
    const orAnyType = type ? ', or any type' : '';
    if (!picked) {
      const none = count === 1 ? `No${kind} seat is free to pick for you. Look for one on the map${orAnyType}.`
        : `No ${count}${kind} seats side by side are free. Pick seats on the map, or fewer together${orAnyType}.`;
      notice(none, 'info');
      say(none);
      return;
    }
    model.select(picked);
    message.replaceChildren();
    grid.paintAll();
    panel.render();
    const labels = picked.map((id) => model.seat(id).label).join(', ');
    const best = count === 1 ? `the best${kind} seat still free` : `the best ${count}${kind} seats together still free`;
    say(`Picked ${labels}, ${best}. Total ${money(model.total(), currency)}.`);
  }

  // with bookings closed the map still shows which seats were taken, and the keyboard still reads them
  const help = el('p', { id: 'seat-help', class: 'small text-body-secondary mb-2' });
  const closedArea = el('div', { 'data-testid': 'closed-notice' });
  const showClosed = () => {
    help.textContent = closedBecause ? 'With a keyboard: arrow keys move from seat to seat.'
      : `Pick up to ${MAX_SEATS} seats. With a keyboard: arrow keys move, Space or Enter selects.`;
    closedArea.replaceChildren(...(closedBecause ? [alertBox(CLOSED_NOTICES[closedBecause], 'warning')] : []));
  };
  showClosed();

  const heading = el('h1', { class: 'h4 mb-1' }, showtime.movie?.title ?? 'Choose your seats');
  root.replaceChildren(el('div', {},
    el('nav', { 'aria-label': 'Breadcrumb' }, el('ol', { class: 'breadcrumb small' },
      el('li', { class: 'breadcrumb-item' }, el('a', { href: '#/' }, 'Movies')),
      showtime.movie ? el('li', { class: 'breadcrumb-item' }, el('a', { href: `#/movies/${encodeURIComponent(showtime.movie.id)}` }, showtime.movie.title)) : null,
      el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, 'Seats'))),
    heading,
    el('p', { class: 'text-body-secondary mb-3' },
      [showtime.cinema?.name, showtime.auditorium?.name, formatLabel(showtime.auditorium?.format), dateTimeLabel(showtime.startsAt, showtime.cinema?.timeZone)]
        .filter(Boolean).join(' · '),
      showtime.features?.length
        ? el('span', { class: 'd-block', 'data-testid': 'screening-kind' }, `${featureWords(showtime.features)} screening`) : null),
    closedArea,
    message,
    // From 1200 px the map takes three quarters of the page: a 30-column screen then fits whole, row labels included
    // (two thirds left it 29 px short at 1280 px, scrolled sideways with both label columns cut off).
    el('div', { class: 'row g-3' },
      el('div', { class: 'col-12 col-lg-8 col-xl-9' },
        help,
        map.columns > 12 ? el('p', { class: 'small text-body-secondary d-md-none mb-1' }, 'Swipe sideways to see the whole auditorium.') : null,
        el('div', { class: 'seat-map-scroll' },
          el('div', { class: 'seat-map' }, el('div', { class: 'screen', 'aria-hidden': 'true' }, 'Screen'), grid.element)),
        seatLegend(model, currency)),
      el('div', { class: 'col-12 col-lg-4 col-xl-3' }, panel.element, waitlist.element)),
    panel.bar,
    announcer));
  pageTitle(heading, `Seats for ${showtime.movie?.title ?? 'showtime'}`);
  unwatchPanel = panel.watch();

  // a page left open past the start: bookings close then, as the booking service refuses holds from that moment
  const untilStart = Date.parse(showtime.startsAt) - Date.now();
  if (!closedBecause && untilStart < 86_400_000) {
    closingTimer = setTimeout(() => {
      closedBecause = 'started';
      model.close();
      showClosed();
      grid.paintAll();
      panel.render();
      waitlist.render();
      say(CLOSED_NOTICES.started);
    }, untilStart);
  }

  // phones: start with the middle of a wide auditorium in view
  requestAnimationFrame(() => {
    const scroller = root.querySelector('.seat-map-scroll');
    if (scroller && scroller.scrollWidth > scroller.clientWidth) {
      scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
    }
  });

  // ---- live updates ----
  stream.attach((event) => {
    const result = model.apply(event, { holding: actions.holding() });
    if (!result) return;
    if (result.holdGivenBack) actions.givenBack();
    for (const seat of result.dropped) {
      notice(`Seat ${seat.label} was just taken by someone else.`);
      say(`Seat ${seat.label} was just taken by someone else.`);
    }
    if (result.dropped.length) panel.render();
    grid.paint(result.seat);
    waitlist.render();
  });

  // ---- restore: a hold made earlier, or seats picked before signing in ----
  grid.paintAll();
  waitlist.render();
  waitlist.load();
  if (isSignedIn()) {
    const running = await api.runningHold(showtimeId).catch(() => null);
    if (running) {
      pendingSeats.clear(showtimeId);
      actions.resume(running);
      return cleanup;
    }
  }
  if (model.restoreSelection(pendingSeats.take(showtimeId))) {
    grid.paintAll();
    notice(isSignedIn() ? 'Your seats are still selected: hold them to continue.' : 'Your seats are still selected.', 'info');
  }
  panel.render();
  return cleanup;
}
