import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdLeft } from '../../main/resources/META-INF/resources/js/bookings.js';
import { money, formatLabel, counted, addressLine, directionsUrl } from '../../main/resources/META-INF/resources/js/ui.js';

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

test('an address line names the town once, whether or not the address already does', () => {
  assert.equal(addressLine('27 Belvedere Road, London SE1 7GP', 'London'), '27 Belvedere Road, London SE1 7GP');
  assert.equal(addressLine('41 Ormond Quay Upper, Dublin 7, D07 F6X2', 'dublin'), '41 Ormond Quay Upper, Dublin 7, D07 F6X2');
  assert.equal(addressLine('12 High Street', 'London'), '12 High Street, London');
  assert.equal(addressLine('3 Londonderry Road', 'London'), '3 Londonderry Road, London', 'a town inside a longer word is not the town');
  assert.equal(addressLine('1 Rue de Rivoli, 75001 Paris', 'Paris'), '1 Rue de Rivoli, 75001 Paris');
  assert.equal(addressLine('Königstraße 5, 70173 Stuttgart', 'Stuttgart'), 'Königstraße 5, 70173 Stuttgart');
  assert.equal(addressLine('Hauptstraße 1', 'Düsseldorf'), 'Hauptstraße 1, Düsseldorf');
  assert.equal(addressLine('5 Rother Street', 'Stratford-upon-Avon (Warks.)'), '5 Rother Street, Stratford-upon-Avon (Warks.)', 'a town with regex characters is matched as text');
  assert.equal(addressLine('', 'Leeds'), 'Leeds');
  assert.equal(addressLine('1 Park Row', null), '1 Park Row');
});

test('directions lead to the cinema\'s coordinates, else to its name and address, else nowhere', () => {
  assert.equal(directionsUrl({ name: 'Lumen Southbank', latitude: 51.5055, longitude: -0.1167 }),
    'https://www.google.com/maps/dir/?api=1&destination=51.5055,-0.1167');
  assert.equal(directionsUrl({ name: 'Lumen Ormond Quay', address: '1 Ormond Quay', city: 'Dublin' }),
    'https://www.google.com/maps/dir/?api=1&destination=Lumen%20Ormond%20Quay%2C%201%20Ormond%20Quay%2C%20Dublin');
  assert.equal(directionsUrl({ latitude: 0, longitude: 0, name: 'Null Island' }),
    'https://www.google.com/maps/dir/?api=1&destination=0,0', 'zero is a coordinate');
  assert.equal(directionsUrl({}), null);
  assert.equal(directionsUrl(null), null);
});
