import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_REASONS, TEXT_LIMIT, canReport, mayReportAgain, reportedLine, reportsOfMovie, MY_REVIEWS_AND_REPORTS, moderationLine, ownReviewOf, reasonLabel, refusal, removalProblem,
  removedLine, reportCount, reportLine, reportProblem, MY_REVIEWS_FOR_PROFILE, filmTitle, newestFirst, ownReviewStatusLine,
  removalEmailLine,
  reportOutcomeLine } from '../../main/resources/META-INF/resources/js/reviews.js';
import { GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

const day = (iso) => `day ${iso.slice(0, 10)}`;

test('every reason the gateway knows reads in words, offered in the form\'s order', () => {
  assert.deepEqual(REPORT_REASONS.map(([value]) => value), ['SPOILERS', 'OFFENSIVE', 'SPAM', 'ILLEGAL', 'OTHER']);
  assert.equal(reasonLabel('SPOILERS'), 'Spoilers');
  assert.equal(reasonLabel('OFFENSIVE'), 'Offensive or abusive');
  assert.equal(reasonLabel('SPAM'), 'Spam or advertising');
  assert.equal(reasonLabel('ILLEGAL'), 'Illegal content');
  assert.equal(reasonLabel('OTHER'), 'Something else');
  assert.equal(reasonLabel('HARASSMENT'), 'HARASSMENT', 'a reason added later still shows, as the service names it');
  assert.equal(reasonLabel(null), '');
});

test('the report form asks for a reason, and for a note when the reason is "Something else"', () => {
  assert.equal(reportProblem('', '').field, 'reason');
  assert.equal(reportProblem('NONSENSE', 'x').field, 'reason');
  const other = reportProblem('OTHER', '   ');
  assert.equal(other.field, 'note', 'a note of blanks is no note');
  assert.match(other.message, /note/);
  assert.equal(reportProblem('OTHER', null).field, 'note');
  assert.equal(reportProblem('OTHER', 'Names the killer in the first line'), null);
  for (const reason of ['SPOILERS', 'OFFENSIVE', 'SPAM', 'ILLEGAL']) {
    assert.equal(reportProblem(reason, ''), null, `${reason} needs no note`);
  }
  assert.equal(reportProblem('SPAM', 'x'.repeat(TEXT_LIMIT)), null);
  assert.equal(reportProblem('SPAM', 'x'.repeat(TEXT_LIMIT + 1)).field, 'note');
});

test('staff give a reason to remove a review, at most 500 characters', () => {
  assert.equal(TEXT_LIMIT, 500);
  assert.equal(removalProblem('').field, 'reason');
  assert.equal(removalProblem(' \n ').field, 'reason');
  assert.match(removalProblem(null).message, /author will see it/);
  assert.equal(removalProblem('Gives away the ending'), null);
  assert.equal(removalProblem('x'.repeat(501)).field, 'reason');
});

test('the service\'s refusal goes to the field it names, a CONFLICT above the button in its own words', () => {
  const note = new GraphQLError({ message: 'note: is required when the reason is OTHER',
    extensions: { code: 'VALIDATION', field: 'note' } });
  assert.deepEqual(refusal(note, ['reason', 'note']), { field: 'note', message: 'Is required when the reason is OTHER' });
  const nested = new GraphQLError({ message: 'reason: must not be blank', extensions: { code: 'VALIDATION', field: 'input.reason' } });
  assert.equal(refusal(nested, ['reason']).field, 'reason');
  // a field this form does not have: above the button
  const other = new GraphQLError({ message: 'reviewId: malformed', extensions: { code: 'VALIDATION', field: 'reviewId' } });
  assert.deepEqual(refusal(other, ['reason', 'note']), { field: null, message: 'reviewId: malformed' });
  const again = 'You reported this review before and staff kept it: you can report it again once it has been edited';
  assert.deepEqual(refusal(new GraphQLError({ message: again, extensions: { code: 'CONFLICT' } }), ['reason', 'note']),
    { field: null, message: again });
  assert.equal(refusal(new GraphQLError({ message: 'x', extensions: { code: 'NOT_FOUND' } }), ['note']).message,
    'We could not find that.');
});

test('a Report button only for someone signed in, never on their own review nor on a removed one', () => {
  const theirs = { id: '7', userId: '42', status: 'PUBLISHED' };
  assert.equal(canReport(theirs, { signedIn: false }), false, 'signed out: no button');
  assert.equal(canReport(theirs, {}), false);
  assert.equal(canReport(theirs, { signedIn: true, userId: '9' }), true);
  assert.equal(canReport(theirs, { signedIn: true, userId: 42 }), false, 'own review, by the author\'s id');
  assert.equal(canReport(theirs, { signedIn: true, userId: null, ownReviewId: '7' }), false, 'own review, as myReviews holds it');
  assert.equal(canReport({ ...theirs, status: 'REMOVED' }, { signedIn: true, userId: '9' }), false);
  assert.equal(canReport({ id: '8', userId: '5' }, { signedIn: true, userId: '9' }), true, 'an answer without status is a public one');
  assert.equal(canReport(null, { signedIn: true }), false);
});

test('the own review of this movie is found among all of the person\'s reviews', () => {
  const mine = [{ id: '1', movieId: '3', status: 'PUBLISHED' }, { id: '2', movieId: '12', status: 'REMOVED' }];
  assert.equal(ownReviewOf(mine, '12').id, '2');
  assert.equal(ownReviewOf(mine, 3).id, '1');
  assert.equal(ownReviewOf(mine, '4'), null);
  assert.equal(ownReviewOf(null, '4'), null);
});

test('a removed review tells its author when and why', () => {
  assert.equal(removedLine({ removedAt: '2026-12-06T10:00:00Z', removalReason: 'It gives away the ending.' }, day),
    'Our staff removed your review on day 2026-12-06: It gives away the ending.');
  assert.equal(removedLine({ removedAt: '2026-12-06T10:00:00Z', removalReason: '  ' }, day),
    'Our staff removed your review on day 2026-12-06.');
  assert.equal(removedLine({ removedAt: null, removalReason: 'Spam' }, day), 'Our staff removed your review: Spam');
  // the day as the portal writes days elsewhere (in UTC here, whatever this machine's zone)
  const utc = (iso) => new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(iso));
  assert.equal(removedLine({ removedAt: '2026-11-26T23:30:00+00:00', removalReason: 'Spoilers' }, utc),
    'Our staff removed your review on Thu 26 Nov: Spoilers');
});

