// Admin cinemas and auditoriums (issue #15): a cinema with facilities and a map-free coordinate check (created, its
// details edited, deleted after a question while no future showtime uses it), and the
// seat-layout editor: a grid where each cell is set to a seat type, blocked or aisle with a brush, rows are named,
// and the capacity updates as it is drawn; saving shows the server's errors.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, formatLabel } from '../ui.js';
import { adminNav } from './nav.js';
import { control, clearErrors, showFieldError } from './forms.js';
import { SEAT_KINDS, newLayout, paint, capacity, seatInputs, resize, fromSeats } from './layout.js';

const CINEMAS = '{ cinemas { id name city address phone timeZone latitude longitude facilities seatRulesEnabled auditoriums { id name format rows columns capacity seats { row number x y type blocked } } } }';
const CREATE_CINEMA = 'mutation($in: CinemaInput!) { createCinema(input: $in) { id name } }';
const UPDATE_CINEMA = 'mutation($id: ID!, $in: CinemaInput!) { updateCinema(id: $id, input: $in) { id seatRulesEnabled } }';
const DELETE_CINEMA = 'mutation($id: ID!) { deleteCinema(id: $id) }';
const CREATE_AUDITORIUM = 'mutation($in: AuditoriumInput!) { createAuditorium(input: $in) { id name capacity } }';
const UPDATE_AUDITORIUM = 'mutation($id: ID!, $in: AuditoriumInput!) { updateAuditorium(id: $id, input: $in) { id name capacity } }';
const BRUSHES = [...SEAT_KINDS, 'BLOCKED', 'AISLE'];
const BRUSH_LABELS = { STANDARD: 'Standard', PREMIUM: 'Premium', VIP: 'VIP', WHEELCHAIR: 'Wheelchair', COMPANION: 'Companion', COUPLE: 'Couple', BLOCKED: 'Blocked (toggle)', AISLE: 'Aisle' };

/** The IANA zones this browser knows, offered as suggestions (the cinema service checks the name either way). */
function timeZoneSuggestions() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return el('datalist', { id: 'cinema-time-zones' }, zones.map((zone) => el('option', { value: zone })));
}

/** A new cinema, or the details of an existing one (`cinema`): the update takes the whole cinema, as here. */
function cinemaForm(cinema, done) {
  const prefix = cinema ? `cinema-${cinema.id}` : 'cinema';
  const message = el('div', { 'aria-live': 'polite' });
  const value = (name, fallback = '') => (cinema?.[name] ?? fallback);
  const form = el('form', { class: 'row g-2 border rounded p-3 mb-3', novalidate: true,
    'aria-label': cinema ? `Details of ${cinema.name}` : 'New cinema', 'data-testid': 'cinema-form' },
    el('h2', { class: 'h6 col-12 mb-0' }, cinema ? `Details of ${cinema.name}` : 'New cinema'),
    control(prefix, 'name', 'Name', { required: true, value: value('name') }),
    control(prefix, 'address', 'Address', { required: true, value: value('address') }),
    control(prefix, 'city', 'City', { required: true, value: value('city') }),
    control(prefix, 'phone', 'Phone', { type: 'tel', autocomplete: 'off', value: value('phone') }, 'Optional, shown to customers'),
    control(prefix, 'latitude', 'Latitude', { type: 'number', step: 'any', min: -90, max: 90, value: value('latitude') }, '-90 to 90'),
    control(prefix, 'longitude', 'Longitude', { type: 'number', step: 'any', min: -180, max: 180, value: value('longitude') }, '-180 to 180'),
    control(prefix, 'timeZone', 'Time zone', { value: value('timeZone', 'Europe/London'), list: 'cinema-time-zones' }, 'IANA name, e.g. Europe/Dublin'),
    timeZoneSuggestions(),
    control(prefix, 'facilities', 'Facilities', { value: (cinema?.facilities ?? []).join(', ') }, 'Comma separated, e.g. WHEELCHAIR_ACCESS, PARKING'),
    el('div', { class: 'col-12 form-check ms-2' },
      el('input', { type: 'checkbox', id: `${prefix}-seatRulesEnabled`, name: 'seatRulesEnabled', class: 'form-check-input',
        checked: cinema ? cinema.seatRulesEnabled : true }),
      el('label', { for: `${prefix}-seatRulesEnabled`, class: 'form-check-label small' },
        'Seat rules: no single seat left stranded in a row; companion seats only with their wheelchair space')),
    el('div', { class: 'col-12 d-flex gap-2' },
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, cinema ? 'Save cinema' : 'Create cinema'),
      el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => done(false) }, 'Cancel')),
    el('div', { class: 'col-12' }, message));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    message.replaceChildren();
    const v = (n) => form.elements[n].value.trim();
    const lat = Number.parseFloat(v('latitude'));
    const lng = Number.parseFloat(v('longitude'));
    // The coordinate check without a map: numbers in range before anything is sent.
    if (!(lat >= -90 && lat <= 90)) { showFieldError(form, { field: 'latitude', message: 'A latitude is a number from -90 to 90.' }); return; }
    if (!(lng >= -180 && lng <= 180)) { showFieldError(form, { field: 'longitude', message: 'A longitude is a number from -180 to 180.' }); return; }
    const input = { name: v('name'), address: v('address'), city: v('city'), phone: v('phone') || null, latitude: lat, longitude: lng,
      timeZone: v('timeZone'), facilities: v('facilities').split(',').map((s) => s.trim()).filter(Boolean),
      seatRulesEnabled: form.elements.seatRulesEnabled.checked };
    try {
      if (cinema) await graphql(UPDATE_CINEMA, { id: cinema.id, in: input });
      else await graphql(CREATE_CINEMA, { in: input });
      done(true);
    } catch (error) {
      if (!showFieldError(form, error)) message.replaceChildren(alertBox(error.message));
    }
  });
  return form;
}

