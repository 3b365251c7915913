// Showtime lists: a day picker over the days that have showtimes, and under it the chosen day's showtimes grouped by
// cinema (movie page) or by movie (cinema page).
import { el, dayKey, dayLabel, weekdayLabel, shortDateLabel, nearDay, timeLabel, money, formatLabel } from './ui.js';
import { MAX_SEATS } from './config.js';
import { isYourCinema, yourCinema, yourCinemaBadge, yoursFirst } from './your-cinema.js';

export const SHOWTIME_FIELDS = `id startsAt endsAt cinemaId movieId basePriceCents currency availableSeats status features
  cinema { id name city timeZone } auditorium { id name format } movie { id title }`;

/** The kinds of screening (the API's ScreeningFeature, in its order) and their words (docs/api.md). */
export const SCREENING_FEATURES = [
  ['SUBTITLED', 'Subtitled'],
  ['AUDIO_DESCRIBED', 'Audio described'],
  ['RELAXED', 'Relaxed'],
  ['PARENT_AND_BABY', 'Parent and baby'],
];

/** "Subtitled, Relaxed": a showtime's features in words, or '' for an ordinary screening. */
export function featureWords(features) {
  const words = new Map(SCREENING_FEATURES);
  return (features ?? []).map((f) => words.get(f) ?? f).join(', ');
}

/** "subtitled screenings", "parent and baby screenings": one kind of screening in a sentence. */
export function kindPhrase(kind) {
  return `${featureWords([kind]).toLowerCase()} screenings`;
}

/** The kinds of screening among `showtimes`, in the API's order: what a filter may offer. */
export function featuresIn(showtimes) {
  const present = new Set((showtimes ?? []).flatMap((s) => s.features ?? []));
  return SCREENING_FEATURES.filter(([f]) => present.has(f));
}

/** The showtimes of that kind (all of them when `kind` is empty or unknown). */
export function ofKind(showtimes, kind) {
  if (!kind || !SCREENING_FEATURES.some(([f]) => f === kind)) return [...(showtimes ?? [])];
  return (showtimes ?? []).filter((s) => (s.features ?? []).includes(kind));
}

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

/**
 * What a showtime's button says about its seats: 'Sold out' when none is free (still a link: its seat page offers the
 * waitlist), 'N left' while fewer are free than one booking may hold, else null.
 */
export function seatsNote(showtime) {
  const free = showtime.availableSeats;
  if (free == null) return null;
  if (free === 0) return 'Sold out';
  return free < MAX_SEATS ? `${free} left` : null;
}

function showtimeLink(showtime, label) {
  const timeZone = showtime.cinema?.timeZone;
  const note = seatsNote(showtime);
  const soldOut = showtime.availableSeats === 0;
  const time = timeLabel(showtime.startsAt, timeZone);
  const format = showtime.auditorium?.format && showtime.auditorium.format !== 'STANDARD' ? ` ${formatLabel(showtime.auditorium.format)}` : '';
  const kind = featureWords(showtime.features);
  // the visible words (time, format, kind, note) read together, as a button's name must hold them
  const seen = `${time}${format}${kind ? ` ${kind}` : ''}${note ? ` ${note}` : ''}`;
  const seats = soldOut ? 'join the waitlist' : note ? null : `${showtime.availableSeats ?? '?'} seats left`;
  const name = [`${label ? `${label}, ` : ''}${dayLabel(showtime.startsAt, timeZone)} ${seen}`, showtime.auditorium?.name, seats]
    .filter(Boolean).join(', ');
  return el('a', {
    class: `btn btn-sm ${soldOut ? 'btn-outline-secondary' : 'btn-outline-primary'} showtime-link`,
    href: `#/showtimes/${encodeURIComponent(showtime.id)}`,
    'aria-label': name,
    dataset: { showtimeId: showtime.id, seats: soldOut ? 'sold-out' : note ? 'few' : 'available' },
  }, el('span', { class: 'fw-semibold' }, time), format ? el('span', { class: 'small ms-1' }, format) : null,
  kind ? el('span', { class: 'small d-block', 'data-testid': 'screening-kind' }, ` ${kind}`) : null,
  note ? el('span', { class: 'small d-block', 'data-testid': 'seats-note' }, ` ${note}`) : null);
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

/**
 * The days that have showtimes, earliest first: [{ key: 'yyyy-mm-dd', showtimes }], each showtime on its own
 * cinema's calendar (a showtime at 00:30 in London is on the next day there, whatever the browser's zone).
 */
export function showtimeDays(showtimes) {
  const sorted = [...showtimes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const byDay = groupBy(sorted, (s) => dayKey(s.startsAt, s.cinema?.timeZone));
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, showtimes: list }));
}

/**
 * The first day, on the cinema's calendar, that still has showtimes to book (not cancelled, not started), with those
 * showtimes: what the home page shows of the moviegoer's own cinema. Null when there is none.
 */
