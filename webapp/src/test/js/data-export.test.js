import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ABOUT, everyPage, exportFileName, personalDataDocument, MY_DATA, PAGED,
} from '../../main/resources/META-INF/resources/js/data-export.js';

const answer = {
  me: { id: '7', email: 'ada@example.com', fullName: 'Ada Lovelace', phone: null, smsOptIn: false, roles: ['USER'],
    status: 'ACTIVE', createdAt: '2026-01-02T10:00:00Z' },
  myLoyaltyProgress: { confirmedBookings: 3, bookingsToNext: 2 },
  myRewards: [{ milestone: 3, bookingId: '12', state: 'ISSUED', coupon: { code: 'THANKS-3', used: false } }],
  myReviews: [{ id: '9', movieId: '2', movie: { title: 'Night Train' }, rating: 4, comment: 'Lovely', authorName: 'Ada Lovelace' },
    { id: '8', movieId: '3', movie: null, rating: 2, comment: null, authorName: 'Ada Lovelace' }],
  myNotices: [{ id: '100', kind: 'BOOKING_CONFIRMED', channel: 'EMAIL', recipient: 'ada@example.com', status: 'SENT', bookingId: '12' }],
};
const lists = {
  bookings: [{ id: '12', code: 'AB12CD', status: 'CONFIRMED', totalCents: 2400, tickets: [{ seatLabel: 'C4' }] }],
  payments: [{ id: '30', bookingId: '12', status: 'SUCCEEDED', amountCents: 2400, currency: 'GBP', cardLast4: '4242' }],
  waitlist: [{ id: '5', showtimeId: '40', seats: 2, status: 'WAITING', position: 1,
    showtime: { startsAt: '2026-12-24T19:00:00Z', movie: { title: 'Night Train' }, cinema: { name: 'Regent Leeds' } } }],
};

test('the document holds every part of the customer\'s data under plain names, with when and what it is', () => {
  const document = personalDataDocument(answer, lists, '2026-12-06T15:04:05.000Z');
  assert.deepEqual(Object.keys(document),
    ['exportedAt', 'about', 'account', 'bookings', 'payments', 'waitlist', 'loyalty', 'reviews', 'reviewReports', 'messages']);
  assert.equal(document.exportedAt, '2026-12-06T15:04:05.000Z');
  assert.equal(document.about, ABOUT);
  assert.equal(document.account.email, 'ada@example.com');
  assert.deepEqual(document.bookings, lists.bookings);
  assert.equal(document.payments[0].cardLast4, '4242');
  assert.deepEqual(document.loyalty, { confirmedBookings: 3, bookingsToNext: 2, rewards: answer.myRewards });
  assert.deepEqual(document.messages, answer.myNotices);
});

test('reviews and waitlist places name their film in words, and a deleted film leaves null, not an error', () => {
  const document = personalDataDocument(answer, lists, '2026-12-06T15:04:05.000Z');
  assert.deepEqual(document.reviews[0], { id: '9', movieId: '2', movieTitle: 'Night Train', rating: 4, comment: 'Lovely',
    authorName: 'Ada Lovelace' });
  assert.equal(document.reviews[1].movieTitle, null);
  assert.ok(!('movie' in document.reviews[0]));
  assert.deepEqual(document.waitlist[0], { id: '5', showtimeId: '40', seats: 2, status: 'WAITING', position: 1,
    movieTitle: 'Night Train', cinemaName: 'Regent Leeds', startsAt: '2026-12-24T19:00:00Z' });
});

test('a customer with nothing yet gets empty lists, never a missing part', () => {
  const document = personalDataDocument({ me: answer.me }, {}, '2026-12-06T15:04:05.000Z');
  for (const part of ['bookings', 'payments', 'waitlist', 'reviews', 'reviewReports', 'messages']) assert.deepEqual(document[part], [], part);
  assert.deepEqual(document.loyalty, { rewards: [] });
});

