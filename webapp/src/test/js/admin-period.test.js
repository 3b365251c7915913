import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastDays, nextDays, quickPeriods, checkPeriod, exportUrl, moneyTotals, madeBetween, busyDays } from '../../main/resources/META-INF/resources/js/admin/period.js';
import { isAdmin } from '../../main/resources/META-INF/resources/js/admin/access.js';

test('the default period is the last 30 UTC days including today', () => {
  // 00:30 UTC on 1 March 2031: still 28 February west of London, but reports count UTC days.
  assert.deepEqual(lastDays(30, new Date('2031-03-01T00:30:00Z')), { from: '2031-01-31', to: '2031-03-01' });
  assert.deepEqual(lastDays(1, new Date('2031-03-01T23:59:00Z')), { from: '2031-03-01', to: '2031-03-01' });
});

test('the coming days start today (UTC) and cross month ends', () => {
  assert.deepEqual(nextDays(7, new Date('2031-02-26T23:30:00Z')), { from: '2031-02-26', to: '2031-03-04' });
  assert.deepEqual(nextDays(1, new Date('2031-03-01T00:00:00Z')), { from: '2031-03-01', to: '2031-03-01' });
});

test('the quick periods: today, the last 7 and 30 days, the next 7', () => {
  const now = new Date('2031-03-01T12:00:00Z');
  assert.deepEqual(quickPeriods(now).map((p) => [p.id, p.from, p.to]), [
    ['today', '2031-03-01', '2031-03-01'],
    ['last-7', '2031-02-23', '2031-03-01'],
    ['last-30', '2031-01-31', '2031-03-01'],
    ['next-7', '2031-03-01', '2031-03-07'],
  ]);
  // The dashboard opens on the last 30 days: that button shows as pressed.
  assert.deepEqual(quickPeriods(now).find((p) => p.id === 'last-30'), { id: 'last-30', label: 'Last 30 days', ...lastDays(30, now) });
});

test('a period names the field that is wrong, as the server does', () => {
  assert.equal(checkPeriod('2031-03-01', '2031-03-31'), null);
  assert.equal(checkPeriod('', '2031-03-31').field, 'from');
  assert.equal(checkPeriod('2031-03-02', '2031-03-01').field, 'to');
});

test('exports and money totals', () => {
  assert.equal(exportUrl('bookings', '2031-03-01', '2031-03-31'), '/api/admin/reports/bookings.csv?from=2031-03-01&to=2031-03-31');
  const format = (cents, currency) => `${currency} ${(cents / 100).toFixed(2)}`;
  // Never one sum across currencies.
  assert.equal(moneyTotals([{ currency: 'GBP', amountCents: 1250 }, { currency: 'EUR', amountCents: 300 }], format), 'GBP 12.50 \u00b7 EUR 3.00');
  assert.equal(moneyTotals([], format), '—');
});

test('only staff are admins', () => {
  assert.equal(isAdmin({ roles: ['USER', 'ADMIN'] }), true);
  assert.equal(isAdmin({ roles: ['USER'] }), false);
  assert.equal(isAdmin(null), false);
});

test('a list filter\'s days become instants from the first midnight to the one after the last day (UTC)', () => {
  assert.deepEqual(madeBetween('2031-02-28', '2031-02-28'), { from: '2031-02-28T00:00:00Z', to: '2031-03-01T00:00:00.000Z' });
  assert.deepEqual(madeBetween('', '2031-12-31'), { to: '2032-01-01T00:00:00.000Z' });
  assert.deepEqual(madeBetween('2031-03-01', ''), { from: '2031-03-01T00:00:00Z' });
  assert.deepEqual(madeBetween('', ''), {});
});

test('the per-day table keeps the days with bookings and counts the quiet ones', () => {
  const day = (date, bookings, ticketsSold) => ({ date, bookings, ticketsSold });
  const perDay = [day('2026-12-04', 0, 0), day('2026-12-05', 2, 5), day('2026-12-06', 0, 0), day('2026-12-07', 1, 1)];
  assert.deepEqual(busyDays(perDay), { busy: [perDay[1], perDay[3]], quiet: 2 });
  assert.deepEqual(busyDays([day('2026-12-04', 0, 0)]), { busy: [], quiet: 1 });
  assert.deepEqual(busyDays([]), { busy: [], quiet: 0 });
});
