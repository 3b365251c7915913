import { test } from 'node:test';
import assert from 'node:assert/strict';
import { couponRefusalLine, lockedReason, seatList, ticketChoices, ticketMix, ticketTypeLabel } from '../../main/resources/META-INF/resources/js/ticket-types.js';

const offers = [
  { type: 'ADULT', label: 'Adult', condition: '', discountCents: 0, notForRatings: [] },
  { type: 'CHILD', label: 'Child', condition: 'Under 15', discountCents: 350, notForRatings: ['15', '18'] },
  { type: 'SENIOR', label: 'Senior', condition: '65 and over', discountCents: 250, notForRatings: [] },
];

test('each type is priced from the seat\'s full price, whatever the ticket is now', () => {
  // a Senior ticket now: 1,000 - 250 paid, yet every choice starts from the full 1,000
  const choices = ticketChoices({ ticketType: 'SENIOR', priceCents: 750, fullPriceCents: 1000 }, offers, '12A', 'GBP');
  assert.deepEqual(choices.map((c) => [c.type, c.priceCents, c.disabled]),
    [['ADULT', 1000, false], ['CHILD', 650, false], ['SENIOR', 750, false]]);
  assert.equal(choices[0].text, 'Adult \u2013 \u00a310.00');
  assert.equal(choices[1].text, 'Child (under 15) \u2013 \u00a36.50');
});

test('a type is offered but not choosable for a film its rating rules out; never a price below nothing', () => {
  const choices = ticketChoices({ ticketType: 'ADULT', priceCents: 300, fullPriceCents: 300 }, offers, '15', 'GBP');
  assert.deepEqual(choices.map((c) => [c.type, c.priceCents, c.disabled]),
    [['ADULT', 300, false], ['CHILD', 0, true], ['SENIOR', 50, false]]);
  assert.equal(choices[1].text, 'Child: not for 15-rated films');
  // no rating known: nothing is ruled out here (the booking service still checks)
  assert.equal(ticketChoices({ fullPriceCents: 900 }, offers, undefined, 'GBP')[1].disabled, false);
});

test('seat lists name a concession and leave Adult tickets plain', () => {
  const tickets = [{ seatLabel: 'A5', ticketType: 'CHILD' }, { seatLabel: 'A6', ticketType: 'ADULT' }, { seatLabel: 'A7' }];
  assert.equal(seatList(tickets, offers), 'A5 (Child), A6, A7');
  assert.equal(seatList([{ seatLabel: 'B1', ticketType: 'STUDENT' }]), 'B1 (Student)');
  assert.equal(seatList(undefined), '');
  assert.equal(ticketTypeLabel('SENIOR', offers), 'Senior');
});

test('types change on a hold, with or without a coupon, and only on a hold', () => {
  assert.equal(lockedReason({ status: 'HELD', couponCode: null }), null);
  assert.equal(lockedReason({ status: 'HELD', couponCode: 'SPRING10' }), null);
  assert.match(lockedReason({ status: 'CONFIRMED', couponCode: null }), /on hold/);
  assert.match(lockedReason({ status: 'PAYMENT_PENDING', couponCode: 'SPRING10' }), /on hold/);
});

test('a type refused because the coupon would stop applying says why and how to go on', () => {
  assert.equal(couponRefusalLine('FLAT5', 'MIN_ORDER'), 'Coupon FLAT5 would not apply to these tickets: these '
    + 'tickets come to less than its minimum order. Remove the coupon to choose them, or keep these tickets.');
  assert.equal(couponRefusalLine('SPRING10', 'EXPIRED'), 'Coupon SPRING10 would not apply to these tickets: it has '
    + 'expired. Remove the coupon to choose them, or keep these tickets.');
  // a reason the portal has no words for is left out rather than shown as a code
  assert.equal(couponRefusalLine('X1', 'SOMETHING_NEW'), 'Coupon X1 would not apply to these tickets. Remove the '
    + 'coupon to choose them, or keep these tickets.');
});

test('the dashboard\'s ticket mix gives each type its share of all tickets sold', () => {
  const mix = ticketMix([{ ticketType: 'ADULT', ticketsSold: 7 }, { ticketType: 'CHILD', ticketsSold: 2 },
    { ticketType: 'STUDENT', ticketsSold: 1 }], 10);
  assert.deepEqual(mix, [{ label: 'Adult', tickets: 7, percent: 70 }, { label: 'Child', tickets: 2, percent: 20 },
    { label: 'Student', tickets: 1, percent: 10 }]);
  assert.equal(ticketMix([{ ticketType: 'SENIOR', ticketsSold: 1 }], 3)[0].percent, 33.3);
  assert.deepEqual(ticketMix(undefined, 0), []);
});
