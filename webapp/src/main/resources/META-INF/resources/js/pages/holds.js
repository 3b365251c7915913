// My holds: the signed-in customer's seats on hold, each with its countdown, a way back to its seat map and release.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, goSignIn } from '../ui.js';

const MY_BOOKINGS = `query MyHolds {
  myBookings(upcoming: true) {
    id code status showtimeId holdExpiresAt totalCents currency tickets { seatId seatLabel }
    showtime { id startsAt movie { id title } cinema { id name timeZone } auditorium { name } }
  }
}`;
const RELEASE = 'mutation Release($id: ID!) { releaseHold(bookingId: $id) { id status } }';

function left(expiresAt) {
  const total = Math.max(0, Math.ceil((new Date(expiresAt).getTime() - Date.now()) / 1000));
  return { total, text: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` };
}

export function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'My holds');
  const list = el('div', { 'aria-live': 'polite' }, loading('Loading your holds…'));
  root.append(heading, list);
  pageTitle(heading);
  let timer = null;

  async function load() {
    clearInterval(timer);
    try {
      const { myBookings } = await graphql(MY_BOOKINGS);
      const holds = (myBookings ?? []).filter((b) => b.status === 'HELD' && left(b.holdExpiresAt).total > 0);
      if (!holds.length) {
        list.replaceChildren(el('p', { class: 'text-body-secondary' }, 'You have no seats on hold. ',
          el('a', { href: '#/' }, 'Find a movie')));
        return;
      }
      const countdowns = [];
      list.replaceChildren(el('ul', { class: 'list-group' }, holds.map((b) => {
        const countdown = el('span', { class: 'fw-semibold', role: 'timer', 'aria-live': 'off' }, left(b.holdExpiresAt).text);
        countdowns.push([countdown, b]);
        const release = el('button', { type: 'button', class: 'btn btn-sm btn-outline-danger' }, 'Release');
        release.addEventListener('click', async () => {
          release.disabled = true;
          try {
            await graphql(RELEASE, { id: b.id });
            load();
          } catch (error) {
            if (error.code === 'UNAUTHENTICATED') {
              goSignIn();
              return;
            }
            list.prepend(alertBox(error.message));
            release.disabled = false;
          }
        });
        const show = b.showtime;
        return el('li', { class: 'list-group-item', 'data-booking-code': b.code ?? '' },
          el('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
            el('div', {},
              el('h2', { class: 'h6 mb-1' }, show?.movie?.title ?? 'Showtime'),
              show ? el('p', { class: 'small text-body-secondary mb-1' },
                [show.cinema?.name, show.auditorium?.name, dateTimeLabel(show.startsAt, show.cinema?.timeZone)].filter(Boolean).join(' · ')) : null,
              el('p', { class: 'small mb-1' }, `Booking ${b.code ?? ''} · Seats ${b.tickets.map((t) => t.seatLabel).join(', ')} · ${money(b.totalCents, b.currency)}`),
              el('p', { class: 'small mb-0' }, 'Time left: ', countdown)),
            el('div', { class: 'd-flex gap-2 align-items-start' },
              el('a', { class: 'btn btn-sm btn-primary', href: `#/checkout/${encodeURIComponent(b.id)}` }, 'Checkout'),
              el('a', { class: 'btn btn-sm btn-outline-primary', href: `#/showtimes/${encodeURIComponent(b.showtimeId)}` }, 'Seats'),
              release)));
      })));
      timer = setInterval(() => {
        for (const [node, b] of countdowns) {
          const now = left(b.holdExpiresAt);
          node.textContent = now.text;
          if (now.total === 0) {
            load();
            return;
          }
        }
      }, 1000);
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      list.replaceChildren(alertBox(error.message));
    }
  }
  load();
  return () => clearInterval(timer);
}
