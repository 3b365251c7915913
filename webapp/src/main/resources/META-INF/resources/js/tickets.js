// What a confirmed booking gives the customer to take away: the QR ticket image and the showing as a calendar file,
// both from the gateway (GET /api/bookings/{id}/ticket and /calendar), both shown or saved from a blob URL.
import { accessToken } from './session.js';
import { refresh } from './auth.js';

/**
 * Fetches one of the booking's files with the Authorization header (renewing an expired token once) and returns an
 * object URL for it. The token never goes into a URL; revoke the returned URL when the page goes away.
 */
async function bookingFileUrl(bookingId, { path, accept, what, unavailable }) {
  const get = (token) => fetch(`/api/bookings/${encodeURIComponent(bookingId)}/${path}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: accept }, cache: 'no-store',
  });
  let response = await get(accessToken());
  if (response.status === 401) {
    const renewed = await refresh();
    if (renewed) response = await get(renewed);
  }
  if (!response.ok) {
    throw new Error(response.status === 409 ? unavailable : `We could not load your ${what} right now. Please try again.`);
  }
  return URL.createObjectURL(await response.blob());
}

/** The booking's QR ticket (a PNG), as an object URL for an <img>. */
export function ticketImageUrl(bookingId) {
  return bookingFileUrl(bookingId, {
    path: 'ticket', accept: 'image/png', what: 'ticket', unavailable: 'The ticket is not available for this booking.',
  });
}

/**
 * The booking's showing as an iCalendar file, made by the booking service (the same event, with the same UID, as
 * the one attached to the confirmation e-mail, so a calendar that has one does not add the other), as an object
 * URL for a download link.
 */
export function calendarFileUrl(bookingId) {
  return bookingFileUrl(bookingId, {
    path: 'calendar', accept: 'text/calendar', what: 'calendar file',
    unavailable: 'The calendar file is only there for a confirmed booking.',
  });
}

/** The name the calendar file is saved under, as the gateway names it: showing-K7Q2XP.ics. */
export function calendarFileName(bookingCode) {
  return `showing-${bookingCode}.ics`;
}