export function nextDayToBook(showtimes, now = Date.now()) {
  return showtimeDays((showtimes ?? []).filter((s) => !bookingClosed(s, now)))[0] ?? null;
}

/** "Today", "Tomorrow" or the weekday and date ("Sat 12 Dec") of a day of showtimes, on its cinemas' calendar. */
export function dayTitle(day, now = Date.now()) {
  const { startsAt, cinema } = day.showtimes[0];
  return nearDay(day.key, cinema?.timeZone, now)
    ?? `${weekdayLabel(startsAt, cinema?.timeZone)} ${shortDateLabel(startsAt, cinema?.timeZone)}`;
}

/** "Today", "Tomorrow" or the weekday ("Tue") of a day of showtimes, on its cinemas' calendar. */
export function dayName(day, now = Date.now()) {
  const { startsAt, cinema } = day.showtimes[0];
  return nearDay(day.key, cinema?.timeZone, now) ?? weekdayLabel(startsAt, cinema?.timeZone);
}

/**
 * A row of day buttons over the showtimes of one day at a time. groupOf(showtimes) lays a day's showtimes out;
 * the chosen day starts as {@code day} (yyyy-mm-dd) when it has showtimes, else the first, and onDay(key) hears
 * of each change (the page keeps it in its address, so Back from a seat map returns to the same day).
 */
export function dayPicker(showtimes, groupOf, { day = null, onDay = () => {} } = {}) {
  const days = showtimeDays(showtimes);
  let chosen = days.find((d) => d.key === day) ?? days[0];
  const area = el('div', { 'data-testid': 'day-showtimes' });
  const buttons = days.map((d) => {
    const { startsAt, cinema } = d.showtimes[0];
    const near = nearDay(d.key, cinema?.timeZone);
    const weekday = weekdayLabel(startsAt, cinema?.timeZone);
    // read as "Today, Sun 6 Dec" or "Tue 8 Dec": the visible words, with the weekday after Today and Tomorrow
    const button = el('button', { type: 'button', class: 'btn btn-outline-primary day-button', dataset: { day: d.key } },
      el('span', { class: 'd-block fw-semibold' }, near ?? weekday,
        near ? el('span', { class: 'visually-hidden' }, `, ${weekday}`) : null),
      el('span', { class: 'd-block small' }, ` ${shortDateLabel(startsAt, cinema?.timeZone)}`));
    button.addEventListener('click', () => {
      chosen = d;
      show();
      onDay(d.key);
    });
    return button;
  });
  function show() {
    for (const button of buttons) {
      const pressed = button.dataset.day === chosen.key;
      button.setAttribute('aria-pressed', String(pressed));
      button.classList.toggle('active', pressed);
    }
    area.replaceChildren(groupOf(chosen.showtimes));
  }
  show();
  const picker = el('div', { class: 'day-picker d-flex gap-2 mb-3', role: 'group', 'aria-label': 'Day' }, buttons);
  // a day restored from the address may lie beyond a phone's width: the row opens scrolled to it (not the page)
  requestAnimationFrame(() => {
    const pressed = buttons.find((button) => button.dataset.day === chosen.key);
    const left = pressed ? pressed.offsetLeft - picker.offsetLeft : 0; // within the row, unscrolled
    if (pressed && left + pressed.offsetWidth > picker.clientWidth) picker.scrollLeft = left - 8;
  });
  return el('div', {}, picker, area);
}

/**
 * The day picker under a "Screenings" choice (all, or one kind: subtitled, relaxed, ...), offered when some of the
 * showtimes are of a kind. The kind starts as `kind` and onKind(kind) hears of each change (the page keeps it in its
 * address, as it does the day); a day that still has showtimes of the kind stays chosen.
 */
export function screeningsPicker(showtimes, groupOf, { day = null, onDay = () => {}, kind = '', onKind = () => {} } = {}) {
  const kinds = featuresIn(showtimes);
  if (!kinds.length) return dayPicker(showtimes, groupOf, { day, onDay });
  let chosenDay = day;
  const select = el('select', { id: 'screening-kind', class: 'form-select form-select-sm w-auto', 'data-testid': 'screening-filter' },
    el('option', { value: '' }, 'All screenings'), kinds.map(([value, words]) => el('option', { value }, words)));
  select.value = kinds.some(([value]) => value === kind) ? kind : '';
  const area = el('div', { 'aria-live': 'polite' });
  // with a kind chosen: the way to that kind of screening of every film, at every cinema
  const elsewhere = el('a', { class: 'small', 'data-testid': 'special-screenings-link' });
  function show() {
    const list = ofKind(showtimes, select.value);
    area.replaceChildren(dayPicker(list, groupOf, { day: chosenDay, onDay: (d) => { chosenDay = d; onDay(d); } }));
    elsewhere.hidden = !select.value;
    elsewhere.href = `#/screenings?kind=${encodeURIComponent(select.value)}`;
    elsewhere.textContent = select.value ? `All ${kindPhrase(select.value)}` : '';
  }
  select.addEventListener('change', () => {
    onKind(select.value);
    show();
  });
  show();
  return el('div', {},
    el('div', { class: 'd-flex align-items-center gap-2 mb-2' },
      el('label', { for: 'screening-kind', class: 'small text-body-secondary' }, 'Screenings'), select, elsewhere),
    area);
}

