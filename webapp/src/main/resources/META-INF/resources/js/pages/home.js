// Home: the next showtimes at the moviegoer's own cinema (when they chose one: your-cinema.js), now showing and coming
// soon (soonest first, each with its opening day), with a title search and a genre filter (kept in the address:
// #/?search=&genre=).
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, stars, dayKey, dayLabel, shortDateLabel, nearDay } from '../ui.js';
import { SHOWTIME_FIELDS, byMovie, dayTitle, nextDayToBook, nextDays } from '../showtimes.js';
import { yourCinema } from '../your-cinema.js';

const MOVIES = `query Movies($filter: MovieFilter) {
  movies(filter: $filter, size: 100) {
    items { id title genres durationMinutes ageRating language posterUrl averageRating releaseDate }
    total
  }
}`;
const GENRES = 'query Genres { genres }';
const YOUR_CINEMA_WEEK = `query YourCinemaWeek($id: ID!, $from: DateTime, $to: DateTime) {
  showtimes(cinemaId: $id, from: $from, to: $to) { ${SHOWTIME_FIELDS} }
}`;

/**
 * "Today at Lumen Southbank" (or the next day with showtimes to book, within a week): that day's showtimes at the
 * moviegoer's own cinema, one card per film, and a link to the cinema's week.
 */
function yourCinemaSection(yours) {
  const heading = el('h2', { id: 'your-cinema-heading', class: 'h4 mb-3' }, `At ${yours.name}`);
  const area = el('div', { 'aria-live': 'polite' }, loading('Loading your cinema\u2019s showtimes\u2026'));
  const all = el('a', { href: `#/cinemas/${encodeURIComponent(yours.id)}` }, `All showtimes at ${yours.name}`);
  graphql(YOUR_CINEMA_WEEK, { id: yours.id, ...nextDays(7) }).then(({ showtimes }) => {
    const day = nextDayToBook(showtimes);
    if (!day) {
      area.replaceChildren(el('p', { class: 'text-body-secondary' }, 'No showtimes to book there this week.'));
      return;
    }
    heading.textContent = `${dayTitle(day)} at ${yours.name}`;
    area.replaceChildren(byMovie(day.showtimes));
  }).catch((error) => area.replaceChildren(alertBox(error.message)));
  return el('section', { class: 'mb-5', 'aria-labelledby': 'your-cinema-heading', 'data-testid': 'your-cinema-section' },
    heading, area, el('p', { class: 'mt-2 mb-0' }, all));
}

export function poster(movie, className = 'card-img-top') {
  if (movie.posterUrl) {
    return el('img', { src: movie.posterUrl, alt: `Poster of ${movie.title}`, class: `${className} poster`, loading: 'lazy' });
  }
  return el('div', { class: `${className} poster poster-placeholder`, 'aria-hidden': 'true' }, movie.title.slice(0, 1));
}

/** A release date still to come (or today, on the customer's calendar), else null: a past date says nothing. */
function upcomingDate(releaseDate, now) {
  return releaseDate && releaseDate >= dayKey(new Date(now).toISOString()) ? releaseDate : null;
}

/**
 * When a movie coming soon opens, from its release date (yyyy-mm-dd, a calendar day): "Opens today", "Opens
 * tomorrow", "Opens Fri 19 Dec", "Opens 9 Jan 2027" in another year; null without a date to come.
 */
export function openingLabel(releaseDate, now = Date.now()) {
  const date = upcomingDate(releaseDate, now);
  if (!date) return null;
  const near = nearDay(date, undefined, now);
  if (near) return `Opens ${near.toLowerCase()}`;
  const opens = `${date}T12:00:00Z`; // the calendar day itself, named in UTC
  const sameYear = date.slice(0, 4) === dayKey(new Date(now).toISOString()).slice(0, 4);
  return `Opens ${sameYear ? dayLabel(opens, 'UTC') : `${shortDateLabel(opens, 'UTC')} ${date.slice(0, 4)}`}`;
}

/** Coming soon in the order they open; those without a date to come last, by title. */
export function soonestFirst(movies, now = Date.now()) {
  const key = (movie) => upcomingDate(movie.releaseDate, now) ?? '9999';
  return [...movies].sort((a, b) => key(a).localeCompare(key(b)) || a.title.localeCompare(b.title));
}

