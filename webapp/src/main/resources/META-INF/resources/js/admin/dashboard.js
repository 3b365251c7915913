// Admin dashboard (issue #15): revenue net of refunds per currency, tickets sold, bookings confirmed, occupancy
// (overall, per cinema and per showtime), top movies, the ticket-type mix and bookings per day for a period, as charts and as tables of the same
// numbers; the period's CSV exports. Each figure comes from the service that owns it, combined by the gateway.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money, localOrUtcLabel, counted } from '../ui.js';
import { adminNav } from './nav.js';
import { pager } from './listing.js';
import { barChart } from './charts.js';
import { download } from './download.js';
import { busyDays, checkPeriod, exportUrl, lastDays, moneyTotals, quickPeriods } from './period.js';
import { ticketMix } from '../ticket-types.js';

const DASHBOARD = `query Dashboard($from: Date, $to: Date) { dashboard(from: $from, to: $to) { from to
  revenue { currency amountCents } refunded { currency amountCents } ticketsSold bookingsConfirmed occupancyPercent
  topMovies { movieId title ticketsSold } bookingsPerDay { date bookings ticketsSold }
  occupancyByCinema { cinemaId cinemaName showtimes seatsSold capacity occupancyPercent }
  ticketsByType { ticketType ticketsSold } } }`;

const SHOWTIMES = `query ShowtimeOccupancy($from: Date, $to: Date, $page: Int, $size: Int) {
  showtimeOccupancy(from: $from, to: $to, page: $page, size: $size) { total page size
  items { showtimeId startsAt movieTitle cinemaName cinemaTimeZone seatsSold capacity occupancyPercent } } }`;
const SHOWTIME_PAGE = 20;

const EXPORTS = [
  { name: 'bookings', label: 'Bookings' },
  { name: 'payments', label: 'Payments' },
  { name: 'occupancy', label: 'Occupancy' },
];

// basis: what the figure counts (docs/api.md, "Admin dashboard"). Sales are counted by the day they were made and
// occupancy by the day the showtime starts, so a period can show tickets sold and 0 % occupancy (advance sales).
function figure(label, value, testId, basis) {
  return el('div', { class: 'col-6 col-lg' },
    el('div', { class: 'card h-100 admin-figure' }, el('div', { class: 'card-body' },
      el('p', { class: 'small text-body-secondary mb-1' }, label),
      el('p', { class: 'h5 mb-0', 'data-testid': testId }, value),
      el('p', { class: 'small text-body-secondary mt-1 mb-0', 'data-testid': `${testId}-basis` }, basis))));
}

/** The per-day table lists the days with bookings; its caption says how many quiet days it leaves out. */
function perDayCaption(perDay) {
  const { quiet } = busyDays(perDay);
  return quiet ? `Bookings and tickets per day (UTC); ${counted(quiet, 'day')} without a booking ${quiet === 1 ? 'is' : 'are'} left out`
    : 'Bookings and tickets per day (UTC)';
}

function table(caption, headers, rows, testId) {
  return el('div', { class: 'table-responsive' },
    el('table', { class: 'table table-sm table-striped align-middle', 'data-testid': testId },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { scope: 'col', class: i ? 'text-end' : null }, h)))),
      el('tbody', {}, rows.length ? rows.map((cells) => el('tr', {},
        cells.map((c, i) => (i ? el('td', { class: 'text-end' }, c) : el('th', { scope: 'row' }, c)))))
        : el('tr', {}, el('td', { colspan: headers.length, class: 'text-body-secondary' }, 'Nothing in this period.')))));
}

/** Occupancy per showtime of the period, a page at a time (a long period has thousands of showtimes). */
function showtimeSection(from, to) {
  const body = el('div', { 'aria-live': 'polite' }, loading('Loading the showtimes…'));
  let page = 0;
  async function load() {
    try {
      const { showtimeOccupancy: o } = await graphql(SHOWTIMES, { from, to, page, size: SHOWTIME_PAGE });
      const pages = Math.max(1, Math.ceil(o.total / SHOWTIME_PAGE));
      const rows = o.items.map((s) => el('tr', { 'data-showtime-id': s.showtimeId },
        // As the cinema's staff and posters say it; UTC, labelled, only while the cinema service cannot be read.
        el('th', { scope: 'row' }, el('time', { datetime: s.startsAt },
          localOrUtcLabel(s.startsAt, s.cinemaTimeZone))),
        el('td', {}, s.movieTitle ?? '\u2014'), el('td', {}, s.cinemaName ?? '\u2014'),
        el('td', { class: 'text-end' }, s.seatsSold), el('td', { class: 'text-end' }, s.capacity),
        el('td', { class: 'text-end' }, `${s.occupancyPercent} %`)));
      body.replaceChildren(el('div', { class: 'table-responsive' },
        el('table', { class: 'table table-sm table-striped align-middle', 'data-testid': 'showtime-table' },
          el('caption', {}, `Seats sold of seats offered per showtime starting in the period (UTC days), earliest first, each at its cinema's local time; ${o.total} showtimes, page ${page + 1} of ${pages}`),
          el('thead', {}, el('tr', {}, ['Starts (local time)', 'Movie', 'Cinema', 'Seats sold', 'Capacity', 'Occupancy']
            .map((h, i) => el('th', { scope: 'col', class: i > 2 ? 'text-end' : null }, h)))),
          el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: 6, class: 'text-body-secondary' }, 'Nothing in this period.'))))),
      pager('Showtime pages', page, pages, (next) => { page = next; load(); }));
    } catch (error) {
      body.replaceChildren(alertBox(error.message));
    }
  }
  load();
  return section('by-showtime', 'Occupancy per showtime', null, body);
}