test('staff read each open report and what their action did', () => {
  assert.equal(reportCount(1), '1 report');
  assert.equal(reportCount(3), '3 reports');
  assert.equal(reportLine({ reason: 'OTHER', note: ' Insults another reviewer ', reportedAt: '2026-12-06T10:00:00Z' }, day),
    'Something else, day 2026-12-06: \u201cInsults another reviewer\u201d');
  assert.equal(reportLine({ reason: 'SPAM', note: null, reportedAt: '2026-12-05T10:00:00Z' }, day), 'Spam or advertising, day 2026-12-05');
  const item = { review: { authorName: 'Ann', movie: { title: 'Night Train' } } };
  assert.equal(moderationLine('kept', item, 2), 'Ann\u2019s review of Night Train is kept; 2 reports closed.');
  assert.equal(moderationLine('kept', item, 0), 'Ann\u2019s review of Night Train is kept; it had no open reports left.');
  assert.match(moderationLine('removed', item), /^Ann\u2019s review of Night Train is removed/);
  assert.match(moderationLine('removed', { review: { authorName: null, movie: null } }), /^A moviegoer\u2019s review is removed/);
});

test('a review the customer reported says what became of the report, in the portal\'s days', () => {
  const day = (iso) => `day ${iso.slice(0, 10)}`;
  assert.equal(reportedLine(null, day), null);
  assert.equal(reportedLine({ status: 'OPEN', reportedAt: '2026-12-05T09:00:00Z' }, day),
    'You reported this review on day 2026-12-05; our staff will look at it.');
  assert.equal(reportedLine({ status: 'DISMISSED', reportedAt: '2026-12-05T09:00:00Z', resolvedAt: '2026-12-06T10:00:00Z' }, day),
    'You reported this review; our staff looked at it on day 2026-12-06 and kept it.');
  assert.equal(reportedLine({ status: 'UPHELD', resolvedAt: '2026-12-06T10:00:00Z' }, day),
    'You reported this review; our staff removed it.');
});

test('the Report button comes back only for a review staff kept and its author edited since', () => {
  const kept = { status: 'DISMISSED', resolvedAt: '2026-12-06T10:00:00Z' };
  assert.equal(mayReportAgain({ updatedAt: '2026-12-06T09:00:00Z' }, undefined), true, 'never reported');
  assert.equal(mayReportAgain({ updatedAt: '2026-12-07T09:00:00Z' }, { status: 'OPEN' }), false, 'waiting for staff');
  assert.equal(mayReportAgain({ updatedAt: '2026-12-06T09:59:59Z' }, kept), false, 'kept, not edited since');
  assert.equal(mayReportAgain({ updatedAt: '2026-12-06T10:30:00Z' }, kept), true, 'kept, then edited');
  assert.equal(mayReportAgain({ updatedAt: null }, kept), false, 'no edit time known');
});

test('the movie page asks for the customer\'s reviews and reports at once and keeps this movie\'s reports by review', () => {
  assert.match(MY_REVIEWS_AND_REPORTS, /myReviews \{[^}]*\bremovalReason\b[^}]*\}/);
  assert.match(MY_REVIEWS_AND_REPORTS, /myReviewReports \{[^}]*\bstatus\b[^}]*\bresolvedAt\b[^}]*\}/);
  const reports = reportsOfMovie([{ reviewId: 5, movieId: 2, status: 'OPEN' }, { reviewId: '6', movieId: '3', status: 'UPHELD' }], '2');
  assert.deepEqual([...reports.keys()], ['5']);
  assert.equal(reports.get('5').status, 'OPEN');
  assert.equal(reportsOfMovie(null, '2').size, 0);
});

