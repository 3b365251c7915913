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

/**
 * One line per message: what, how and to whom, and how it went. `when` formats an instant (the page passes the
 * cinema's time zone). A failed one says what to do about it.
 */
export function noticeLine(notice, when) {
  const what = KINDS[notice.kind] ?? notice.kind;
  const how = notice.channel === 'SMS' ? 'by SMS' : `by e-mail${notice.recipient ? ` to ${notice.recipient}` : ''}`;
  const outcome = {
    SENT: notice.sentAt ? `sent ${when(notice.sentAt)}` : 'sent',
    PENDING: 'on its way',
    FAILED: 'could not be delivered: check the address and phone number in your profile',
  }[notice.status] ?? notice.status.toLowerCase();
  return { text: `${what} ${how}: ${outcome}`, failed: notice.status === 'FAILED' };
}
