// What the checkout, confirmation and my-bookings pages share: the booking's fields and how to name its parts.
import { el, money, SEAT_TYPES, timeLabel, dayKey, dateTimeLabel, localOrUtcLabel } from './ui.js';
import { ticketTypeLabel } from './ticket-types.js';
import { featureWords } from './showtimes.js';

export const BOOKING_FIELDS = `id code status showtimeId holdExpiresAt createdAt subtotalCents discountCents totalCents currency couponCode
  tickets { id seatId seatLabel seatType ticketType priceCents fullPriceCents checkedInAt }
  showtime { id startsAt endsAt features movie { id title ageRating } cinema { id name address city timeZone latitude longitude } auditorium { name } }`;
export const PAYMENT_FIELDS = 'payment { id status method amountCents currency receiptNumber refundedCents cardBrand cardLast4 }';

export const BOOKING = `query Booking($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} ${PAYMENT_FIELDS} } }`;

const STATUS = {
  HELD: ['On hold, not paid', 'text-bg-warning'],
  PAYMENT_PENDING: ['Payment in progress', 'text-bg-info'],
  CONFIRMED: ['Confirmed', 'text-bg-success'],
  CANCELLED: ['Cancelled', 'text-bg-secondary'],
  EXPIRED: ['Hold expired', 'text-bg-secondary'],
  REFUNDED: ['Refunded', 'text-bg-secondary'],
  FAILED: ['Payment failed', 'text-bg-danger'],
};

export function statusBadge(status) {
  const [text, cls] = STATUS[status] ?? [status, 'text-bg-light'];
  return el('span', { class: `badge ${cls}`, 'data-testid': 'booking-status', 'data-status': status }, text);
}

/** Seconds left on a hold and its m:ss text. */
export function holdLeft(expiresAt) {
  const ms = Math.max(0, new Date(expiresAt).getTime() - Date.now());
  const total = Math.ceil(ms / 1000);
  return { ms, text: `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` };
}

/**
 * "Checked in at 19:02" for a ticket used at the door, in the cinema's time (the date too when it was not on the day
 * of the showtime); null while unused.
 */
export function checkInLabel(ticket, showtime) {
  if (!ticket?.checkedInAt) return null;
  const zone = showtime?.cinema?.timeZone;
  if (!zone) return `Checked in at ${localOrUtcLabel(ticket.checkedInAt, zone)}`;
  const sameDay = dayKey(ticket.checkedInAt, zone) === dayKey(showtime.startsAt, zone);
  return `Checked in at ${sameDay ? timeLabel(ticket.checkedInAt, zone) : dateTimeLabel(ticket.checkedInAt, zone)}`;
}

/** The seats as a table: seat, seat type, ticket type, price; subtotal, discount and total underneath. */
export function priceTable(booking) {
  const currency = booking.currency;
  const row = (label, value, attrs = {}) => el('tr', {}, el('th', { scope: 'row', colspan: '3', class: 'fw-normal' }, label),
    el('td', { class: 'text-end', ...attrs }, value));
  return el('table', { class: 'table table-sm align-middle mb-0', 'data-testid': 'price-table' },
    el('caption', { class: 'visually-hidden' }, 'Your seats and prices'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Seat'), el('th', { scope: 'col' }, 'Type'),
      el('th', { scope: 'col' }, 'Ticket'), el('th', { scope: 'col', class: 'text-end' }, 'Price'))),
    el('tbody', { 'data-testid': 'ticket-rows' }, (booking.tickets ?? []).map((t) => el('tr', {},
      el('td', {}, t.seatLabel, t.checkedInAt
        ? el('span', { class: 'badge text-bg-secondary ms-2', 'data-testid': 'ticket-used' }, checkInLabel(t, booking.showtime)) : null),
      el('td', {}, SEAT_TYPES[t.seatType] ?? t.seatType ?? ''),
      el('td', { 'data-testid': 'ticket-type' }, ticketTypeLabel(t.ticketType)),
      el('td', { class: 'text-end' }, money(t.priceCents, currency))))),
    el('tfoot', {},
      row('Subtotal', money(booking.subtotalCents, currency), { 'data-testid': 'subtotal' }),
      booking.discountCents
        ? row(`Discount${booking.couponCode ? ` (${booking.couponCode})` : ''}`, `\u2212${money(booking.discountCents, currency)}`, { 'data-testid': 'discount' })
        : null,
      el('tr', { class: 'fw-bold' }, el('th', { scope: 'row', colspan: '3' }, 'Total'),
        el('td', { class: 'text-end', 'data-testid': 'total' }, money(booking.totalCents, currency)))));
}

export function showtimeLine(show, dateTime) {
  return [show?.cinema?.name, show?.auditorium?.name, featureWords(show?.features),
    show ? dateTime(show.startsAt, show.cinema?.timeZone) : null].filter(Boolean).join(' \u00b7 ');
}
