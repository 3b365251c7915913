// The door (staff): a ticket's QR code is scanned (a scanner types it and Enter) or pasted, and checkInTicket
// admits it once, at its own cinema's door, from when its showtime's door opens until it ends (docs/api.md). The
// answer can be read at a glance across a foyer: Admitted in green, Not admitted in red with why, in the cinema's
// own time. Which cinema's door this device is stays on the device.
import { graphql } from '../graphql.js';
import { el, pageTitle, alertBox, counted, dateTimeLabel, localOrUtcLabel } from '../ui.js';
import { adminNav } from './nav.js';
import { seatList } from '../ticket-types.js';

const CHECK_IN = 'mutation($p: String!, $c: ID) { checkInTicket(payload: $p, cinemaId: $c) { id } }';
const CINEMAS = '{ cinemas { id name } }';
const DOOR_KEY = 'cinema.door.cinemaId';
const BOOKING = `query($c: String) { bookings(filter: { code: $c }, size: 1) { items { code status
  tickets { seatLabel ticketType } showtime { startsAt movie { title } cinema { name timeZone } auditorium { name } } } } }`;
const RECENT = 5;

/**
 * The booking code a pass names (CT1.<base64url of "CODE:ticket ids">.<signature>), or null. Read only to show staff
 * which booking a scan was; whether it admits anyone is the booking service's call alone.
 */
export function bookingCodeOf(payload) {
  const body = /^CT1\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/.exec(payload.trim())?.[1];
  if (!body) return null;
  try {
    const text = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return /^([A-Z0-9]{4,40}):[\d,]+$/.exec(text)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** "Orbit of Glass · Sun 6 Dec, 19:30 · Lumen Ancoats – Screen 1 · 2 tickets: A1, A2", of what is known. */
export function describe(booking) {
  if (!booking) return '';
  const s = booking.showtime;
  const zone = s?.cinema?.timeZone ?? 'UTC';
  // a concession is named ("A2 (Child)"), so staff see at a glance whose age or card to check
  return [s?.movie?.title, s && dateTimeLabel(s.startsAt, zone),
    s?.cinema && `${s.cinema.name}${s.auditorium ? ` \u2013 ${s.auditorium.name}` : ''}`,
    `${counted(booking.tickets.length, 'ticket')}: ${seatList(booking.tickets)}`].filter(Boolean).join(' \u00b7 ');
}

/**
 * Why a scan let nobody in, as staff would say it (times in the cinema's zone where the booking is known; cinemas by
 * name from `cinemaNames`, id to name).
 */
export function refusal(error, booking, cinemaNames = new Map()) {
  const zone = booking?.showtime?.cinema?.timeZone;
  const at = (iso) => localOrUtcLabel(iso, zone);
  const startsAt = error.extensions?.showtimeStartsAt;
  if (error.reason === 'WRONG_CINEMA') {
    const id = error.extensions.cinemaId;
    return `Wrong cinema: this ticket is for ${booking?.showtime?.cinema?.name ?? cinemaNames.get(id) ?? `cinema ${id}`}.`;
  }
  if (error.reason === 'TOO_EARLY' && startsAt) return `Too early: this ticket is for ${at(startsAt)}.`;
  if (error.reason === 'SHOWTIME_OVER' && startsAt) return `This ticket was for ${at(startsAt)}, which has ended.`;
  if (error.extensions?.checkedInAt) return `Already used at ${at(error.extensions.checkedInAt)}.`;
  if (error.code === 'VALIDATION') return 'Not a ticket of this cinema chain.';
  return error.explained;
}

/** The door's cinema as this device remembers it, if it is still one of the cinemas. */
function rememberedDoor(cinemas) {
  try {
    const id = localStorage.getItem(DOOR_KEY);
    return cinemas.some((c) => c.id === id) ? id : '';
  } catch {
    return '';
  }
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Door');
  let cinemas = [];
  try {
    ({ cinemas } = await graphql(CINEMAS));
  } catch {
    // without the list the door cannot be told its cinema: it still admits, checking day and time only
  }
  const pass = el('input', { id: 'door-pass', name: 'payload', class: 'form-control form-control-lg', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': 'door-help', required: true });
  const verdict = el('div', { 'aria-live': 'assertive', 'data-testid': 'door-verdict' });
  const recent = el('ol', { class: 'list-unstyled small', 'data-testid': 'door-recent' });
  const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-lg text-nowrap' }, 'Check in');
  const cinemaNames = new Map(cinemas.map((c) => [c.id, c.name]));
  const doorOf = el('select', { id: 'door-cinema', class: 'form-select' },
    el('option', { value: '' }, 'Any cinema (no check)'),
    cinemas.map((c) => el('option', { value: c.id }, c.name)));
  doorOf.value = rememberedDoor(cinemas);
  doorOf.addEventListener('change', () => {
    try { localStorage.setItem(DOOR_KEY, doorOf.value); } catch { /* private mode: chosen for this visit only */ }
    pass.focus();
  });

  async function scan(payload) {
    const code = bookingCodeOf(payload);
    // The booking is read beside the check-in, to say what was admitted (or for when); its failure costs only that.
    const details = code ? graphql(BOOKING, { c: code }).then((d) => d.bookings.items[0] ?? null, () => null) : Promise.resolve(null);
    let admitted = true;
    let problem = null;
    try {
      await graphql(CHECK_IN, { p: payload, c: doorOf.value || null });
    } catch (error) {
      admitted = false;
      problem = error;
    }
    const booking = await details;
    const title = admitted ? 'Admitted' : 'Not admitted';
    // the verdict, why not (when not), then what the ticket is for
    verdict.replaceChildren(el('div', { class: `alert ${admitted ? 'alert-success' : 'alert-danger'} mb-3`,
      'data-outcome': admitted ? 'admitted' : 'refused', 'data-booking-code': code ?? '' },
    el('p', { class: 'h4 mb-1' }, title),
    admitted ? null : el('p', { class: 'fw-semibold mb-1' }, refusal(problem, booking, cinemaNames)),
    el('p', { class: 'mb-0' }, describe(booking))));
    recent.prepend(el('li', { class: 'border-bottom py-1' },
      el('strong', {}, `${new Date().toTimeString().slice(0, 5)} ${title}`), ` ${code ?? 'unreadable code'}`));
    while (recent.children.length > RECENT) recent.lastChild.remove();
  }

  const form = el('form', { class: 'mb-3', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const payload = pass.value.trim();
    if (!payload) { verdict.replaceChildren(alertBox('Scan or paste a ticket first.')); pass.focus(); return; }
    submit.disabled = true;
    try {
      await scan(payload);
    } finally {
      // ready for the next guest at once
      pass.value = '';
      submit.disabled = false;
      pass.focus();
    }
  } },
  el('div', { class: 'mb-3' }, el('label', { for: 'door-cinema', class: 'form-label' }, 'This door is at'), doorOf),
  el('label', { for: 'door-pass', class: 'form-label' }, 'Ticket code'),
  el('div', { class: 'd-flex gap-2' }, pass, submit),
  el('p', { id: 'door-help', class: 'form-text' },
    'Scan the QR code on the guest\u2019s ticket (the scanner types it and presses Enter), or paste its text. '
    + 'Each ticket lets its guests in once, from when its showtime\u2019s door opens until the showtime ends.'));

  root.append(adminNav('door'), heading, form, verdict,
    el('h2', { class: 'h6 mt-4' }, 'Last scans'), recent);
  pageTitle(heading, 'Door');
  pass.focus();
}
