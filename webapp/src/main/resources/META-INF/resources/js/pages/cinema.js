// Cinema detail: address, facilities, auditoriums and the week's showtimes, a day at a time; "My cinema" makes it the
// moviegoer's own (your-cinema.js).
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, formatLabel, addressLine, directionsUrl, externalLink } from '../ui.js';
import { SHOWTIME_FIELDS, nextDays, byMovie, screeningsPicker, rememberDay, rememberKind } from '../showtimes.js';
import { yourCinemaToggle } from '../your-cinema.js';

const CINEMA = `query Cinema($id: ID!) {
  cinema(id: $id) {
    id name address city phone timeZone latitude longitude facilities
    auditoriums { id name format capacity }
  }
}`;
const SHOWTIMES = `query CinemaShowtimes($id: ID!, $from: DateTime, $to: DateTime) {
  showtimes(cinemaId: $id, from: $from, to: $to) { ${SHOWTIME_FIELDS} }
}`;

function facilityLabel(name) {
  return name.toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

export async function render(root, { params: [id], query }) {
  root.append(loading('Loading the cinema…'));
  let cinema;
  try {
    ({ cinema } = await graphql(CINEMA, { id }));
  } catch (error) {
    root.replaceChildren(alertBox(error.message));
    return;
  }
  if (!cinema) {
    root.replaceChildren(el('h1', { class: 'h3' }, 'Cinema not found'), alertBox('We could not find that.'),
      el('a', { href: '#/cinemas' }, 'All cinemas'));
    return;
  }
  const heading = el('h1', { class: 'h3 mb-1' }, cinema.name);
  const directions = directionsUrl(cinema);
  const chosen = el('span', { class: 'small text-body-secondary', 'aria-live': 'polite', 'data-testid': 'your-cinema-status' });
  const showtimesArea = el('div', { 'aria-live': 'polite' }, loading('Loading showtimes…'));
  root.replaceChildren(
    el('nav', { 'aria-label': 'Breadcrumb' }, el('ol', { class: 'breadcrumb small' },
      el('li', { class: 'breadcrumb-item' }, el('a', { href: '#/cinemas' }, 'Cinemas')),
      el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, cinema.name))),
    heading,
    el('p', { class: 'text-body-secondary' }, addressLine(cinema.address, cinema.city),
      cinema.phone ? [' · ', el('a', { href: `tel:${cinema.phone}` }, cinema.phone)] : null,
      directions ? [' · ', externalLink(directions, 'Directions', { 'data-testid': 'directions' })] : null),
    el('div', { class: 'd-flex flex-wrap align-items-center gap-2 mb-3' }, yourCinemaToggle(cinema, chosen),
      chosen),
    el('div', { class: 'row g-4' },
      el('section', { class: 'col-12 col-md-6', 'aria-labelledby': 'facilities-heading' },
        el('h2', { id: 'facilities-heading', class: 'h5' }, 'Facilities'),
        cinema.facilities?.length
          ? el('ul', { class: 'list-inline' }, cinema.facilities.map((f) => el('li', { class: 'list-inline-item badge text-bg-light border' }, facilityLabel(f))))
          : el('p', { class: 'text-body-secondary' }, 'No facilities listed.')),
      el('section', { class: 'col-12 col-md-6', 'aria-labelledby': 'auditoriums-heading' },
        el('h2', { id: 'auditoriums-heading', class: 'h5' }, 'Auditoriums'),
        el('ul', { class: 'list-group list-group-flush' }, (cinema.auditoriums ?? []).map((a) => el('li', { class: 'list-group-item px-0 d-flex justify-content-between' },
          el('span', {}, a.name, a.format ? el('span', { class: 'badge text-bg-secondary ms-2' }, formatLabel(a.format)) : null),
          a.capacity ? el('span', { class: 'small text-body-secondary' }, `${a.capacity} seats`) : null))))),
    el('section', { class: 'mt-4', 'aria-labelledby': 'cinema-showtimes-heading' },
      el('h2', { id: 'cinema-showtimes-heading', class: 'h4 mb-3' }, 'Showtimes this week'), showtimesArea));
  pageTitle(heading);

  try {
    const { showtimes } = await graphql(SHOWTIMES, { id, ...nextDays(7) });
    const list = (showtimes ?? []).filter((s) => s.status !== 'CANCELLED');
    showtimesArea.replaceChildren(list.length ? screeningsPicker(list, byMovie, { day: query?.get('day'), onDay: rememberDay,
        kind: query?.get('kind') ?? '', onKind: rememberKind })
      : el('p', { class: 'text-body-secondary' }, 'No showtimes this week.'));
  } catch (error) {
    showtimesArea.replaceChildren(alertBox(error.message));
  }
}
