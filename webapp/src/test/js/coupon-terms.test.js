import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPicker, fromPicker, validity, status, scope } from '../../main/resources/META-INF/resources/js/admin/coupon-terms.js';

const coupon = (terms) => ({ active: true, startsAt: null, expiresAt: null, usageLimit: null, usedCount: 0, cinemaIds: [], movieIds: [], ...terms });

test('the date pickers hold UTC minutes, both ways, and empty means none', () => {
  assert.equal(toPicker('2031-03-01T09:30:00+01:00'), '2031-03-01T08:30');
  assert.equal(fromPicker('2031-03-01T08:30'), '2031-03-01T08:30:00.000Z');
  assert.equal(toPicker(null), '');
  assert.equal(fromPicker(''), null);
});

test('validity names each open or closed end in UTC', () => {
  assert.equal(validity(coupon({})), 'Always');
  assert.equal(validity(coupon({ startsAt: '2031-03-01T08:30:00Z' })), 'From 2031-03-01 08:30 UTC');
  assert.equal(validity(coupon({ expiresAt: '2031-04-01T00:00:00+02:00' })), 'Until 2031-03-31 22:00 UTC');
  assert.equal(validity(coupon({ startsAt: '2031-03-01T08:30:00Z', expiresAt: '2031-04-01T00:00:00Z' })),
    '2031-03-01 08:30 UTC to 2031-04-01 00:00 UTC');
});

test('an active coupon past its end, before its start or used up says so; the end is exclusive', () => {
  const now = Date.parse('2031-03-15T12:00:00Z');
  assert.equal(status(coupon({}), now), 'Active');
  assert.equal(status(coupon({ active: false, expiresAt: '2031-01-01T00:00:00Z' }), now), 'Inactive');
  assert.equal(status(coupon({ expiresAt: '2031-03-15T12:00:00Z' }), now), 'Expired');
  assert.equal(status(coupon({ expiresAt: '2031-03-15T12:00:01Z' }), now), 'Active');
  assert.equal(status(coupon({ startsAt: '2031-03-15T12:00:01Z' }), now), 'Not started');
  assert.equal(status(coupon({ usageLimit: 100, usedCount: 100 }), now), 'Used up');
  assert.equal(status(coupon({ usageLimit: 100, usedCount: 99 }), now), 'Active');
});

test('where a coupon applies: by name, by id when the name is unknown, everywhere when unscoped', () => {
  const names = { cinemas: new Map([['3', 'Lumen Ormond Quay']]), movies: new Map([['7', 'Orbit of Glass']]) };
  assert.equal(scope(coupon({}), names), 'Everywhere');
  assert.equal(scope(coupon({ cinemaIds: ['3', '9'] }), names), 'At Lumen Ormond Quay, cinema 9');
  assert.equal(scope(coupon({ cinemaIds: ['3'], movieIds: ['7'] }), names), 'At Lumen Ormond Quay; For Orbit of Glass');
});