function section(id, title, canvas, tableNode) {
  return el('section', { class: 'mb-4', 'aria-labelledby': id },
    el('h2', { id, class: 'h5' }, title),
    canvas ? el('div', { class: 'admin-chart mb-2' }, canvas) : null,
    tableNode);
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Dashboard');
  const initial = lastDays(30);
  const from = el('input', { type: 'date', id: 'dash-from', name: 'from', class: 'form-control', value: initial.from, required: true });
  const to = el('input', { type: 'date', id: 'dash-to', name: 'to', class: 'form-control', value: initial.to, required: true });
  const formError = el('div', { class: 'invalid-feedback d-block', id: 'dash-period-error', 'aria-live': 'polite' });
  const exportsStatus = el('div', { 'aria-live': 'polite' });
  const content = el('div', { 'aria-live': 'polite' }, loading('Loading the figures…'));
  let cleanups = [];

  const exportsBar = el('div', { class: 'd-flex flex-wrap gap-2 align-items-center mb-3' },
    el('span', { class: 'small text-body-secondary' }, 'Download CSV:'),
    EXPORTS.map((x) => el('button', {
      type: 'button',
      class: 'btn btn-outline-secondary btn-sm',
      'data-testid': `export-${x.name}`,
      onclick: async () => {
        exportsStatus.replaceChildren();
        const problem = await download(exportUrl(x.name, from.value, to.value), `${x.name}.csv`);
        if (problem) exportsStatus.replaceChildren(alertBox(problem));
      },
    }, x.label)));

  // One click to a common period; the button of the period shown is pressed, none for a period typed in.
  const quick = quickPeriods().map((p) => el('button', {
    type: 'button',
    class: 'btn btn-outline-primary btn-sm',
    'data-period': `${p.from}/${p.to}`,
    'data-testid': `period-${p.id}`,
    onclick: () => {
      from.value = p.from;
      to.value = p.to;
      load();
    },
  }, p.label));
  const quickBar = el('div', { class: 'btn-group flex-wrap mb-3', role: 'group', 'aria-label': 'Quick periods' }, quick);
  function markQuickPeriod() {
    quick.forEach((b) => {
      const pressed = b.dataset.period === `${from.value}/${to.value}`;
      b.setAttribute('aria-pressed', String(pressed));
      b.classList.toggle('active', pressed);
    });
  }

  async function load() {
    markQuickPeriod();
    cleanups.forEach((fn) => fn());
    cleanups = [];
    const problem = checkPeriod(from.value, to.value);
    [from, to].forEach((input) => input.classList.toggle('is-invalid', problem?.field === input.name));
    formError.textContent = problem?.message ?? '';
    if (problem) return;
    content.replaceChildren(loading('Loading the figures…'));
    try {
      const { dashboard: d } = await graphql(DASHBOARD, { from: from.value, to: to.value });
      const days = el('canvas', { role: 'img', 'aria-label': 'Bar chart of bookings and tickets per day; the numbers are in the table below' });
      const movies = el('canvas', { role: 'img', 'aria-label': 'Bar chart of tickets sold per movie; the numbers are in the table below' });
      const cinemas = el('canvas', { role: 'img', 'aria-label': 'Bar chart of occupancy per cinema; the numbers are in the table below' });
      const types = el('canvas', { role: 'img', 'aria-label': 'Bar chart of tickets per ticket type; the numbers are in the table below' });
      const mix = ticketMix(d.ticketsByType, d.ticketsSold);
      content.replaceChildren(
        // data-period: the period these figures are of, so a reader can tell them from the ones before a change
        el('div', { class: 'row g-2 mb-4', 'data-testid': 'figures', 'data-period': `${d.from}/${d.to}` },
          figure('Revenue (net of refunds)', moneyTotals(d.revenue, money), 'revenue', 'payments made in the period'),
          figure('Refunded', moneyTotals(d.refunded, money), 'refunded', 'of the period\u2019s payments'),
          figure('Tickets sold', String(d.ticketsSold), 'tickets-sold', 'booked in the period'),
          figure('Bookings confirmed', String(d.bookingsConfirmed), 'bookings-confirmed', 'made in the period'),
          figure('Occupancy', `${d.occupancyPercent} %`, 'occupancy', 'of showtimes starting in the period')),
        section('per-day', 'Bookings per day', days, table(perDayCaption(d.bookingsPerDay),
          ['Day', 'Bookings', 'Tickets'], busyDays(d.bookingsPerDay).busy.map((x) => [x.date, x.bookings, x.ticketsSold]), 'per-day-table')),
        section('top-movies', 'Top movies', d.topMovies.length ? movies : null, table('Tickets sold per movie',
          ['Movie', 'Tickets'], d.topMovies.map((m) => [m.title ?? `Movie ${m.movieId}`, m.ticketsSold]), 'top-movies-table')),
        section('ticket-types', 'Tickets by type', mix.length ? types : null, table(
          'Tickets of the period\u2019s confirmed bookings per ticket type, and their share of all tickets sold',
          ['Ticket type', 'Tickets', 'Share'], mix.map((t) => [t.label, t.tickets, `${t.percent} %`]), 'ticket-types-table')),
        section('by-cinema', 'Occupancy per cinema', d.occupancyByCinema.length ? cinemas : null, table(
          'Seats sold of seats offered, per cinema, over the showtimes starting in the period',
          ['Cinema', 'Showtimes', 'Seats sold', 'Capacity', 'Occupancy'],
          d.occupancyByCinema.map((c) => [c.cinemaName ?? `Cinema ${c.cinemaId}`, c.showtimes, c.seatsSold, c.capacity,
            `${c.occupancyPercent} %`]), 'cinema-table')),
        showtimeSection(d.from, d.to));
      cleanups.push(await barChart(days, {
        labels: d.bookingsPerDay.map((x) => x.date.slice(5)),
        datasets: [
          { label: 'Bookings', data: d.bookingsPerDay.map((x) => x.bookings), backgroundColor: '#0d6efd' },
          { label: 'Tickets', data: d.bookingsPerDay.map((x) => x.ticketsSold), backgroundColor: '#6f42c1' },
        ],
      }));
      if (d.topMovies.length) {
        cleanups.push(await barChart(movies, {
          labels: d.topMovies.map((m) => m.title ?? `Movie ${m.movieId}`),
          datasets: [{ label: 'Tickets', data: d.topMovies.map((m) => m.ticketsSold), backgroundColor: '#198754' }],
          horizontal: true,
        }));
      }
      if (mix.length) {
        cleanups.push(await barChart(types, {
          labels: mix.map((t) => t.label),
          datasets: [{ label: 'Tickets', data: mix.map((t) => t.tickets), backgroundColor: '#0dcaf0' }],
          horizontal: true,
        }));
      }
      if (d.occupancyByCinema.length) {
        cleanups.push(await barChart(cinemas, {
          labels: d.occupancyByCinema.map((c) => c.cinemaName ?? `Cinema ${c.cinemaId}`),
          datasets: [{ label: 'Occupancy %', data: d.occupancyByCinema.map((c) => c.occupancyPercent), backgroundColor: '#b8860b' }],
          valueSuffix: ' %',
        }));
      }
    } catch (error) {
      if (error.field === 'from' || error.field === 'to') {
        (error.field === 'from' ? from : to).classList.add('is-invalid');
        formError.textContent = error.message;
        content.replaceChildren();
      } else {
        content.replaceChildren(alertBox(error.message));
      }
    }
  }

  const form = el('form', { class: 'row g-2 align-items-end mb-3', novalidate: true, 'aria-describedby': 'dash-period-error',
    onsubmit: (event) => {
      event.preventDefault();
      load();
    } },
  el('div', { class: 'col-auto' }, el('label', { for: 'dash-from', class: 'form-label' }, 'From'), from),
  el('div', { class: 'col-auto' }, el('label', { for: 'dash-to', class: 'form-label' }, 'To (included)'), to),
  el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-primary' }, 'Show')),
  el('div', { class: 'col-12' }, formError));

  root.append(adminNav('dashboard'), heading, form, quickBar, exportsBar, exportsStatus, content);
  pageTitle(heading, 'Admin dashboard');
  await load();
  return () => cleanups.forEach((fn) => fn());
}
