// Ticket types (Adult, Child, Senior, Student; docs/decisions/0022-ticket-types.md): what the checkout offers for
// each seat of a hold, and how a ticket's type reads wherever seats are listed. The booking service prices and
// checks every choice; what is worked out here is only what the customer sees before choosing.
import { money } from './ui.js';

export const TICKET_TYPES = '{ ticketTypes { type label condition discountCents notForRatings } }';

/** Names of the types when the offers could not be read (the booking service's labels are the ones shown). */
const FALLBACK_LABELS = { ADULT: 'Adult', CHILD: 'Child', SENIOR: 'Senior', STUDENT: 'Student' };

/** "Child", from the offers when known. */
export function ticketTypeLabel(type, offers = []) {
  return offers.find((o) => o.type === type)?.label ?? FALLBACK_LABELS[type] ?? type ?? '';
}

/** "A5 (Child), A6": a seat's type is named unless it is an Adult ticket, as on the e-mails. */
export function seatList(tickets, offers = []) {
  return (tickets ?? []).map((t) => (t.ticketType && t.ticketType !== 'ADULT'
    ? `${t.seatLabel} (${ticketTypeLabel(t.ticketType, offers)})` : t.seatLabel)).join(', ');
}

/**
 * The choices for one ticket: each offered type with its price for this seat (the seat's full price less the type's
 * discount, never below 0) and, when the film's age rating rules the type out, why not. `fullPriceCents` is the
 * seat's Adult price as the booking service stored it.
 */
export function ticketChoices(ticket, offers, ageRating, currency) {
  return offers.map((offer) => {
    const barred = Boolean(ageRating) && (offer.notForRatings ?? []).includes(ageRating);
    const price = Math.max(0, ticket.fullPriceCents - offer.discountCents);
    const who = offer.condition ? ` (${offer.condition.charAt(0).toLowerCase()}${offer.condition.slice(1)})` : '';
    return {
      type: offer.type,
      priceCents: price,
      disabled: barred,
      text: barred
        ? `${offer.label}: not for ${ageRating}-rated films`
        : `${offer.label}${who} \u2013 ${money(price, currency)}`,
    };
  });
}

/**
 * The dashboard's concession mix: each type sold with its tickets and its share of `total` (one decimal, as the
 * dashboard's other percentages), most first as the booking service lists them.
 */
export function ticketMix(byType, total) {
  return (byType ?? []).map((t) => ({
    label: ticketTypeLabel(t.ticketType),
    tickets: t.ticketsSold,
    percent: total > 0 ? Math.round((t.ticketsSold * 1000) / total) / 10 : 0,
  }));
}

/** Why the types cannot be changed now, or null when they can (a coupon on the hold is worked out again). */
export function lockedReason(booking) {
  if (booking.status !== 'HELD') return 'Ticket types can only be changed while the seats are on hold.';
  return null;
}

/** Why a coupon would stop applying, as the booking service's reasons (COUPON_INVALID) name it. */
const NO_LONGER_APPLIES = {
  MIN_ORDER: 'these tickets come to less than its minimum order',
  EXPIRED: 'it has expired',
  INACTIVE: 'it is no longer active',
  USED_UP: 'it has been used up',
};

/**
 * What the checkout says when a ticket type was refused because the hold's coupon would not apply to the tickets as
 * chosen (docs/decisions/0025-coupon-quoted-again-on-a-ticket-type-change.md): nothing changed, and how to go on.
 */
export function couponRefusalLine(code, reason) {
  const why = NO_LONGER_APPLIES[reason];
  return `Coupon ${code} would not apply to these tickets${why ? `: ${why}` : ''}. `
    + 'Remove the coupon to choose them, or keep these tickets.';
}