function layoutEditor(cinema, auditorium, done) {
  let layout = auditorium ? fromSeats(auditorium.rows, auditorium.columns, auditorium.seats) : newLayout(5, 8);
  let brush = 'STANDARD';
  const prefix = auditorium ? `aud-${auditorium.id}` : 'aud-new';
  const message = el('div', { 'aria-live': 'polite' });
  const live = el('p', { class: 'fw-semibold', 'aria-live': 'polite', 'data-testid': 'layout-capacity' });
  const grid = el('div', { class: 'admin-layout-grid', role: 'group', 'aria-label': 'Seat layout, screen at the top' });
  const names = el('div', { class: 'd-flex flex-wrap gap-1 mb-2' });

  function draw() {
    live.textContent = `Capacity: ${capacity(layout)} seats`;
    names.replaceChildren(...layout.rowNames.map((name, y) => el('label', { class: 'small' }, `Grid row ${y + 1} `,
      el('input', { class: 'form-control form-control-sm admin-row-name', value: name, maxlength: 4, 'aria-label': `Name of grid row ${y + 1}`,
        oninput: (event) => { layout.rowNames[y] = event.target.value.trim().toUpperCase(); } }))));
    grid.style.setProperty('--columns', layout.columns);
    grid.replaceChildren(...layout.cells.flatMap((cells, y) => cells.map((cell, x) => {
      const kind = cell.aisle ? 'AISLE' : cell.type;
      const label = `${layout.rowNames[y] || `Row ${y + 1}`}, column ${x + 1}: ${cell.aisle ? 'aisle' : `${BRUSH_LABELS[cell.type]} seat${cell.blocked ? ', blocked' : ''}`}`;
      return el('button', { type: 'button', class: `admin-cell admin-cell-${kind.toLowerCase()}${cell.blocked ? ' admin-cell-blocked' : ''}`,
        'aria-label': label, title: label,
        onclick: () => { paint(layout, x, y, brush); draw(); grid.children[y * layout.columns + x]?.focus(); } },
      cell.aisle ? '' : cell.blocked ? '×' : kind.charAt(0));
    })));
  }

  const rows = el('input', { type: 'number', min: 1, max: 50, value: layout.rows, class: 'form-control form-control-sm', id: `${prefix}-rows`, name: 'rows' });
  const columns = el('input', { type: 'number', min: 1, max: 60, value: layout.columns, class: 'form-control form-control-sm', id: `${prefix}-columns`, name: 'columns' });
  const sized = () => {
    const r = Number.parseInt(rows.value, 10);
    const c = Number.parseInt(columns.value, 10);
    if (r >= 1 && r <= 50 && c >= 1 && c <= 60) { layout = resize(layout, r, c); draw(); }
  };
  rows.addEventListener('change', sized);
  columns.addEventListener('change', sized);

  const form = el('form', { class: 'border rounded p-3 mb-3', novalidate: true, 'data-testid': 'layout-editor',
    'aria-label': auditorium ? `Edit ${auditorium.name}` : `New auditorium at ${cinema.name}` },
  el('div', { class: 'row g-2' },
    control(prefix, 'name', 'Auditorium name', { required: true, value: auditorium?.name ?? '' }),
    control(prefix, 'format', 'Format', { tag: 'select', options: ['STANDARD', 'THREE_D', 'IMAX', 'DOLBY_ATMOS'] }),
    el('div', { class: 'col-6 col-lg-2' }, el('label', { for: `${prefix}-rows`, class: 'form-label small' }, 'Grid rows'), rows),
    el('div', { class: 'col-6 col-lg-2' }, el('label', { for: `${prefix}-columns`, class: 'form-label small' }, 'Grid columns'), columns)),
  el('fieldset', { class: 'my-2' }, el('legend', { class: 'small' }, 'Brush: what a click on a cell makes it'),
    el('div', { class: 'btn-group btn-group-sm flex-wrap', role: 'radiogroup' }, BRUSHES.map((b) => el('label', { class: 'btn btn-outline-secondary' },
      el('input', { type: 'radio', name: 'brush', value: b, class: 'me-1', checked: b === brush, onchange: () => { brush = b; } }), BRUSH_LABELS[b])))),
  names,
  el('p', { class: 'small text-body-secondary mb-1' }, 'Screen'),
  grid, live,
  el('div', { class: 'd-flex gap-2' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Save auditorium'),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => done(false) }, 'Cancel')),
  message);
  if (auditorium) form.elements.format.value = auditorium.format;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    message.replaceChildren();
    const input = { cinemaId: cinema.id, name: form.elements.name.value.trim(), format: form.elements.format.value,
      rows: layout.rows, columns: layout.columns, seats: seatInputs(layout) };
    try {
      if (auditorium) await graphql(UPDATE_AUDITORIUM, { id: auditorium.id, in: input });
      else await graphql(CREATE_AUDITORIUM, { in: input });
      done(true);
    } catch (error) {
      // A seat's error names it (input.seats[3].row): shown with the service's words above the grid.
      if (!showFieldError(form, error)) message.replaceChildren(alertBox(error.field ? `${error.field}: ${error.message}` : error.explained));
    }
  });
  draw();
  return form;
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Cinemas and auditoriums');
  const editArea = el('div');
  const notice = el('div', { 'aria-live': 'polite' });
  const content = el('div', { 'aria-live': 'polite' });
  const finish = async (saved) => {
    editArea.replaceChildren();
    if (saved) { notice.replaceChildren(alertBox('Saved.', 'success')); await load(); }
  };

  /** Every field as it is, the seat rules switched (the update takes the whole cinema). */
  async function switchSeatRules(c) {
    const input = { name: c.name, address: c.address, city: c.city, latitude: c.latitude, longitude: c.longitude,
      phone: c.phone, timeZone: c.timeZone, facilities: c.facilities, seatRulesEnabled: !c.seatRulesEnabled };
    try {
      await graphql(UPDATE_CINEMA, { id: c.id, in: input });
      notice.replaceChildren(alertBox(`Seat rules at ${c.name} are ${input.seatRulesEnabled ? 'on' : 'off'}.`, 'success'));
      await load();
    } catch (error) {
      notice.replaceChildren(alertBox(error.message));
    }
  }

  // A jump, not Bootstrap's smooth scroll: the editor is still sliding up for a moment after it opens, and a click on
  // a cell in that moment lands beside it and is lost (seen in AdminConsoleBrowserIT on a loaded machine).
  function openEditor(editor) {
    notice.replaceChildren();
    editArea.replaceChildren(editor);
    editArea.scrollIntoView({ behavior: 'instant', block: 'start' });
  }

  /** Deletes the cinema; answers null when done, or why not: CONFLICT in the cinema service's own words. */
  async function removeCinema(c) {
    notice.replaceChildren();
    try {
      await graphql(DELETE_CINEMA, { id: c.id });
      editArea.replaceChildren();
      notice.replaceChildren(alertBox(`${c.name} deleted.`, 'success'));
      await load();
      return null;
    } catch (error) {
      return error.explained;
    }
  }

  /**
   * The buttons under a cinema. Deleting takes its auditoriums and seat layouts with it, so Delete asks first, in
   * place of the buttons.
   */
  function cinemaActions(c) {
    const actions = el('div', { class: 'd-flex flex-wrap align-items-center gap-2', 'data-testid': `cinema-actions-${c.id}` });
    const showButtons = () => actions.replaceChildren(
      el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `Edit details of ${c.name}`,
        onclick: () => { openEditor(cinemaForm(c, finish)); editArea.querySelector('input')?.focus(); } }, 'Edit details'),
      el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `New auditorium at ${c.name}`,
        onclick: () => openEditor(layoutEditor(c, null, finish)) }, 'New auditorium'),
      el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': `Delete ${c.name}`, onclick: ask }, 'Delete'));
    function ask() {
      notice.replaceChildren();
      const count = c.auditoriums.length;
      const question = el('span', { class: 'small', id: `delete-question-${c.id}` },
        count === 0 ? `Delete ${c.name}?` : `Delete ${c.name} with its ${count === 1 ? 'auditorium' : `${count} auditoriums`} and seat layouts?`);
      const confirm = el('button', { type: 'button', class: 'btn btn-danger btn-sm', 'aria-describedby': question.id,
        onclick: async () => {
          const refusal = await removeCinema(c);
          if (refusal) {
            // Beside the cinema, not at the top of a long list where it would be out of sight.
            showButtons();
            actions.append(el('div', { class: 'alert alert-danger py-1 px-2 mb-0 small w-100', role: 'alert' }, refusal));
            actions.querySelector('.btn-outline-danger').focus();
          }
        } }, 'Delete');
      actions.replaceChildren(question, confirm, el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
        onclick: () => { showButtons(); actions.querySelector('button').focus(); } }, 'Keep'));
      confirm.focus();
    }
    showButtons();
    return actions;
  }

  async function load() {
    content.replaceChildren(loading('Loading cinemas…'));
    try {
      const { cinemas } = await graphql(CINEMAS);
      content.replaceChildren(...cinemas.map((c) => el('section', { class: 'mb-3', 'aria-labelledby': `cinema-${c.id}` },
        el('h2', { id: `cinema-${c.id}`, class: 'h6 mb-1' }, `${c.name}, ${c.city}`),
        el('p', { class: 'small text-body-secondary mb-1' }, `${c.address}${c.phone ? ` \u00b7 ${c.phone}` : ''} \u00b7 ${c.timeZone} \u00b7 ${c.latitude}, ${c.longitude}${c.facilities?.length ? ` \u00b7 ${c.facilities.join(', ')}` : ''}`,
          ` \u00b7 seat rules ${c.seatRulesEnabled ? 'on' : 'off'} `,
          el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 align-baseline', 'data-testid': `seat-rules-${c.id}`,
            onclick: () => switchSeatRules(c) }, c.seatRulesEnabled ? 'Turn off' : 'Turn on')),
        el('ul', { class: 'list-inline mb-1' }, c.auditoriums.map((a) => el('li', { class: 'list-inline-item' },
          el('button', { type: 'button', class: 'btn btn-link btn-sm p-0', 'aria-label': `Edit the layout of ${a.name} at ${c.name}`,
            onclick: () => openEditor(layoutEditor(c, a, finish)) },
          `${a.name} (${formatLabel(a.format)}, ${a.capacity} seats)`)))),
        cinemaActions(c))));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  root.append(adminNav('cinemas'), heading,
    el('p', {}, el('button', { type: 'button', class: 'btn btn-success btn-sm', onclick: () => { openEditor(cinemaForm(null, finish)); editArea.querySelector('input')?.focus(); } }, 'New cinema')),
    notice, editArea, content);
  pageTitle(heading, 'Admin cinemas');
  await load();
}
