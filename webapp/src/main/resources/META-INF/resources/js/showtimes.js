// Showtime lists grouped by cinema and day (movie page) or by day and movie (cinema page).
import { el, dayKey, dayLabel, timeLabel, money, formatLabel } from './ui.js';

export const SHOWTIME_FIELDS = `id startsAt endsAt cinemaId movieId basePriceCents currency availableSeats status
  cinema { id name city timeZone } auditorium { id name format } movie { id title }`;

/**
 * Why a showtime takes no bookings now, 'cancelled' or 'started', or null while it does: the booking service refuses
 * holds from the showtime's start on.
 */
export function bookingClosed(showtime, now = Date.now()) {
  if (showtime.status === 'CANCELLED') return 'cancelled';
  if (Date.parse(showtime.startsAt) <= now) return 'started';
  return null;
}

export function nextDays(days = 14) {
  const from = new Date();
  const to = new Date(from.getTime() + days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

function showtimeLink(showtime, label) {
  const timeZone = showtime.cinema?.timeZone;
  const soldOut = showtime.availableSeats === 0;
  const time = timeLabel(showtime.startsAt, timeZone);
  const format = showtime.auditorium?.format && showtime.auditorium.format !== 'STANDARD' ? ` ${formatLabel(showtime.auditorium.format)}` : '';
  const seats = soldOut ? 'sold out' : `${showtime.availableSeats ?? '?'} seats left`;
  const name = `${label ? `${label}, ` : ''}${dayLabel(showtime.startsAt, timeZone)} ${time}${format}, ${showtime.auditorium?.name ?? ''}, ${seats}`;
  return el('a', {
    class: `btn btn-sm ${soldOut ? 'btn-outline-secondary disabled' : 'btn-outline-primary'} showtime-link`,
    href: `#/showtimes/${encodeURIComponent(showtime.id)}`,
    'aria-label': name,
    'aria-disabled': soldOut ? 'true' : null,
    dataset: { showtimeId: showtime.id },
  }, el('span', { class: 'fw-semibold' }, time), format ? el('span', { class: 'small ms-1' }, format) : null);
}

/** The lowest base price among showtimes (one cinema's, so one currency): what "from" quotes. */
export function lowestPrice(showtimes) {
  const cheapest = showtimes.reduce((low, s) => (low && low.basePriceCents <= s.basePriceCents ? low : s), null);
  return cheapest ? { cents: cheapest.basePriceCents, currency: cheapest.currency } : null;
}

function fromPrice(showtimes) {
  const price = lowestPrice(showtimes);
  return price ? el('span', { class: 'text-body-secondary fw-normal small' }, ` · from ${money(price.cents, price.currency)}`) : null;
}

function days(showtimes, labelOf) {
  const byDay = groupBy(showtimes, (s) => dayKey(s.startsAt, s.cinema?.timeZone));
  return el('dl', { class: 'showtime-days mb-0' }, [...byDay.entries()].map(([, list]) => [
    el('dt', { class: 'small text-body-secondary fw-normal' }, dayLabel(list[0].startsAt, list[0].cinema?.timeZone)),
    el('dd', { class: 'd-flex flex-wrap gap-2' }, list.map((s) => showtimeLink(s, labelOf?.(s)))),
  ]));
}

/** Movie page: one card per cinema, and inside it one line per day. */
export function byCinema(showtimes) {
  const sorted = [...showtimes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const byCinemaId = groupBy(sorted, (s) => s.cinemaId ?? s.cinema?.id);
  return el('div', { class: 'row row-cols-1 row-cols-lg-2 g-3' }, [...byCinemaId.values()].map((list) => {
    const cinema = list[0].cinema ?? { id: list[0].cinemaId, name: 'Cinema' };
    return el('div', { class: 'col' }, el('section', { class: 'card h-100' },
      el('div', { class: 'card-body' },
        el('h3', { class: 'h6 card-title' },
          el('a', { href: `#/cinemas/${encodeURIComponent(cinema.id)}` }, cinema.name),
          cinema.city ? el('span', { class: 'text-body-secondary fw-normal' }, ` · ${cinema.city}`) : null,
          fromPrice(list)),
        days(list, () => list[0].cinema?.name))));
  }));
}

/** Cinema page: one card per movie, and inside it one line per day. */
export function byMovie(showtimes) {
  const sorted = [...showtimes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const byMovieId = groupBy(sorted, (s) => s.movieId ?? s.movie?.id);
  return el('div', { class: 'row row-cols-1 row-cols-lg-2 g-3' }, [...byMovieId.values()].map((list) => {
    const movie = list[0].movie ?? { id: list[0].movieId, title: 'Movie' };
    return el('div', { class: 'col' }, el('section', { class: 'card h-100' },
      el('div', { class: 'card-body' },
        el('h3', { class: 'h6 card-title' }, el('a', { href: `#/movies/${encodeURIComponent(movie.id)}` }, movie.title),
          fromPrice(list)),
        days(list, () => movie.title))));
  }));
}
