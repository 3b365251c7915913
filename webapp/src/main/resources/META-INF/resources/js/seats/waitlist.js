// The waitlist of a sold-out showtime on its seat page (issue #21; docs/api.md, "Waitlist"). Fewer seats free than a
// customer wants: they join for that many, and when seats free up the platform holds them for the first entry they fit
// and tells the customer; the held booking then shows on this page like any hold (Continue to checkout).
import { graphql } from '../graphql.js';
import { el, alertBox, timeLabel, goSignIn, counted } from '../ui.js';
import { MAX_SEATS } from '../config.js';

const ENTRY = 'id showtimeId seats status position bookingId offerExpiresAt';
export const MY_WAITLIST = `query MyWaitlist { myWaitlist { ${ENTRY} } }`;
export const JOIN_WAITLIST = `mutation JoinWaitlist($showtimeId: ID!, $seats: Int!) {
  joinWaitlist(showtimeId: $showtimeId, seats: $seats) { ${ENTRY} }
}`;
export const LEAVE_WAITLIST = `mutation LeaveWaitlist($showtimeId: ID!) { leaveWaitlist(showtimeId: $showtimeId) { ${ENTRY} } }`;

/** Free seats the waitlist counts (docs/api.md, "Waitlist"): available, and not wheelchair spaces or companion seats. */
export function freeForWaitlist(seats) {
  return [...seats].filter((s) => s.status === 'AVAILABLE' && s.type !== 'WHEELCHAIR' && s.type !== 'COMPANION').length;
}

/** The customer's active entry (WAITING or OFFERED) of this showtime, if any. */
export function activeEntry(entries, showtimeId) {
  return (entries ?? []).find((e) => e.showtimeId === showtimeId && (e.status === 'WAITING' || e.status === 'OFFERED')) ?? null;
}

/** Everything the waitlist card shows, as one comparable value: equal values draw the same card. */
export function cardState({ closed, free, error, entry }) {
  return JSON.stringify([Boolean(closed), free, error ?? null,
    entry ? [entry.status, entry.seats, entry.position, entry.offerExpiresAt ?? null, entry.bookingId ?? null] : null]);
}

/**
 * The waitlist card: { element, load(), render() }. load() asks for the customer's entries (signed in only); render()
 * redraws from the seat model, e.g. after a live seat event.
 */
export function waitlistSection(model, showtimeId, { signedIn, timeZone }) {
  const section = el('section', { class: 'card mt-3', 'aria-labelledby': 'waitlist-heading', 'data-testid': 'waitlist' });
  let entry = null;
  let error = null;
  // what the customer typed in "Seats wanted", kept when the card is redrawn (entries loaded, a live seat event)
  let wanted = null;
  // what the card shows now: it is rebuilt only when that changes, since a rebuild while the customer types in
  // "Seats wanted" would drop the keystroke into the replaced field
  let shown = null;

  async function load() {
    if (!signedIn()) return;
    try {
      entry = activeEntry((await graphql(MY_WAITLIST)).myWaitlist, showtimeId);
    } catch {
      entry = null; // the card still offers to join; joining twice is refused with its reason
    }
    render();
  }

  async function run(button, query, variables) {
    button.disabled = true;
    error = null;
    try {
      const data = await graphql(query, variables);
      const result = data.joinWaitlist ?? data.leaveWaitlist;
      entry = result && (result.status === 'WAITING' || result.status === 'OFFERED') ? result : null;
    } catch (failure) {
      // CONFLICT says why in the service's words (e.g. seats are free: hold them instead)
      error = failure.explained;
    }
    shown = null; // rebuilt even when the answer changes nothing shown: the pressed button comes back enabled
    render();
    section.querySelector('[data-testid="waitlist-status"], [data-testid="waitlist-join"]')?.focus?.();
  }

  function waitingView() {
    const leave = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm' }, 'Leave the waitlist');
    leave.addEventListener('click', () => run(leave, LEAVE_WAITLIST, { showtimeId }));
    const status = entry.status === 'OFFERED'
      ? `Seats came free and are held for you until ${timeLabel(entry.offerExpiresAt, timeZone)}: pay for them to keep them.`
      : `You are on the waitlist for ${counted(entry.seats, 'seat')}: number ${entry.position} in the queue. `
        + 'When seats free up we hold them for you and tell you by e-mail (and SMS if you chose it).';
    return [
      el('h2', { id: 'waitlist-heading', class: 'h6' }, 'Waitlist'),
      el('p', { class: 'mb-2', tabindex: '-1', 'data-testid': 'waitlist-status', 'data-status': entry.status }, status),
      entry.status === 'OFFERED' && entry.bookingId
        ? el('a', { class: 'btn btn-primary btn-sm me-2', href: `#/checkout/${encodeURIComponent(entry.bookingId)}` }, 'Continue to checkout')
        : null,
      leave,
    ];
  }

  function joinView(free) {
    const id = 'waitlist-seats';
    const input = el('input', { id, type: 'number', class: 'form-control form-control-sm', min: String(free + 1),
      max: String(MAX_SEATS), value: wanted ?? String(Math.min(MAX_SEATS, Math.max(free + 1, 2))), inputmode: 'numeric' });
    input.addEventListener('input', () => { wanted = input.value; });
    const join = el('button', { type: 'submit', class: 'btn btn-outline-primary btn-sm', 'data-testid': 'waitlist-join' },
      'Join the waitlist');
    const form = el('form', { class: 'd-flex flex-wrap align-items-end gap-2', novalidate: true },
      el('div', {}, el('label', { for: id, class: 'form-label small mb-1' }, 'Seats wanted'), input), join);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!signedIn()) {
        goSignIn();
        return;
      }
      const seats = Number.parseInt(input.value, 10);
      if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS) {
        error = `Please ask for 1 to ${MAX_SEATS} seats.`;
        render();
        return;
      }
      run(join, JOIN_WAITLIST, { showtimeId, seats });
    });
    return [
      el('h2', { id: 'waitlist-heading', class: 'h6' }, free === 0 ? 'Sold out' : `Only ${counted(free, 'seat')} left`),
      el('p', { class: 'small text-body-secondary mb-2' },
        'Join the waitlist: when seats free up we hold them for you and tell you, first come, first served.'),
      signedIn() ? null : el('p', { class: 'small text-body-secondary mb-2' }, 'You will be asked to sign in.'),
      form,
    ];
  }

  function render() {
    const free = freeForWaitlist(model.seats.values());
    const { closed } = model;
    const state = cardState({ closed, free, error, entry });
    if (state === shown) return;
    shown = state;
    if (closed || (!entry && free >= MAX_SEATS)) {
      section.hidden = true;
      section.replaceChildren();
      return;
    }
    section.hidden = false;
    section.replaceChildren(el('div', { class: 'card-body' },
      error ? alertBox(error, 'warning') : null,
      entry ? waitingView() : joinView(free)));
  }

  return { element: section, load, render };
}
