// Admin scheduler (issue #15): a week view per auditorium, today marked; a new or moved showtime shows the showtimes it
// would clash with (movie duration plus the cleaning gap the booking service reports) before it is saved; cancelling
// first says how many confirmed bookings will be refunded and asks to confirm. A showtime that has started can only be
// cancelled, one that has ended neither. Days and times are the cinema's own (its time zone), as its staff and
// customers read them; the API carries UTC instants.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money, counted, dayLabel } from '../ui.js';
import { adminNav } from './nav.js';
import { overlaps, addDays, mondayOf, wallClock, instantOf, stageOf, runStarts } from './schedule.js';
import { SCREENING_FEATURES, featureWords } from '../showtimes.js';

const ESTATE = '{ cinemas { id name timeZone auditoriums { id name } } }';
const MOVIES = 'query($page: Int) { movies(page: $page, size: 100) { total items { id title durationMinutes status } } }';
// The cleaning gap as the booking service enforces it (cinema.booking.cleaning-gap), never an assumed one.
const RULES = '{ schedulingRules { cleaningGapMinutes maxRunDays } }';
const WEEK = `query Week($c: ID, $from: DateTime, $to: DateTime) { showtimes(cinemaId: $c, from: $from, to: $to) {
  id auditoriumId movieId startsAt endsAt basePriceCents currency status availableSeats features movie { title } } }`;
const CREATE = 'mutation($in: ShowtimeInput!) { createShowtime(input: $in) { id startsAt } }';
const RUN = 'mutation($in: ShowtimeInput!, $days: Int!) { scheduleShowtimeRun(input: $in, days: $days) { id startsAt } }';
const UPDATE = 'mutation($id: ID!, $in: ShowtimeInput!) { updateShowtime(id: $id, input: $in) { id startsAt } }';
const CONFIRMED = 'query($s: ID) { bookings(filter: { showtimeId: $s, status: "CONFIRMED" }, size: 1) { total } }';
const CANCEL = 'mutation($id: ID!) { cancelShowtime(id: $id) { id status } }';