function movieCard(movie, { upcoming = false } = {}) {
  const opening = upcoming ? openingLabel(movie.releaseDate) : null;
  const details = [`${movie.durationMinutes} min`, movie.ageRating, movie.language].filter(Boolean).join(' · ');
  return el('div', { class: 'col' },
    el('article', { class: 'card h-100 movie-card shadow-sm' },
      poster(movie),
      el('div', { class: 'card-body' },
        el('h3', { class: 'card-title h6' },
          el('a', { href: `#/movies/${encodeURIComponent(movie.id)}`, class: 'stretched-link text-decoration-none' }, movie.title)),
        opening ? el('p', { class: 'card-text small fw-semibold mb-1', 'data-testid': 'opens' }, opening) : null,
        el('p', { class: 'card-text small text-body-secondary mb-2' }, details),
        movie.averageRating ? el('p', { class: 'small mb-2' },
          el('span', { class: 'rating', 'aria-hidden': 'true' }, stars(movie.averageRating)),
          el('span', { class: 'visually-hidden' }, `Rated ${movie.averageRating.toFixed(1)} out of 5`)) : null,
        el('div', { class: 'genres' },
          movie.genres.map((genre) => el('span', { class: 'badge text-bg-light border me-1' }, genre))))));
}

async function fill(container, filter, { upcoming = false } = {}) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(loading('Loading movies…'));
  try {
    const { movies } = await graphql(MOVIES, { filter });
    if (movies.items.length === 0) {
      container.replaceChildren(el('p', { class: 'text-body-secondary' }, 'No movies here right now.'));
    } else {
      const items = upcoming ? soonestFirst(movies.items) : movies.items;
      container.replaceChildren(el('div', { class: 'row row-cols-2 row-cols-md-3 row-cols-lg-4 g-3' },
        items.map((movie) => movieCard(movie, { upcoming }))));
    }
  } catch (error) {
    container.replaceChildren(alertBox(error.message));
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

export function render(root, { query }) {
  const search = query.get('search') || '';
  const genre = query.get('genre') || '';

  const heading = el('h1', { class: 'h3 mb-3' }, 'What\u2019s on');
  const searchInput = el('input', {
    id: 'search', class: 'form-control', type: 'search', name: 'search', placeholder: 'Search movies by title',
    autocomplete: 'off', value: search,
  });
  const genreSelect = el('select', { id: 'genre', class: 'form-select', name: 'genre' },
    el('option', { value: '' }, 'All genres'));
  const form = el('form', { class: 'row g-2 mb-2', role: 'search', 'aria-label': 'Find a movie' },
    el('div', { class: 'col-12 col-sm-6 col-md-5' },
      el('label', { for: 'search', class: 'visually-hidden' }, 'Search movies by title'), searchInput),
    el('div', { class: 'col-8 col-sm-4 col-md-3' },
      el('label', { for: 'genre', class: 'visually-hidden' }, 'Genre'), genreSelect),
    el('div', { class: 'col-4 col-sm-2 col-md-auto' },
      el('button', { class: 'btn btn-primary w-100', type: 'submit' }, 'Search')));

  const apply = () => {
    const params = new URLSearchParams();
    if (searchInput.value.trim()) params.set('search', searchInput.value.trim());
    if (genreSelect.value) params.set('genre', genreSelect.value);
    const next = params.toString() ? `#/?${params}` : '#/';
    if (location.hash === next || (next === '#/' && !location.hash)) {
      load();
    } else {
      location.hash = next;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  genreSelect.addEventListener('change', apply);

  const nowShowing = el('div', { id: 'now-showing', 'aria-live': 'polite' });
  const comingSoon = el('div', { id: 'coming-soon', 'aria-live': 'polite' });
  // a search or a genre asks about films, so the cinema's day stands aside for it
  const yours = search || genre ? null : yourCinema();
  const special = el('p', { class: 'small mb-4' }, 'Looking for a subtitled, audio described, relaxed or parent-and-baby '
    + 'screening? ', el('a', { href: '#/screenings', 'data-testid': 'special-screenings-link' }, 'Special screenings at every cinema'));
  root.append(heading, form, special, ...(yours ? [yourCinemaSection(yours)] : []),
    el('section', { class: 'mb-5', 'aria-labelledby': 'now-showing-heading' },
      el('h2', { id: 'now-showing-heading', class: 'h4 mb-3' }, 'Now showing'), nowShowing),
    el('section', { 'aria-labelledby': 'coming-soon-heading' },
      el('h2', { id: 'coming-soon-heading', class: 'h4 mb-3' }, 'Coming soon'), comingSoon));
  pageTitle(heading, search ? `Movies matching “${search}”` : 'What\u2019s on');

  function load() {
    const base = { search: search || null, genre: genre || null };
    fill(nowShowing, { ...base, status: 'NOW_SHOWING' });
    fill(comingSoon, { ...base, status: 'COMING_SOON' }, { upcoming: true });
  }

  graphql(GENRES).then(({ genres }) => {
    for (const name of genres ?? []) {
      genreSelect.append(el('option', { value: name, selected: name === genre }, name));
    }
  }).catch(() => {
    genreSelect.disabled = true;
  });
  load();
}
