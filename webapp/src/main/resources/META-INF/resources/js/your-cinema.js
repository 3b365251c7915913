// "Your cinema": the cinema a moviegoer picks on its page, remembered by this browser (nothing is sent anywhere, so it
// works before signing in). The home page opens with its next day of showtimes, the movie page lists its showtimes
// first and the cinema list marks it. Pure functions take the storage, so node --test runs them against a
// Map-backed stand-in.
import { el } from './ui.js';

export const YOUR_CINEMA_KEY = 'cinema.yours';

/** The storage the browser gives, or null where it has none or refuses it (some private modes). */
function browserStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The remembered cinema, `{ id, name }`, or null (none chosen, or what was stored is not one). */
export function yourCinema(storage = browserStorage()) {
  try {
    const stored = JSON.parse(storage?.getItem(YOUR_CINEMA_KEY) ?? 'null');
    return stored && typeof stored.id === 'string' && stored.id && typeof stored.name === 'string' ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers `cinema` as theirs; false when the browser keeps nothing (the choice then lasts this page only). */
export function chooseYourCinema(cinema, storage = browserStorage()) {
  try {
    storage.setItem(YOUR_CINEMA_KEY, JSON.stringify({ id: String(cinema.id), name: cinema.name }));
    return true;
  } catch {
    return false;
  }
}

export function forgetYourCinema(storage = browserStorage()) {
  try {
    storage.removeItem(YOUR_CINEMA_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

/** Whether `id` is the remembered cinema's. */
export function isYourCinema(id, yours = yourCinema()) {
  return yours != null && String(id) === yours.id;
}

/** A copy of `items` with those of your cinema first; the others keep their order. */
export function yoursFirst(items, cinemaIdOf, yours = yourCinema()) {
  const list = [...(items ?? [])];
  if (!yours) return list;
  return [...list.filter((item) => isYourCinema(cinemaIdOf(item), yours)),
    ...list.filter((item) => !isYourCinema(cinemaIdOf(item), yours))];
}

/** The "Your cinema" badge beside a cinema's name. */
export function yourCinemaBadge() {
  return el('span', { class: 'badge text-bg-success ms-2 align-middle', 'data-testid': 'your-cinema-badge' }, 'Your cinema');
}

/**
 * The cinema page's toggle button "My cinema" (pressed once it is theirs; a second press forgets it). Its name stays
 * the same, as a toggle's should; what changed is said in `status`, a polite live region.
 */
export function yourCinemaToggle(cinema, status) {
  const tick = el('span', { 'aria-hidden': 'true' });
  const button = el('button', { type: 'button', class: 'btn btn-outline-success btn-sm', 'data-testid': 'your-cinema-toggle' },
    tick, 'My cinema');
  function show() {
    const yours = isYourCinema(cinema.id);
    button.setAttribute('aria-pressed', String(yours));
    button.classList.toggle('active', yours);
    tick.textContent = yours ? '\u2713 ' : '';
  }
  button.addEventListener('click', () => {
    if (isYourCinema(cinema.id)) {
      forgetYourCinema();
      status.textContent = `${cinema.name} is no longer your cinema.`;
    } else {
      status.textContent = chooseYourCinema(cinema)
        ? `${cinema.name} is your cinema: its showtimes come first on every movie's page.`
        : 'This browser keeps no settings, so your cinema cannot be remembered.';
    }
    show();
  });
  show();
  return button;
}
