import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdLeft } from '../../main/resources/META-INF/resources/js/bookings.js';
import { money, formatLabel, counted } from '../../main/resources/META-INF/resources/js/ui.js';

test('money is formatted from integer cents in the showtime currency', () => {
  assert.equal(money(1450, 'GBP'), '£14.50');
  assert.equal(money(5, 'EUR'), '€0.05');
  assert.equal(money(123456, 'USD'), 'US$1,234.56');
  assert.equal(money(1000, 'XYZ1'), '10.00 XYZ1', 'an unknown currency code still shows the amount');
});

test('the hold countdown is m:ss, rounded up, never below zero', () => {
  const inMs = (ms) => new Date(Date.now() + ms).toISOString();
  assert.match(holdLeft(inMs(600_000)).text, /^(10:00|9:59)$/);
  assert.match(holdLeft(inMs(61_500)).text, /^1:0[12]$/);
  assert.equal(holdLeft(inMs(-5_000)).text, '0:00');
  assert.equal(holdLeft(inMs(-5_000)).ms, 0);
});

test('auditorium formats read as customers say them', () => {
  assert.equal(formatLabel('THREE_D'), '3D');
  assert.equal(formatLabel('DOLBY_ATMOS'), 'Dolby Atmos');
  assert.equal(formatLabel('LASER_PROJECTION'), 'Laser Projection');
  assert.equal(formatLabel(null), '');
});

test('a count says its noun in the singular for one only', () => {
  assert.equal(counted(1, 'seat'), '1 seat');
  assert.equal(counted(0, 'seat'), '0 seats');
  assert.equal(counted(3, 'confirmed booking'), '3 confirmed bookings');
  assert.equal(counted(2, 'day', 'days off'), '2 days off');
});
