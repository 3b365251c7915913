import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ordinal, discountLabel, couponState, nextRewardLabel } from '../../main/resources/META-INF/resources/js/rewards.js';

test('milestones read as ordinals', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 10, 11, 12, 13, 21, 22, 103, 111].map(ordinal),
    ['1st', '2nd', '3rd', '4th', '5th', '10th', '11th', '12th', '13th', '21st', '22nd', '103rd', '111th']);
});

test('a reward says what it takes off', () => {
  assert.equal(discountLabel({ discountType: 'PERCENT', value: 10, currency: 'GBP' }), '10\u00a0% off');
  assert.equal(discountLabel({ discountType: 'PERCENT', value: 25, currency: 'GBP', maxDiscountCents: 1500 }),
    '25\u00a0% off (at most £15.00)');
  assert.equal(discountLabel({ discountType: 'FIXED', value: 500, currency: 'EUR' }), '€5.00 off');
});

test('a reward is unused until used, withdrawn or past its expiry', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const coupon = { used: false, active: true, expiresAt: '2027-03-01T12:00:00Z' };
  assert.equal(couponState(coupon, now), 'Unused');
  assert.equal(couponState({ ...coupon, used: true }, now), 'Used');
  assert.equal(couponState({ ...coupon, active: false }, now), 'Withdrawn');
  assert.equal(couponState({ ...coupon, expiresAt: '2026-12-01T12:00:00Z' }, now), 'Expired');
});

test('a milestone not reached yet has no currency: its amounts are plain numbers', () => {
  assert.equal(discountLabel({ discountType: 'FIXED', value: 500 }), '5.00 off');
  assert.equal(discountLabel({ discountType: 'PERCENT', value: 25, maxDiscountCents: 1500 }), '25\u00a0% off (at most 15.00)');
});

test('the next reward says how many more bookings it takes and what it gives', () => {
  const next = { bookings: 5, discountType: 'PERCENT', value: 15, reached: false };
  assert.equal(nextRewardLabel({ confirmedBookings: 3, next, bookingsToNext: 2 }),
    '2 more bookings to your next reward: 15\u00a0% off with your 5th booking.');
  assert.equal(nextRewardLabel({ confirmedBookings: 4, next, bookingsToNext: 1 }),
    'One more booking to your next reward: 15\u00a0% off with your 5th booking.');
  assert.equal(nextRewardLabel({ confirmedBookings: 10, next: null, bookingsToNext: null }), null);
  assert.equal(nextRewardLabel(null), null);
});
