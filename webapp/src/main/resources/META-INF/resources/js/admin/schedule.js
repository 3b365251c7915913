// The scheduler's rules as the booking service applies them (docs/api.md: no overlaps in one auditorium, movie
// duration plus the cleaning gap, which the service reports as schedulingRules). Pure functions, unit-tested under
// src/test/js; the server stays the judge.

/** Monday 00:00 UTC of the week holding `date` (a Date). */
export function weekStart(date) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * 86_400_000);
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
