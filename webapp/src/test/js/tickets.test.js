import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFile } from '../../main/resources/META-INF/resources/js/tickets.js';

const booking = {
  id: '42', code: 'BK-7Q2X',
  tickets: [{ seatLabel: 'F7' }, { seatLabel: 'F8' }],
  showtime: {
    startsAt: '2026-12-01T19:30:00+01:00', endsAt: '2026-12-01T21:45:00+01:00',
    movie: { title: 'Dune; Part Two, the long title of a film that takes the summary line past seventy-five characters' },
    cinema: { name: 'Odeon, Leicester Square' }, auditorium: { name: 'Screen 1' },
  },
};

const unfold = (ics) => ics.replace(/\r\n /g, '');

test('the calendar file is an RFC 5545 event with CRLF line ends and the times in UTC', () => {
  const ics = calendarFile(booking);
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n'));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feed');
  const lines = unfold(ics).split('\r\n');
  assert.ok(lines.includes('DTSTART:20261201T183000Z'), lines.join('\n'));
  assert.ok(lines.includes('DTEND:20261201T204500Z'));
  assert.ok(lines.includes('UID:booking-42@cinema'));
  assert.match(lines.find((l) => l.startsWith('DTSTAMP:')), /^DTSTAMP:\d{8}T\d{6}Z$/);
});

test('text is escaped and long lines are folded at 75 characters', () => {
  const ics = calendarFile(booking);
  for (const line of ics.split('\r\n')) assert.ok(line.length <= 75, `too long: ${line}`);
  const lines = unfold(ics).split('\r\n');
  assert.ok(lines.some((l) => l.startsWith('SUMMARY:Dune\\; Part Two\\, the long title')), lines.join('\n'));
  assert.ok(lines.includes('LOCATION:Odeon\\, Leicester Square\\, Screen 1'));
  assert.ok(lines.includes('DESCRIPTION:Booking BK-7Q2X. Seats F7\\, F8. Show the QR ticket at the door.'));
});

test('without an end time the event lasts two hours', () => {
  const ics = calendarFile({ ...booking, showtime: { ...booking.showtime, endsAt: null } });
  assert.ok(unfold(ics).split('\r\n').includes('DTEND:20261201T203000Z'));
});
