// Small DOM and formatting helpers shared by the pages.

/** Creates an element: el('a', { href: '#/', class: 'x' }, 'text', child). Text is never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name === 'style') {
      // Through the CSSOM: the gateway's Content-Security-Policy refuses style attributes (no 'unsafe-inline').
      node.style.cssText = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : String(child));
  }
}

export function loading(text = 'Loading…') {
  return el('div', { class: 'd-flex align-items-center gap-2 text-body-secondary py-3', role: 'status' },
    el('span', { class: 'spinner-border spinner-border-sm', 'aria-hidden': 'true' }), el('span', {}, text));
}

/** A Bootstrap alert; role=alert for errors (announced at once), status otherwise. */
export function alertBox(text, kind = 'danger') {
  return el('div', { class: `alert alert-${kind}`, role: kind === 'danger' ? 'alert' : 'status' }, text);
}

/** Shows a message in the page-wide message area (errors from actions that have no better place). */
export function flash(text, kind = 'danger') {
  const area = document.getElementById('flash');
  area.replaceChildren(alertBox(text, kind));
}

export function clearFlash() {
  document.getElementById('flash')?.replaceChildren();
}

/** "1 seat", "3 seats": a count with its noun, plural after any count but one (`plural` where "s" will not do). */
export function counted(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function money(cents, currency = 'EUR') {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

function zoned(timeZone, options) {
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone || undefined });
  } catch {
    return new Intl.DateTimeFormat('en-GB', options);
  }
}

/** "Thu 26 Nov" in the cinema's time zone. */
export function dayLabel(iso, timeZone) {
  return zoned(timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));
}

/**
 * 'Today' or 'Tomorrow' when the calendar day {@code key} (yyyy-mm-dd) is that day in the time zone (the browser's
 * when none is given), else null.
 */
export function nearDay(key, timeZone, now = Date.now()) {
  if (dayKey(new Date(now).toISOString(), timeZone) === key) return 'Today';
  if (dayKey(new Date(now + 86_400_000).toISOString(), timeZone) === key) return 'Tomorrow';
  return null;
}

/** "Thu" and "26 Nov" apart, in the cinema's time zone: a day picker's two lines. */
export function weekdayLabel(iso, timeZone) {
  return zoned(timeZone, { weekday: 'short' }).format(new Date(iso));
}

export function shortDateLabel(iso, timeZone) {
  return zoned(timeZone, { day: 'numeric', month: 'short' }).format(new Date(iso));
}

/** yyyy-mm-dd in the cinema's time zone, to group showtimes by day. */
export function dayKey(iso, timeZone) {
  return zoned(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
    .split('/').reverse().join('-');
}

/** "19:30" in the cinema's time zone. */
export function timeLabel(iso, timeZone) {
  return zoned(timeZone, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

export function dateTimeLabel(iso, timeZone) {
  return `${dayLabel(iso, timeZone)}, ${timeLabel(iso, timeZone)}`;
}

/** dateTimeLabel in the cinema's zone; in UTC, and saying so, while the zone is unknown (its service unreadable). */
export function localOrUtcLabel(iso, timeZone) {
  return timeZone ? dateTimeLabel(iso, timeZone) : `${dateTimeLabel(iso, 'UTC')} UTC`;
}

export function stars(rating) {
  const rounded = Math.round(rating ?? 0);
  return '★'.repeat(rounded) + '☆'.repeat(Math.max(0, 5 - rounded));
}

/** Sets the page title and gives the main heading focus, so screen readers hear the new page. */
export function pageTitle(heading, title) {
  document.title = `${title ?? heading.textContent} — Cinema`;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/** The current hash route, to come back to after signing in. */
export function currentRoute() {
  return location.hash || '#/';
}

/** Sends a signed-out visitor to sign in, and back here afterwards. */
export function goSignIn(next = currentRoute()) {
  location.hash = `#/signin?next=${encodeURIComponent(next)}`;
}

/**
 * A cinema's street address and town in one line. The town is added only where the address does not already name
 * it, as a UK address does before its postcode ("27 Belvedere Road, London SE1 7GP").
 */
export function addressLine(address, city) {
  const street = (address ?? '').trim();
  const town = (city ?? '').trim();
  if (!street || !town) return street || town;
  const escaped = town.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const namesTown = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  return namesTown.test(street) ? street : `${street}, ${town}`;
}

/**
 * A route to the cinema in Google Maps (its app on a phone): to its coordinates when known, else to its name and
 * address; null when there is nothing to go by.
 */
export function directionsUrl(cinema) {
  const base = 'https://www.google.com/maps/dir/?api=1&destination=';
  if (Number.isFinite(cinema?.latitude) && Number.isFinite(cinema?.longitude)) {
    return `${base}${cinema.latitude},${cinema.longitude}`;
  }
  const where = [cinema?.name, addressLine(cinema?.address, cinema?.city)].filter(Boolean).join(', ');
  return where ? `${base}${encodeURIComponent(where)}` : null;
}

/** A link that opens elsewhere, in a new tab, saying so to those who cannot see the icon-less hint. */
export function externalLink(href, text, attributes = {}) {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', ...attributes },
    text, el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
}

/** Seat types as customers read them. */
export const SEAT_TYPES = { STANDARD: 'Standard', PREMIUM: 'Premium', VIP: 'VIP', WHEELCHAIR: 'Wheelchair space', COUPLE: 'Couple seat', COMPANION: 'Companion seat (with a wheelchair space)' };

/** A fresh random id (idempotency keys); crypto.randomUUID needs a secure context, so fall back to random bytes. */
export function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const FORMATS = { STANDARD: 'Standard', IMAX: 'IMAX', THREE_D: '3D', DOLBY_ATMOS: 'Dolby Atmos', FOUR_DX: '4DX', SCREENX: 'ScreenX' };

/** "THREE_D" -> "3D", "DOLBY_ATMOS" -> "Dolby Atmos". */
export function formatLabel(format) {
  if (!format) return '';
  return FORMATS[format] ?? format.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
