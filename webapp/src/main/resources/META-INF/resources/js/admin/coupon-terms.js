// How the admin coupons screen words a coupon's terms: its validity, its state and where it applies; and the UTC
// date pickers. Pure functions, unit-tested under src/test/js.

// A coupon runs across the chain's time zones, so its pickers are read and written as UTC (and labelled so).
export const toPicker = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16) : '');
export const fromPicker = (value) => (value ? new Date(`${value}Z`).toISOString() : null);
const utc = (iso) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function validity(c) {
  if (!c.startsAt && !c.expiresAt) return 'Always';
  if (!c.expiresAt) return `From ${utc(c.startsAt)}`;
  if (!c.startsAt) return `Until ${utc(c.expiresAt)}`;
  return `${utc(c.startsAt)} to ${utc(c.expiresAt)}`;
}

/** Switched on is not the whole story: an active coupon may be past its end, not started or used up. */
export function status(c, now = Date.now()) {
  if (!c.active) return 'Inactive';
  if (c.expiresAt && now >= Date.parse(c.expiresAt)) return 'Expired';
  if (c.startsAt && now < Date.parse(c.startsAt)) return 'Not started';
  if (c.usageLimit != null && c.usedCount >= c.usageLimit) return 'Used up';
  return 'Active';
}

/** Where a coupon applies, by name where the name is known (a cinema or movie since deleted shows its id). */
export function scope(c, names) {
  const parts = [];
  if (c.cinemaIds.length) parts.push(`At ${c.cinemaIds.map((id) => names.cinemas.get(id) ?? `cinema ${id}`).join(', ')}`);
  if (c.movieIds.length) parts.push(`For ${c.movieIds.map((id) => names.movies.get(id) ?? `movie ${id}`).join(', ')}`);
  return parts.length ? parts.join('; ') : 'Everywhere';
}
