// My bookings: upcoming and past, each with its status, linking to the booking's detail; then the waitlist entries
// (when there are any) and the rewards.
import { graphql } from '../graphql.js';
import { BOOKING_FIELDS, statusBadge } from '../bookings.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, goSignIn } from '../ui.js';
import { seatList } from '../ticket-types.js';
import { rewardsSection } from '../rewards.js';
import { myWaitlistSection } from '../waitlist.js';

const MY_BOOKINGS = `query MyBookings { myBookings { ${BOOKING_FIELDS} } }`;
/** Holds that ran out or were released say nothing a customer needs; they stay out of the list. */
const HIDDEN = new Set(['EXPIRED']);

function item(b) {
  const show = b.showtime;
  const href = b.status === 'HELD' ? `#/checkout/${encodeURIComponent(b.id)}` : `#/bookings/${encodeURIComponent(b.id)}`;
  return el('li', { class: 'list-group-item', 'data-booking-code': b.code, 'data-testid': 'booking-item' },
    el('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
      el('div', {},
        el('h3', { class: 'h6 mb-1' }, el('a', { href, 'aria-label': `${show?.movie?.title ?? 'Booking'}, booking ${b.code}` }, show?.movie?.title ?? `Booking ${b.code}`)),
        el('p', { class: 'small text-body-secondary mb-1' },
          [show?.cinema?.name, show ? dateTimeLabel(show.startsAt, show.cinema?.timeZone) : null].filter(Boolean).join(' \u00b7 ')),
        el('p', { class: 'small mb-0' }, `Booking ${b.code} \u00b7 Seats ${seatList(b.tickets)} \u00b7 ${money(b.totalCents, b.currency)}`)),
      el('div', {}, statusBadge(b.status))));
}

function group(id, title, bookings, empty) {
  return el('section', { class: 'mb-4', 'aria-labelledby': id },
    el('h2', { id, class: 'h5' }, title),
    bookings.length ? el('ul', { class: 'list-group', 'data-testid': id }, bookings.map(item))
      : el('p', { class: 'text-body-secondary' }, empty));
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'My bookings');
  const content = el('div', { 'aria-live': 'polite' }, loading('Loading your bookings…'));
  root.append(heading, content);
  pageTitle(heading);
  try {
    const { myBookings } = await graphql(MY_BOOKINGS);
    const now = Date.now();
    const all = (myBookings ?? []).filter((b) => !HIDDEN.has(b.status));
    const startOf = (b) => new Date(b.showtime?.startsAt ?? 0).getTime();
    const upcoming = all.filter((b) => startOf(b) >= now).sort((a, b) => startOf(a) - startOf(b));
    const past = all.filter((b) => startOf(b) < now).sort((a, b) => startOf(b) - startOf(a));
    content.replaceChildren(...[
      group('upcoming-bookings', 'Upcoming', upcoming, 'No upcoming bookings.'),
      group('past-bookings', 'Past', past, 'No past bookings yet.'),
      await myWaitlistSection(),
      await rewardsSection(),
      el('p', {}, el('a', { href: '#/' }, 'Find a movie'))].filter(Boolean));
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED') {
      goSignIn();
      return;
    }
    content.replaceChildren(alertBox(error.message));
  }
}
