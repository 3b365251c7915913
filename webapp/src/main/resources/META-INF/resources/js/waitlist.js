// The customer's waitlist entries on My bookings (issue #21; docs/api.md, "Waitlist"): where they wait and for how
// many seats, or the seats held for them from the waitlist and until when, each with a way to leave. Only active
// entries are listed.
import { graphql } from './graphql.js';
import { el, alertBox, dateTimeLabel, timeLabel, counted } from './ui.js';
import { LEAVE_WAITLIST } from './seats/waitlist.js';

export const MY_WAITLIST_WITH_SHOWTIMES = `query MyWaitlistEntries { myWaitlist { id showtimeId seats status position
  bookingId offerExpiresAt showtime { id startsAt movie { title } cinema { name timeZone } } } }`;

/** What an active entry says: "Number 2 in the queue for 3 seats" or "Seats held for you until 19:45". */
export function entryText(entry, timeZone) {
  if (entry.status === 'OFFERED') {
    return `Seats held for you until ${timeLabel(entry.offerExpiresAt, timeZone)}: pay for them to keep them.`;
  }
  return `Number ${entry.position} in the queue for ${counted(entry.seats, 'seat')}.`;
}

/** Leaving gives seats held from the waitlist back too: the button says so. */
export function leaveLabel(entry) {
  return entry.status === 'OFFERED' ? 'Leave and give the seats back' : 'Leave the waitlist';
}

function item(entry) {
  const show = entry.showtime;
  const zone = show?.cinema?.timeZone;
  const title = show?.movie?.title ?? 'Showtime';
  const href = entry.status === 'OFFERED' && entry.bookingId
    ? `#/checkout/${encodeURIComponent(entry.bookingId)}` : `#/showtimes/${encodeURIComponent(entry.showtimeId)}`;
  const text = el('p', { class: 'small mb-2', 'aria-live': 'polite' }, entryText(entry, zone));
  const leave = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
    'aria-label': `${leaveLabel(entry)}: ${title}` }, leaveLabel(entry));
  const row = el('li', { class: 'list-group-item', 'data-testid': 'waitlist-item', 'data-status': entry.status },
    el('h3', { class: 'h6 mb-1' }, el('a', { href }, title)),
    el('p', { class: 'small text-body-secondary mb-1' },
      [show?.cinema?.name, show ? dateTimeLabel(show.startsAt, zone) : null].filter(Boolean).join(' \u00b7 ')),
    text, leave);
  leave.addEventListener('click', async () => {
    leave.disabled = true;
    try {
      const { leaveWaitlist } = await graphql(LEAVE_WAITLIST, { showtimeId: entry.showtimeId });
      row.dataset.status = leaveWaitlist?.status ?? 'LEFT';
      text.textContent = 'You left the waitlist.';
      leave.remove();
    } catch (error) {
      leave.disabled = false;
      text.replaceChildren(entryText(entry, zone), ' ', el('span', { class: 'text-danger' },
        `Could not leave: ${['CONFLICT', 'NOT_FOUND'].includes(error.code) && error.serverMessage
          ? error.serverMessage : error.message}`));
    }
  });
  return row;
}

/** The Waitlist section, or null when the customer waits for nothing; a failure never hides the page around it. */
export async function myWaitlistSection() {
  try {
    const { myWaitlist } = await graphql(MY_WAITLIST_WITH_SHOWTIMES);
    const active = (myWaitlist ?? []).filter((e) => e.status === 'WAITING' || e.status === 'OFFERED');
    if (!active.length) return null;
    return el('section', { class: 'mb-4', 'aria-labelledby': 'waitlist-entries', 'data-testid': 'waitlist-section' },
      el('h2', { id: 'waitlist-entries', class: 'h5' }, 'Waitlist'),
      el('ul', { class: 'list-group' }, active.map(item)));
  } catch (error) {
    return alertBox(`Your waitlist could not be loaded: ${error.message}`, 'warning');
  }
}
