// The report period of the admin screens: whole UTC days, both ends included, as the gateway reads it
// (docs/api.md, "Admin dashboard and exports"). Pure functions, unit-tested under src/test/js.

/** yyyy-mm-dd of a Date in UTC. */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `now` falls on. */
function utcMidnight(now) {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The last `days` days up to today (UTC): the dashboard's default. */
export function lastDays(days, now = new Date()) {
  const today = utcMidnight(now);
  return { from: isoDay(new Date(today - (days - 1) * DAY_MS)), to: isoDay(new Date(today)) };
}

/** The next `days` days from today (UTC): the showtimes still on sale, and what of them is sold so far. */
export function nextDays(days, now = new Date()) {
  const today = utcMidnight(now);
  return { from: isoDay(new Date(today)), to: isoDay(new Date(today + (days - 1) * DAY_MS)) };
}

/**
 * The dashboard's quick periods. Sales figures count the days bookings and payments were made; occupancy counts the
 * showtimes starting in the period, so "Next 7 days" shows how full the coming week's screenings are already.
 */
export function quickPeriods(now = new Date()) {
  return [
    { id: 'today', label: 'Today', ...lastDays(1, now) },
    { id: 'last-7', label: 'Last 7 days', ...lastDays(7, now) },
    { id: 'last-30', label: 'Last 30 days', ...lastDays(30, now) },
    { id: 'next-7', label: 'Next 7 days', ...nextDays(7, now) },
  ];
}

/** The period from a form's values: a missing end is refused with the field named, as the server would. */
export function checkPeriod(from, to) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from ?? '')) return { field: 'from', message: 'Choose a start date.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to ?? '')) return { field: 'to', message: 'Choose an end date.' };
  if (to < from) return { field: 'to', message: 'The end date must not be before the start date.' };
  return null;
}

/** The CSV export's address for a period. */
export function exportUrl(name, from, to) {
  return `/api/admin/reports/${encodeURIComponent(name)}.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}

/** "GBP 12.50 · EUR 3.00": one amount per currency, never a sum across currencies. */
export function moneyTotals(totals, format) {
  if (!totals?.length) return '—';
  return totals.map((t) => format(Number(t.amountCents), t.currency)).join(' \u00b7 ');
}

/**
 * A list filter's "made from" and "made until" days (yyyy-mm-dd, either may be empty) as the instants the gateway's
 * filters take: from the start of the first day to the start of the day after the last (UTC), both days included.
 */
export function madeBetween(fromDay, toDay) {
  const range = {};
  if (fromDay) range.from = `${fromDay}T00:00:00Z`;
  if (toDay) range.to = new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS).toISOString();
  return range;
}

/**
 * The days of `perDay` ({ date, bookings, ticketsSold }, every day of the period) that saw any booking, and how many
 * did not: the dashboard's table lists the busy days only (its chart shows the quiet ones as gaps).
 */
export function busyDays(perDay) {
  const busy = perDay.filter((d) => d.bookings > 0 || d.ticketsSold > 0);
  return { busy, quiet: perDay.length - busy.length };
}