test('every page of bookings is read, and no more than needed', async () => {
  const asked = [];
  const rows = await everyPage(async (page) => {
    asked.push(page);
    return page < 2 ? [`${page}a`, `${page}b`] : [`${page}a`];
  }, 2);
  assert.deepEqual(rows, ['0a', '0b', '1a', '1b', '2a']);
  assert.deepEqual(asked, [0, 1, 2]);
  // A full last page costs one more (empty) request, which ends the loop.
  const exact = [];
  assert.deepEqual(await everyPage(async (page) => { exact.push(page); return page === 0 ? ['x', 'y'] : []; }, 2), ['x', 'y']);
  assert.deepEqual(exact, [0, 1]);
});

test('the file is named after its day, and the requests ask every part the document fills', () => {
  assert.equal(exportFileName('2026-12-06T15:04:05.000Z'), 'cinema-my-data-2026-12-06.json');
  for (const field of ['me', 'myLoyaltyProgress', 'myRewards', 'myReviews', 'myNotices']) {
    assert.match(MY_DATA, new RegExp(`\\b${field}\\b`), field);
  }
  // The paged lists, each at the page size its service serves (a larger guess would stop after the first page).
  assert.deepEqual(Object.fromEntries(Object.entries(PAGED).map(([name, list]) => [name, [list.field, list.perPage]])),
    { bookings: ['myBookings', 100], payments: ['myPayments', 100], waitlist: ['myWaitlist', 50] });
  for (const list of Object.values(PAGED)) assert.match(list.query, new RegExp(`${list.field}\\(page: \\$page\\)`));
});

test('a review staff removed is in the file with its status, the reason its author was given and the e-mail that told them', () => {
  assert.match(MY_DATA, /myReviews \{.*\bstatus removalReason removedAt\s+removalEmail \{ status queuedAt sentAt \} \}/);
  const email = { status: 'SENT', queuedAt: '2026-12-06T10:00:00Z', sentAt: '2026-12-06T10:00:04Z' };
  const removed = { id: '7', movieId: '4', movie: { title: 'Loud Film' }, rating: 1, comment: 'Spoiler', authorName: 'Ada',
    status: 'REMOVED', removalReason: 'Gives the ending away.', removedAt: '2026-12-06T10:00:00Z', removalEmail: email };
  const document = personalDataDocument({ ...answer, myReviews: [removed] }, lists, '2026-12-06T15:04:05.000Z');
  assert.equal(document.reviews[0].status, 'REMOVED');
  assert.equal(document.reviews[0].removalReason, 'Gives the ending away.');
  assert.equal(document.reviews[0].removedAt, '2026-12-06T10:00:00Z');
  assert.deepEqual(document.reviews[0].removalEmail, email);
  assert.match(ABOUT, /e-mail that told you when our staff removed one/);
});

test('the reviews the customer reported are in the file with what staff decided and the film in words', () => {
  assert.match(MY_DATA, /myReviewReports \{ reviewId movieId movie \{ title \} reason note status reportedAt resolvedAt \}/);
  const reports = [{ reviewId: '5', movieId: '2', movie: { title: 'Night Train' }, reason: 'SPOILERS', note: null,
    status: 'UPHELD', reportedAt: '2026-12-05T09:00:00Z', resolvedAt: '2026-12-05T11:00:00Z' },
  { reviewId: '6', movieId: '3', movie: null, reason: 'OTHER', note: 'Copied', status: 'OPEN', reportedAt: '2026-12-06T09:00:00Z',
    resolvedAt: null }];
  const document = personalDataDocument({ ...answer, myReviewReports: reports }, lists, '2026-12-06T15:04:05.000Z');
  assert.deepEqual(document.reviewReports[0], { reviewId: '5', movieId: '2', movieTitle: 'Night Train', reason: 'SPOILERS',
    note: null, status: 'UPHELD', reportedAt: '2026-12-05T09:00:00Z', resolvedAt: '2026-12-05T11:00:00Z' });
  assert.equal(document.reviewReports[1].movieTitle, null);
  assert.match(ABOUT, /reviews you reported/);
});