/** Every movie, page by page (a page holds at most 100): a new movie must be schedulable however long the list. */
async function allMovies() {
  const items = [];
  for (let page = 0; ; page += 1) {
    const { movies } = await graphql(MOVIES, { page });
    items.push(...movies.items);
    if (!movies.items.length || items.length >= movies.total) return items;
  }
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Scheduler');
  const notice = el('div', { 'aria-live': 'polite' });
  const week = el('div', { 'aria-live': 'polite' });
  const preview = el('div', { 'aria-live': 'polite', 'data-testid': 'overlap-preview' });
  const gapNote = el('p', { class: 'form-text mb-0', 'data-testid': 'cleaning-gap' });
  root.append(adminNav('scheduler'), heading, loading('Loading cinemas and movies…'));
  pageTitle(heading, 'Admin scheduler');
  let estate;
  let catalogue;
  let gapMinutes;
  let maxRunDays;
  try {
    [estate, catalogue, { schedulingRules: { cleaningGapMinutes: gapMinutes, maxRunDays } }] = await Promise.all([
      graphql(ESTATE), allMovies(), graphql(RULES)]);
  } catch (error) {
    root.lastChild.replaceWith(alertBox(error.message));
    return;
  }
  root.lastChild.remove();
  preview.dataset.cleaningGapMinutes = String(gapMinutes);
  gapNote.textContent = `Showtimes in one auditorium keep a ${gapMinutes}-minute cleaning gap (the booking service's setting).`;
  const auditoriums = estate.cinemas.flatMap((c) => c.auditoriums.map((a) => ({ ...a, cinema: c })));
  const movies = catalogue.filter((m) => m.status !== 'ARCHIVED');
  let shown = [];

  const auditorium = el('select', { id: 'sched-auditorium', class: 'form-select form-select-sm' },
    auditoriums.map((a) => el('option', { value: a.id }, `${a.cinema.name} \u2013 ${a.name}`)));
  const movie = el('select', { id: 'sched-movie', name: 'movieId', class: 'form-select form-select-sm' },
    movies.map((m) => el('option', { value: m.id }, `${m.title} (${m.durationMinutes} min)`)));
  const start = el('input', { id: 'sched-start', name: 'startsAt', type: 'datetime-local', class: 'form-control form-control-sm' });
  const price = el('input', { id: 'sched-price', name: 'basePriceCents', type: 'number', min: 0, value: 1150, class: 'form-control form-control-sm' });
  // A run: the same local time on this many days in a row, all scheduled or none (the booking service's rule).
  const dayCount = el('input', { id: 'sched-days', name: 'days', type: 'number', min: 1, max: maxRunDays, value: 1,
    class: 'form-control form-control-sm', 'aria-describedby': 'sched-days-note' });
  const currency = el('input', { id: 'sched-currency', name: 'currency', value: 'GBP', maxlength: 3, class: 'form-control form-control-sm' });
  // What kind of screening (subtitled, relaxed, ...): a kind sold to customers cannot be taken away (CONFLICT).
  const kinds = SCREENING_FEATURES.map(([value, words]) => {
    const box = el('input', { type: 'checkbox', class: 'form-check-input', id: `sched-kind-${value}`, value, name: 'features' });
    return { value, box, field: el('div', { class: 'form-check form-check-inline' }, box,
      el('label', { class: 'form-check-label small', for: `sched-kind-${value}` }, words)) };
  });
  const chosenKinds = () => kinds.filter((k) => k.box.checked).map((k) => k.value);
  const selected = () => auditoriums.find((a) => a.id === auditorium.value);
  const zone = () => selected()?.cinema.timeZone ?? 'UTC';
  const hhmm = (iso) => wallClock(iso, zone()).slice(11);
  const zoneNote = el('div', { class: 'form-text', 'data-testid': 'sched-zone' });
  // The week shown, by the Monday of the cinema's calendar.
  const today = () => wallClock(Date.now(), zone()).slice(0, 10);
  let monday = mondayOf(today());
  // The currency follows the cinema's other showtimes until staff type one.
  let currencyTyped = false;
  currency.addEventListener('input', () => { currencyTyped = true; });

  let loads = 0;
  async function loadWeek() {
    const mine = ++loads; // only the latest request may draw: weeks can be switched faster than they load
    preview.replaceChildren();
    const a = selected();
    if (!a) { week.replaceChildren(alertBox('No auditorium yet: add one under Cinemas.', 'info')); return; }
    week.replaceChildren(loading('Loading the week…'));
    zoneNote.textContent = `Local time at ${a.cinema.name} (${a.cinema.timeZone})`;
    // A day either side: a late show of the Sunday before still runs into Monday, and the preview must see it.
    const from = instantOf(`${addDays(monday, -1)}T00:00`, zone());
    const to = instantOf(`${addDays(monday, 8)}T00:00`, zone());
    try {
      const { showtimes } = await graphql(WEEK, { c: a.cinema.id, from, to });
      if (mine !== loads) return;
      shown = showtimes.filter((s) => s.auditoriumId === a.id);
      if (!currencyTyped && !moving && showtimes.length) currency.value = showtimes[showtimes.length - 1].currency;
      const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
      // time, title, price and seats, actions: each on a line of its own, so a day's narrow column stays readable.
      // A started showtime can no longer move, only be cancelled (a breakdown); one that has ended is history.
      const now = Date.now();
      const day = wallClock(now, zone()).slice(0, 10);
      const item = (s) => {
        const stage = stageOf(s, now);
        const what = `the ${hhmm(s.startsAt)} showtime of ${s.movie?.title ?? s.movieId}`;
        return el('li', { class: stage === 'shown' ? 'mb-2 text-body-secondary' : 'mb-2', 'data-showtime-id': s.id, 'data-stage': stage },
          el('strong', { class: 'd-block' }, `${hhmm(s.startsAt)}\u2013${hhmm(s.endsAt)}`), ' ',
          el('span', { class: 'd-block' }, s.movie?.title ?? `Movie ${s.movieId}`),
          el('span', { class: 'd-block' }, `${money(s.basePriceCents, s.currency)} \u00b7 ${s.availableSeats} free `),
          s.features?.length ? el('span', { class: 'd-block fst-italic', 'data-testid': 'sched-kind' }, featureWords(s.features)) : null,
          // who is coming (or came): the bookings screen filtered to this showtime
          el('a', { class: 'd-block', href: `#/admin/bookings?showtimeId=${encodeURIComponent(s.id)}`,
            'aria-label': `Bookings of ${what}` }, 'Bookings'),
          stage === 'shown' ? el('span', { class: 'd-block fst-italic' }, 'Shown')
            : el('div', {},
              stage === 'playing' ? el('span', { class: 'badge text-bg-success me-2' }, 'Playing now')
                : el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 me-2', 'aria-label': `Move ${what}`,
                  onclick: () => setMoving(s) }, 'Move'),
              el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 text-danger', 'aria-label': `Cancel ${what}`,
                onclick: (event) => askCancel(s, event.target.closest('li')) }, 'Cancel')));
      };
      const dayOf = new Map(shown.map((s) => [s.id, wallClock(s.startsAt, zone()).slice(0, 10)]));
      const cell = (d) => el('td', {}, el('ul', { class: 'list-unstyled mb-0 small' },
        shown.filter((s) => dayOf.get(s.id) === d).map(item)));
      // Today stands out; the days before it are history.
      const dayHeading = (d) => el('th', d === day ? { scope: 'col', 'aria-current': 'date', class: 'bg-primary-subtle text-primary-emphasis' }
        : { scope: 'col', class: d < day ? 'text-body-secondary fw-normal' : '' },
        new Date(`${d}T12:00:00Z`).toUTCString().slice(0, 11),
        d === day ? el('span', { class: 'd-block small' }, 'Today') : null);
      week.replaceChildren(el('div', { class: 'table-responsive' },
        el('table', { class: 'table table-sm table-bordered admin-week', 'data-testid': 'week-view', 'data-week': monday },
          el('caption', {}, `Week of ${monday} in ${a.cinema.name} \u2013 ${a.name} (local times, ${a.cinema.timeZone})`),
          el('thead', {}, el('tr', {}, days.map(dayHeading))),
          el('tbody', {}, el('tr', {}, days.map(cell))))));
      updatePreview();
    } catch (error) {
      if (mine === loads) week.replaceChildren(alertBox(error.message));
    }
  }

  async function askCancel(showtime, item) {
    try {
      const { bookings } = await graphql(CONFIRMED, { s: showtime.id });
      const confirmBox = el('div', { class: 'alert alert-warning mt-1', role: 'alertdialog', 'aria-label': 'Confirm cancellation' },
        `Cancel this showtime? ${counted(bookings.total, 'confirmed booking')} will be refunded in full.`,
        el('div', { class: 'd-flex gap-2 mt-2' },
          el('button', { type: 'button', class: 'btn btn-danger btn-sm', onclick: async () => {
            try {
              await graphql(CANCEL, { id: showtime.id });
              notice.replaceChildren(alertBox(`Cancelled; ${counted(bookings.total, 'booking')} refunded.`, 'success'));
              await loadWeek();
            } catch (error) {
              confirmBox.replaceWith(alertBox(error.explained)); // e.g. it has ended meanwhile
            }
          } }, 'Cancel showtime and refund'),
          el('button', { type: 'button', class: 'btn btn-secondary btn-sm', onclick: () => confirmBox.remove() }, 'Keep it')));
      item.append(confirmBox);
      confirmBox.querySelector('button').focus();
    } catch (error) {
      notice.replaceChildren(alertBox(error.message));
    }
  }

  /** How many days the form asks for: a whole number from 1 to the service's most, else null. */
  const runDays = () => {
    const n = Number(dayCount.value);
    return Number.isInteger(n) && n >= 1 && n <= maxRunDays ? n : null;
  };

  function updatePreview() {
    const m = movies.find((x) => x.id === movie.value);
    if (!start.value || !m) { preview.replaceChildren(); return; }
    // the picker holds the cinema's local time; a move is one showtime, a new one may be a run of days
    const starts = runStarts(start.value, moving ? 1 : runDays() ?? 1, zone());
    const clashes = starts.flatMap((startsAt) => overlaps(shown, startsAt, m.durationMinutes, gapMinutes, moving?.id));
    // the week loaded is what the preview can see; the booking service checks every day when saving
    const beyond = starts.length > 1 && wallClock(starts[starts.length - 1], zone()).slice(0, 10) > addDays(monday, 6)
      ? ' Days after this week are checked when saving.' : '';
    preview.replaceChildren(clashes.length
      ? alertBox(`Overlaps (with the ${gapMinutes}-minute cleaning gap) ${clashes.map((s) => `${s.movie?.title ?? s.movieId} ${starts.length > 1 ? `${dayLabel(s.startsAt, zone())} ` : ''}${hhmm(s.startsAt)}\u2013${hhmm(s.endsAt)}`).join(', ')}: the booking service will refuse ${starts.length > 1 ? 'the whole run' : 'it'}.`, 'warning')
      : alertBox(`No overlap in this auditorium${starts.length > 1 ? ' this week' : ''} (with the ${gapMinutes}-minute cleaning gap).${beyond}`, 'success'));
  }
  dayCount.addEventListener('input', updatePreview);
  movie.addEventListener('input', updatePreview);
  start.addEventListener('input', () => {
    // The preview compares with the week shown: a start in another week brings that week up first.
    const chosen = /^\d{4}-\d{2}-\d{2}T/.test(start.value) ? mondayOf(start.value.slice(0, 10)) : null;
    if (chosen && chosen !== monday) {
      monday = chosen;
      loadWeek();
    } else {
      updatePreview();
    }
  });

  const daysField = el('div', { class: 'col-6 col-lg-2' },
    el('label', { for: 'sched-days', class: 'form-label small' }, 'Days in a row'), dayCount,
    el('div', { id: 'sched-days-note', class: 'form-text' }, `Same time daily, up to ${maxRunDays}; all or none`));

  // Moving: the form holds the showtime being moved (its own slot never clashes) and saves with updateShowtime.
  let moving = null;
  const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Schedule');
  const stopMoving = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', hidden: true,
    onclick: () => setMoving(null) }, 'Stop moving');
  const formTitle = el('h2', { id: 'sched-form-title', class: 'h6 col-12 mb-0' }, 'New showtime');
  function setMoving(showtime) {
    moving = showtime;
    const name = showtime ? `the ${hhmm(showtime.startsAt)} showtime of ${showtime.movie?.title ?? showtime.movieId}` : '';
    formTitle.textContent = showtime ? `Move ${name}` : 'New showtime';
    submit.textContent = showtime ? 'Move showtime' : 'Schedule';
    stopMoving.hidden = !showtime;
    daysField.hidden = Boolean(showtime); // a move is of one showtime
    if (showtime) {
      movie.value = showtime.movieId;
      start.value = wallClock(showtime.startsAt, zone());
      price.value = showtime.basePriceCents;
      currency.value = showtime.currency;
      for (const k of kinds) k.box.checked = (showtime.features ?? []).includes(k.value);
      start.focus();
    }
    updatePreview();
  }

  const form = el('form', { class: 'row g-2 align-items-end border rounded p-3 mb-3', novalidate: true, 'aria-labelledby': 'sched-form-title' },
    formTitle,
    el('div', { class: 'col-sm-6 col-lg-3' }, el('label', { for: 'sched-movie', class: 'form-label small' }, 'Movie'), movie),
    el('div', { class: 'col-sm-6 col-lg-3' }, el('label', { for: 'sched-start', class: 'form-label small' }, 'Start (local time)'), start, zoneNote),
    el('div', { class: 'col-6 col-lg-2' }, el('label', { for: 'sched-price', class: 'form-label small' }, 'Base price (cents)'), price),
    el('div', { class: 'col-6 col-lg-1' }, el('label', { for: 'sched-currency', class: 'form-label small' }, 'Currency'), currency),
    daysField,
    el('fieldset', { class: 'col-12' }, el('legend', { class: 'form-label small mb-1' }, 'Kind of screening (none: an ordinary one)'),
      kinds.map((k) => k.field)),
    el('div', { class: 'col-auto d-flex gap-2' }, submit, stopMoving),
    el('div', { class: 'col-12' }, gapNote, preview));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    notice.replaceChildren();
    if (!start.value) { notice.replaceChildren(alertBox('Choose when the showtime starts.')); start.focus(); return; }
    const run = moving ? 1 : runDays();
    if (run == null) {
      notice.replaceChildren(alertBox(`Days in a row: a whole number from 1 to ${maxRunDays}.`));
      dayCount.focus();
      return;
    }
    const input = { movieId: movie.value, auditoriumId: auditorium.value, startsAt: instantOf(start.value, zone()),
      basePriceCents: Number.parseInt(price.value, 10), currency: currency.value.trim().toUpperCase(), features: chosenKinds() };
    try {
      let done;
      if (moving) {
        await graphql(UPDATE, { id: moving.id, in: input });
        done = 'Showtime moved.';
      } else if (run > 1) {
        const { scheduleShowtimeRun } = await graphql(RUN, { in: input, days: run });
        const last = wallClock(scheduleShowtimeRun[scheduleShowtimeRun.length - 1].startsAt, zone()).slice(0, 10);
        done = `${counted(scheduleShowtimeRun.length, 'showtime')} scheduled, daily at ${start.value.slice(11)} from ${start.value.slice(0, 10)} to ${last}.`;
      } else {
        await graphql(CREATE, { in: input });
        done = 'Showtime scheduled.';
      }
      notice.replaceChildren(alertBox(done, 'success'));
      monday = mondayOf(start.value.slice(0, 10));
      setMoving(null);
      dayCount.value = 1;
      for (const k of kinds) k.box.checked = false;
      await loadWeek();
    } catch (error) {
      notice.replaceChildren(alertBox(error.field ? `${error.field}: ${error.message}` : error.explained));
    }
  });
  auditorium.addEventListener('change', loadWeek);
  const nav = el('div', { class: 'd-flex flex-wrap gap-2 align-items-end mb-3' },
    el('div', {}, el('label', { for: 'sched-auditorium', class: 'form-label small' }, 'Auditorium'), auditorium),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => { monday = addDays(monday, -7); loadWeek(); } }, 'Previous week'),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => { monday = mondayOf(today()); loadWeek(); } }, 'This week'),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => { monday = addDays(monday, 7); loadWeek(); } }, 'Next week'));
  root.append(nav, form, notice, week);
  await loadWeek();
}
