// The messages sent about one booking, on its page (docs/api.md, "Your data"): what went out, on which channel, to
// which address and when, so a customer who cannot find their confirmation sees whether and where it was sent.
// Pure functions, tested with node --test; the page draws them.

export const BOOKING_NOTICES = `query BookingNotices($id: ID) { myNotices(bookingId: $id) { id kind channel recipient
  status createdAt sentAt } }`;

const KINDS = {
  BOOKING_CONFIRMED: 'Booking confirmation',
  BOOKING_CANCELLED: 'Cancellation',
  SHOWTIME_CANCELLED: 'Showing cancelled',
  WAITLIST_OFFER: 'Seats offered from the waitlist',
  BOOKING_REMINDER: 'Reminder',
  WAITLIST_CLOSED: 'Waitlist closed',
  TICKETS_SENT_AGAIN: 'Tickets sent again',
};

/**
 * The notices worth showing, oldest first. A SKIPPED one never went anywhere (no SMS asked for, a reminder not
 * wanted); an SMS still PENDING may yet be skipped (whether one goes is decided when it is sent), so it shows once
 * it was sent or failed.
 */
export function shownNotices(notices) {
  return (notices ?? []).filter((n) => n.status !== 'SKIPPED' && !(n.channel === 'SMS' && n.status === 'PENDING'))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.id) - Number(b.id));
}

/** The messages about any customer's booking, for staff helping them (the admin booking detail). */
export const STAFF_BOOKING_NOTICES = `query StaffBookingNotices($id: ID!) { bookingNotices(bookingId: $id) { id kind channel
  recipient status createdAt sentAt } }`;

/**
 * One line per message: what, how and to whom, and how it went. `when` formats an instant (the page passes the
 * cinema's time zone). A failed one says what to do about it: to the customer, check their profile; to staff
 * (`forStaff`), check the customer's address with them.
 */
export function noticeLine(notice, when, forStaff = false) {
  const what = KINDS[notice.kind] ?? notice.kind;
  const how = notice.channel === 'SMS' ? 'by SMS' : `by e-mail${notice.recipient ? ` to ${notice.recipient}` : ''}`;
  const outcome = {
    SENT: notice.sentAt ? `sent ${when(notice.sentAt)}` : 'sent',
    PENDING: 'on its way',
    FAILED: forStaff ? 'could not be delivered: check the customer\u2019s address and phone number with them'
      : 'could not be delivered: check the address and phone number in your profile',
  }[notice.status] ?? notice.status.toLowerCase();
  return { text: `${what} ${how}: ${outcome}`, failed: notice.status === 'FAILED' };
}

/** E-mails the booking's tickets again, to the customer's current account address (the owner, or staff). */
export const SEND_TICKETS_AGAIN = `mutation SendTicketsAgain($id: ID!) { sendTicketsAgain(bookingId: $id) { bookingId recipient
  queuedAt sendsLeft } }`;

/**
 * How long a showing is taken to last when neither its end nor the movie's length is known: long enough for any
 * feature with its adverts, so the button is never taken away from someone still on their way in.
 */
const ASSUMED_SHOWING_MS = 4 * 3_600_000;

/**
 * When the showing ends: its endsAt; else its start plus the movie's durationMinutes where the answer carries them;
 * else its start plus 4 hours (ASSUMED_SHOWING_MS). Null when not even the start is known.
 */
export function showingEndsAt(showtime) {
  if (showtime?.endsAt) return Date.parse(showtime.endsAt);
  if (!showtime?.startsAt) return null;
  const minutes = showtime.movie?.durationMinutes;
  return Date.parse(showtime.startsAt) + (minutes > 0 ? minutes * 60_000 : ASSUMED_SHOWING_MS);
}

/**
 * Whether to offer "E-mail my tickets again": only a CONFIRMED booking whose showing has not ended has tickets worth
 * sending (the service's rule; it has the last word and says CONFLICT otherwise). A showing that cannot be read is
 * left to the service to judge.
 */
export function canSendTicketsAgain(booking, now = Date.now()) {
  if (booking?.status !== 'CONFIRMED') return false;
  const end = showingEndsAt(booking.showtime);
  return end === null || Number.isNaN(end) || now < end;
}

/**
 * What the customer reads once their tickets are on their way again: where to (their account's current address,
 * which may not be the one they booked with), when they asked (`when` formats an instant; optional) and how many
 * more times they may ask.
 */
export function ticketsSentLine(sent, when) {
  const asked = when && sent.queuedAt ? ` (asked ${when(sent.queuedAt)})` : '';
  const left = sent.sendsLeft > 1 ? ` You can ask ${sent.sendsLeft} more times.`
    : sent.sendsLeft === 1 ? ' You can ask once more.'
      : sent.sendsLeft === 0 ? ' That was the last time we can send them again.' : '';
  return `Your tickets are on their way to ${sent.recipient}${asked}.${left}`;
}