/** Keeps the chosen kind of screening in the page's address, as rememberDay does the day ('' removes it). */
export function rememberKind(kind) {
  const [path, search = ''] = location.hash.split('?');
  const query = new URLSearchParams(search);
  if (kind) query.set('kind', kind); else query.delete('kind');
  const rest = query.toString();
  history.replaceState(history.state, '', rest ? `${path}?${rest}` : path);
}

/** Keeps the chosen day in the page's address (no new history entry), so Back from a seat map returns to it. */
export function rememberDay(day) {
  const [path, search = ''] = location.hash.split('?');
  const query = new URLSearchParams(search);
  query.set('day', day);
  history.replaceState(history.state, '', `${path}?${query}`);
}

function times(showtimes, labelOf) {
  return el('div', { class: 'd-flex flex-wrap gap-2' }, showtimes.map((s) => showtimeLink(s, labelOf?.(s))));
}

/**
 * One day's showtimes of a movie, one list per cinema: the moviegoer's own cinema first (your-cinema.js), then the
 * others by their first showtime of the day.
 */
export function cinemaGroups(showtimes, yours = yourCinema()) {
  const sorted = [...showtimes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const cinemaIdOf = (s) => s.cinemaId ?? s.cinema?.id;
  return yoursFirst([...groupBy(sorted, cinemaIdOf).values()], (list) => cinemaIdOf(list[0]), yours);
}

/** A cinema's card of showtimes: its name (a link), city and, when it is the moviegoer's own, the badge; then `body`. */
function cinemaCard(cinema, yours, { price = null, body }) {
  return el('div', { class: 'col' }, el('section', { class: 'card h-100', 'data-testid': 'cinema-showtimes' },
    el('div', { class: 'card-body' },
      el('h3', { class: 'h6 card-title' },
        el('a', { href: `#/cinemas/${encodeURIComponent(cinema.id)}` }, cinema.name),
        cinema.city ? el('span', { class: 'text-body-secondary fw-normal' }, ` · ${cinema.city}`) : null,
        isYourCinema(cinema.id, yours) ? yourCinemaBadge() : null,
        price),
      body)));
}

function cinemaOf(list) {
  return list[0].cinema ?? { id: list[0].cinemaId, name: 'Cinema' };
}

export function byCinema(showtimes) {
  const yours = yourCinema(); // read once for the day, not once per cinema
  return el('div', { class: 'row row-cols-1 row-cols-lg-2 g-3' }, cinemaGroups(showtimes, yours).map((list) =>
    cinemaCard(cinemaOf(list), yours, { price: fromPrice(list), body: times(list, () => list[0].cinema?.name) })));
}

/**
 * One day's showtimes of many films at many cinemas (the special screenings page): one card per cinema, the
 * moviegoer's own first, and in it each film with its times.
 */
export function byCinemaAndMovie(showtimes) {
  const yours = yourCinema();
  return el('div', { class: 'row row-cols-1 row-cols-lg-2 g-3' }, cinemaGroups(showtimes, yours).map((list) => {
    const cinema = cinemaOf(list);
    const films = [...groupBy(list, (s) => s.movieId ?? s.movie?.id).values()];
    return cinemaCard(cinema, yours, { body: films.map((film) => {
      const movie = film[0].movie ?? { id: film[0].movieId, title: 'Movie' };
      return el('div', { class: 'mb-2', 'data-testid': 'film-showtimes' },
        el('h4', { class: 'h6 small fw-semibold mb-1' },
          el('a', { href: `#/movies/${encodeURIComponent(movie.id)}` }, movie.title)),
        times(film, () => `${movie.title} at ${cinema.name}`));
    }) });
  }));
}

/** Cinema page: one day's showtimes, one card per movie. */
export function byMovie(showtimes) {
  const sorted = [...showtimes].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const byMovieId = groupBy(sorted, (s) => s.movieId ?? s.movie?.id);
  return el('div', { class: 'row row-cols-1 row-cols-lg-2 g-3' }, [...byMovieId.values()].map((list) => {
    const movie = list[0].movie ?? { id: list[0].movieId, title: 'Movie' };
    return el('div', { class: 'col' }, el('section', { class: 'card h-100' },
      el('div', { class: 'card-body' },
        el('h3', { class: 'h6 card-title' }, el('a', { href: `#/movies/${encodeURIComponent(movie.id)}` }, movie.title),
          fromPrice(list)),
        times(list, () => movie.title))));
  }));
}