test('the profile asks for the reviews and the reports with their films in one request', () => {
  for (const field of ['myReviews', 'myReviewReports', 'removalReason', 'removedAt', 'resolvedAt', 'movie { id title }']) {
    assert.ok(MY_REVIEWS_FOR_PROFILE.includes(field), field);
  }
  assert.equal(MY_REVIEWS_FOR_PROFILE.match(/movie \{ id title \}/g).length, 2, 'the film of each review and of each report');
});

test('the profile names each film, or none once the film is deleted', () => {
  assert.equal(filmTitle({ movie: { id: '3', title: 'Orbit of Glass' } }), 'Orbit of Glass');
  assert.equal(filmTitle({ movie: null }), null);
  assert.equal(filmTitle(null), null);
});

test('the profile lists the newest first, by the first date each item has, without reordering the answer', () => {
  const answer = [
    { id: 'a', createdAt: '2026-12-01T10:00:00Z' },
    { id: 'b', createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-12-05T10:00:00Z' },
    { id: 'c', createdAt: '2026-12-03T10:00:00Z' },
    { id: 'd', createdAt: '2026-12-03T10:00:00Z' },
  ];
  assert.deepEqual(newestFirst(answer, 'updatedAt', 'createdAt').map((r) => r.id), ['b', 'c', 'd', 'a'],
    'a changed review counts from its change; equal instants keep their order');
  assert.deepEqual(answer.map((r) => r.id), ['a', 'b', 'c', 'd']);
  assert.deepEqual(newestFirst(null, 'reportedAt'), []);
});

test('an own review says when it was published and changed, or why staff removed it', () => {
  assert.equal(ownReviewStatusLine({ status: 'PUBLISHED', createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T11:00:00Z' }, day),
    'Published on day 2026-12-01.', 'changed the same day: one day said');
  assert.equal(ownReviewStatusLine({ status: 'PUBLISHED', createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-04T09:00:00Z' }, day),
    'Published on day 2026-12-01, changed on day 2026-12-04.');
  assert.equal(ownReviewStatusLine({ status: 'PUBLISHED' }, day), 'Published.');
  assert.equal(ownReviewStatusLine({ status: 'REMOVED', createdAt: '2026-12-01T10:00:00Z', removedAt: '2026-12-06T08:00:00Z',
    removalReason: 'Names the killer.' }, day), 'Our staff removed your review on day 2026-12-06: Names the killer.');
});

test('a removed review in the profile says whether the e-mail about it was sent', () => {
  const removed = { status: 'REMOVED', removedAt: '2026-12-06T08:00:00Z', removalReason: 'Names the killer.' };
  assert.match(MY_REVIEWS_FOR_PROFILE, /myReviews \{[^}]*\}\s*removalEmail \{ status sentAt \} \}/);
  assert.equal(removalEmailLine({ ...removed, removalEmail: { status: 'SENT', sentAt: '2026-12-06T08:00:05Z' } }, day),
    'We told you by e-mail on day 2026-12-06.');
  assert.equal(removalEmailLine({ ...removed, removalEmail: { status: 'PENDING', sentAt: null } }, day),
    'An e-mail telling you is on its way.');
  assert.equal(removalEmailLine({ ...removed, removalEmail: { status: 'FAILED', sentAt: null } }, day),
    'We could not e-mail you about it.');
  assert.equal(removalEmailLine({ ...removed, removalEmail: { status: 'SKIPPED', sentAt: null } }, day), null,
    'no address to send to: nothing to say');
  assert.equal(removalEmailLine({ ...removed, removalEmail: null }, day), null);
  assert.equal(removalEmailLine({ status: 'PUBLISHED', removalEmail: { status: 'SENT', sentAt: '2026-12-06T08:00:05Z' } }, day),
    null, 'only a removed review speaks of it');
});

test('a report in the profile says what it was for and what staff made of it', () => {
  const report = { reason: 'SPOILERS', reportedAt: '2026-12-02T10:00:00Z' };
  assert.equal(reportOutcomeLine({ ...report, status: 'OPEN', resolvedAt: null }, day),
    'You reported it on day 2026-12-02 (Spoilers); our staff will look at it.');
  assert.equal(reportOutcomeLine({ ...report, status: 'DISMISSED', resolvedAt: '2026-12-03T10:00:00Z' }, day),
    'You reported it on day 2026-12-02 (Spoilers); our staff kept the review on day 2026-12-03.');
  assert.equal(reportOutcomeLine({ ...report, reason: 'OTHER', status: 'UPHELD', resolvedAt: '2026-12-04T10:00:00Z' }, day),
    'You reported it on day 2026-12-02 (Something else); our staff removed it on day 2026-12-04.');
});
