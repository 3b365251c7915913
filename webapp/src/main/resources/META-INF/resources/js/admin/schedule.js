// The scheduler's rules as the booking service applies them (docs/api.md: no overlaps in one auditorium, movie
// duration plus the cleaning gap, which the service reports as schedulingRules). Pure functions, unit-tested under
// src/test/js; the server stays the judge.

/** Monday 00:00 UTC of the week holding `date` (a Date). */
export function weekStart(date) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * 86_400_000);
}

/** The day (yyyy-mm-dd) `days` after a day (yyyy-mm-dd); calendar arithmetic, no time zone. */
export function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday (yyyy-mm-dd) of the week holding a day (yyyy-mm-dd). */
export function mondayOf(day) {
  return weekStart(new Date(`${day}T00:00:00Z`)).toISOString().slice(0, 10);
}

// One formatter per zone: building one costs far more than formatting with it, and a week view formats every time.
const clocks = new Map();
function clockOf(timeZone) {
  if (!clocks.has(timeZone)) {
    clocks.set(timeZone, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  }
  return clocks.get(timeZone);
}

/**
 * The wall-clock minute of an instant in a time zone, as a datetime-local picker holds it (yyyy-mm-ddThh:mm): staff
 * schedule in the cinema's own time, which moves against UTC with daylight saving.
 */
export function wallClock(instant, timeZone) {
  const parts = Object.fromEntries(clockOf(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The instant (ISO-8601, UTC) a wall-clock minute (yyyy-mm-ddThh:mm) in a time zone stands for. A time the clocks
 * skip in spring is read as the same time after the change (01:30 in London on that night is 02:30 BST), as
 * java.time does; a time they pass twice in autumn is read as the second.
 */
export function instantOf(value, timeZone) {
  const asIfUtc = Date.parse(`${value}Z`);
  const offsetAt = (time) => Date.parse(`${wallClock(time, timeZone)}Z`) - Math.floor(time / 60_000) * 60_000;
  const guess = asIfUtc - offsetAt(asIfUtc);
  return new Date(asIfUtc - offsetAt(guess)).toISOString();
}

/**
 * The starts (ISO-8601, UTC) of a run of `days` showtimes from a wall-clock minute (yyyy-mm-ddThh:mm) in a time zone:
 * the same local time each day, as the booking service's scheduleShowtimeRun places them (so across a change of the
 * clocks the UTC instant moves by the hour, not the showtime).
 */
export function runStarts(value, days, timeZone) {
  const [day, time] = value.split('T');
  return Array.from({ length: days }, (_, i) => instantOf(`${addDays(day, i)}T${time}`, timeZone));
}

/**
 * The showtimes a new one (start, duration in minutes) would clash with, given the service's cleaning gap in
 * minutes: an existing one that starts before the new one ends plus the gap, and ends plus the gap after the new
 * one starts. Cancelled showtimes never clash, nor does the one being moved (`exceptId`).
 */
export function overlaps(existing, startsAt, durationMinutes, gapMinutes, exceptId = null) {
  if (!Number.isInteger(gapMinutes) || gapMinutes < 0) throw new RangeError('the cleaning gap is a whole number of minutes');
  const start = new Date(startsAt).getTime();
  const end = start + durationMinutes * 60_000;
  const gap = gapMinutes * 60_000;
  return existing.filter((s) => s.status !== 'CANCELLED' && s.id !== exceptId
    && new Date(s.startsAt).getTime() < end + gap && new Date(s.endsAt).getTime() + gap > start);
}

/**
 * Where a showtime stands at `now` (ms), as the booking service judges it: 'upcoming' may be moved or cancelled;
 * 'playing' (started) may only be cancelled, as after a breakdown; 'shown' (ended) neither, its bookings being refunded
 * one by one (docs/api.md, cancelShowtime).
 */
export function stageOf(showtime, now = Date.now()) {
  if (now >= Date.parse(showtime.endsAt)) return 'shown';
  if (now >= Date.parse(showtime.startsAt)) return 'playing';
  return 'upcoming';
}
