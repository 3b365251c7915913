// Cinemas: the list, a city filter and "near me" (the browser's location, with distances).
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, addressLine } from '../ui.js';
import { isYourCinema, yourCinemaBadge, yoursFirst } from '../your-cinema.js';

const CINEMAS = `query Cinemas($city: String, $near: GeoPointInput, $radiusKm: Float) {
  cinemas(city: $city, near: $near, radiusKm: $radiusKm) { id name address city distanceKm facilities }
}`;
const CITIES = 'query Cities { cinemas { id city } }';

function facilityLabel(name) {
  return name.toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

function cinemaItem(cinema) {
  return el('li', { class: 'list-group-item d-flex flex-wrap justify-content-between align-items-start gap-2 position-relative' },
    el('div', {},
      el('h2', { class: 'h6 mb-1' }, el('a', { href: `#/cinemas/${encodeURIComponent(cinema.id)}`, class: 'stretched-link' }, cinema.name),
        isYourCinema(cinema.id) ? yourCinemaBadge() : null),
      el('p', { class: 'small text-body-secondary mb-1' }, addressLine(cinema.address, cinema.city)),
      el('div', {}, (cinema.facilities ?? []).slice(0, 6).map((f) => el('span', { class: 'badge text-bg-light border me-1' }, facilityLabel(f))))),
    cinema.distanceKm != null
      ? el('span', { class: 'badge text-bg-primary rounded-pill', 'data-testid': 'distance' }, `${cinema.distanceKm.toFixed(1)} km`)
      : null);
}

export function render(root, { query }) {
  const city = query.get('city') || '';
  const heading = el('h1', { class: 'h3 mb-3' }, 'Cinemas');
  const citySelect = el('select', { id: 'city', class: 'form-select', name: 'city' }, el('option', { value: '' }, 'All cities'));
  const nearButton = el('button', { type: 'button', class: 'btn btn-outline-primary' }, 'Near me');
  const status = el('div', { 'aria-live': 'polite' });
  const list = el('div', { 'aria-live': 'polite' });
  root.append(heading,
    el('div', { class: 'row g-2 mb-3 align-items-end' },
      el('div', { class: 'col-7 col-sm-5 col-md-4' }, el('label', { for: 'city', class: 'form-label small' }, 'City'), citySelect),
      el('div', { class: 'col-5 col-sm-auto' }, nearButton)),
    status, list);
  pageTitle(heading);

  async function show(variables) {
    list.setAttribute('aria-busy', 'true');
    list.replaceChildren(loading('Loading cinemas…'));
    try {
      const { cinemas } = await graphql(CINEMAS, variables);
      const sorted = [...(cinemas ?? [])];
      if (variables.near) {
        sorted.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
      } else {
        sorted.sort((a, b) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name));
      }
      // nearest first when asked for; otherwise the moviegoer's own cinema heads the list
      const ordered = variables.near ? sorted : yoursFirst(sorted, (c) => c.id);
      list.replaceChildren(ordered.length
        ? el('ul', { class: 'list-group' }, ordered.map(cinemaItem))
        : el('p', { class: 'text-body-secondary' }, variables.near ? 'No cinemas within 50 km of you.' : 'No cinemas here yet.'));
    } catch (error) {
      list.replaceChildren(alertBox(error.message));
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  citySelect.addEventListener('change', () => {
    location.hash = citySelect.value ? `#/cinemas?city=${encodeURIComponent(citySelect.value)}` : '#/cinemas';
  });
  nearButton.addEventListener('click', () => {
    if (!navigator.geolocation) {
      status.replaceChildren(alertBox('Your browser cannot tell us where you are.', 'warning'));
      return;
    }
    nearButton.disabled = true;
    status.replaceChildren(loading('Finding where you are…'));
    navigator.geolocation.getCurrentPosition((position) => {
      nearButton.disabled = false;
      status.replaceChildren(el('p', { class: 'small text-body-secondary' }, 'Cinemas within 50 km, nearest first.'));
      citySelect.value = '';
      show({ near: { latitude: position.coords.latitude, longitude: position.coords.longitude }, radiusKm: 50 });
    }, (error) => {
      nearButton.disabled = false;
      status.replaceChildren(alertBox(error.code === 1
        ? 'We may not use your location. Allow it in your browser, or pick a city instead.'
        : 'We could not find where you are. Please pick a city instead.', 'warning'));
    }, { timeout: 10_000, maximumAge: 300_000 });
  });

  graphql(CITIES).then(({ cinemas }) => {
    const cities = [...new Set((cinemas ?? []).map((c) => c.city))].sort();
    for (const name of cities) {
      citySelect.append(el('option', { value: name, selected: name === city }, name));
    }
  }).catch(() => {
    citySelect.disabled = true;
  });
  show({ city: city || null });
}
