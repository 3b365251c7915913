// "Download your data" on the profile (docs/api.md, "Your data"): everything the platform holds about the signed-in
// customer, from the four services that keep it, saved as one JSON file. The document's shape is a pure function,
// tested with node --test; the services stay the source of every value in it.
import { graphql } from './graphql.js';
import { saveFile } from './files.js';
import { BOOKING_FIELDS } from './bookings.js';

// One request for the account and the lists that come whole; the gateway's cost limit allows it.
export const MY_DATA = `query MyData {
  me { id email fullName phone smsOptIn reminders roles status createdAt }
  myLoyaltyProgress { confirmedBookings bookingsToNext }
  myRewards { milestone reachedAt bookingId state
    coupon { code discountType value currency maxDiscountCents expiresAt used active } }
  myReviews { id movieId movie { title } rating comment authorName createdAt updatedAt status removalReason removedAt
    removalEmail { status queuedAt sentAt } }
  myReviewReports { reviewId movieId movie { title } reason note status reportedAt resolvedAt }
  myNotices { id kind channel recipient status bookingId waitlistEntryId createdAt sentAt }
}`;

// The lists that come a page at a time (a regular's bookings and payments outgrow one answer), with their page sizes.
export const PAGED = {
  bookings: { field: 'myBookings', perPage: 100,
    query: `query MyBookingsPage($page: Int) { myBookings(page: $page) { ${BOOKING_FIELDS} } }` },
  payments: { field: 'myPayments', perPage: 100,
    query: `query MyPaymentsPage($page: Int) { myPayments(page: $page) { id bookingId status method amountCents currency
      refundedCents receiptNumber cardBrand cardLast4 failureReason createdAt } }` },
  waitlist: { field: 'myWaitlist', perPage: 50,
    query: `query MyWaitlistPage($page: Int) { myWaitlist(page: $page) { id showtimeId seats status position bookingId
      offerExpiresAt createdAt showtime { startsAt movie { title } cinema { name } } } }` },
};

/** What the file says about itself, so it reads on its own years later. */
export const ABOUT = 'Everything the cinema holds about you, as of exportedAt: your account, your bookings with their '
  + 'tickets, your payments (only the card brand and last four digits are ever kept), waitlist places, loyalty '
  + 'rewards, reviews (with the e-mail that told you when our staff removed one), the reviews you reported (and what '
  + 'our staff decided) and the messages sent to you about bookings and waitlist places. Times are UTC (ISO 8601); '
  + 'amounts are in the currency\'s minor unit (pence or cents). Failed sign-in attempts and password-reset links '
  + 'are kept only briefly, for security, and are not included.';

/** The file's name: the day it was made, so several downloads do not overwrite each other. */
export function exportFileName(exportedAt) {
  return `cinema-my-data-${exportedAt.slice(0, 10)}.json`;
}

/**
 * The document saved: `answer` is MY_DATA's data, `lists` every page of each of PAGED's lists. Reviews, reports of
 * reviews and waitlist places name their film (and cinema) in words, as the bookings do; everything else is the services' own fields.
 */
export function personalDataDocument(answer, lists, exportedAt) {
  return {
    exportedAt,
    about: ABOUT,
    account: answer.me,
    bookings: lists.bookings ?? [],
    payments: lists.payments ?? [],
    waitlist: (lists.waitlist ?? []).map(({ showtime, ...entry }) => ({
      ...entry,
      movieTitle: showtime?.movie?.title ?? null,
      cinemaName: showtime?.cinema?.name ?? null,
      startsAt: showtime?.startsAt ?? null,
    })),
    loyalty: { ...(answer.myLoyaltyProgress ?? {}), rewards: answer.myRewards ?? [] },
    reviews: (answer.myReviews ?? []).map(({ movie, ...review }) => ({ ...review, movieTitle: movie?.title ?? null })),
    reviewReports: (answer.myReviewReports ?? []).map(({ movie, ...report }) => ({ ...report, movieTitle: movie?.title ?? null })),
    messages: answer.myNotices ?? [],
  };
}

/** Every row of a paged list: pages from 0 until one comes back short of `perPage`. */
export async function everyPage(fetchPage, perPage) {
  const rows = [];
  for (let page = 0; ; page++) {
    const items = await fetchPage(page);
    rows.push(...items);
    if (items.length < perPage) return rows;
  }
}

/** Reads every part of the customer's data and offers it as a JSON file; answers the file's name. */
export async function downloadMyData(now = new Date()) {
  const [answer, ...pages] = await Promise.all([
    graphql(MY_DATA),
    ...Object.values(PAGED).map(({ field, perPage, query }) =>
      everyPage(async (page) => (await graphql(query, { page }))[field], perPage)),
  ]);
  const lists = Object.fromEntries(Object.keys(PAGED).map((name, i) => [name, pages[i]]));
  const exportedAt = now.toISOString();
  const name = exportFileName(exportedAt);
  const text = JSON.stringify(personalDataDocument(answer, lists, exportedAt), null, 2);
  saveFile(new Blob([text], { type: 'application/json' }), name);
  return name;
}
