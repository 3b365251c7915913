// What a confirmed booking gives the customer to take away: the QR ticket image and a calendar entry.
import { accessToken } from './session.js';
import { refresh } from './auth.js';
import { seatList } from './ticket-types.js';

/**
 * Fetches the booking's QR ticket (a PNG) with the Authorization header and returns an object URL for an <img>.
 * The token never goes into a URL; revoke the returned URL when the page goes away.
 */
export async function ticketImageUrl(bookingId) {
  const get = (token) => fetch(`/api/bookings/${encodeURIComponent(bookingId)}/ticket`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'image/png' }, cache: 'no-store',
  });
  let response = await get(accessToken());
  if (response.status === 401) {
    const renewed = await refresh();
    if (renewed) response = await get(renewed);
  }
  if (!response.ok) {
    throw new Error(response.status === 409
      ? 'The ticket is not available for this booking.'
      : 'We could not load your ticket right now. Please try again.');
  }
  return URL.createObjectURL(await response.blob());
}

/** 2026-12-01T19:30:00Z -> 20261201T193000Z */
function icsTime(iso) {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 text escaping, and folding at 75 octets (approximated by characters). */
function icsText(value) {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function fold(line) {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`);
  return parts.join('\r\n');
}

/** An iCalendar file for the showtime, times in UTC. */
export function calendarFile(booking) {
  const show = booking.showtime ?? {};
  const seats = seatList(booking.tickets);
  const start = show.startsAt;
  const end = show.endsAt ?? new Date(new Date(start).getTime() + 2 * 3_600_000).toISOString();
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cinema//Customer portal//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:booking-${booking.id}@cinema`,
    `DTSTAMP:${icsTime(new Date().toISOString())}`,
    `DTSTART:${icsTime(start)}`,
    `DTEND:${icsTime(end)}`,
    `SUMMARY:${icsText(`${show.movie?.title ?? 'Movie'} at ${show.cinema?.name ?? 'the cinema'}`)}`,
    `LOCATION:${icsText([show.cinema?.name, show.auditorium?.name].filter(Boolean).join(', '))}`,
    `DESCRIPTION:${icsText(`Booking ${booking.code}. Seats ${seats}. Show the QR ticket at the door.`)}`,
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function calendarUrl(booking) {
  return URL.createObjectURL(new Blob([calendarFile(booking)], { type: 'text/calendar;charset=utf-8' }));
}
