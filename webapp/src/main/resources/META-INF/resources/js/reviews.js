// Reporting a review (movie page), the author's own review with staff's removal, and moderation (admin Reviews):
// what is asked of the gateway, the form's own checks and the lines the pages show. Pure functions, tested with
// node --test; js/pages/movie.js and js/admin/reviews.js draw them.
import { dayLabel, counted } from './ui.js';
import { fieldMessage } from './fields.js';

export const REPORT_REVIEW = `mutation ReportReview($id: ID!, $reason: ReviewReportReason!, $note: String) {
  reportReview(reviewId: $id, reason: $reason, note: $note) { reviewId reason reportedAt }
}`;
/**
 * In one request, the signed-in person's own reviews (a removed one with staff's reason) and their reports with what
 * staff made of them: the movie page shows their review of it and says what became of each report under its review.
 */
export const MY_REVIEWS_AND_REPORTS = `{
  myReviews { id movieId status removalReason removedAt rating comment }
  myReviewReports { reviewId movieId reason status reportedAt resolvedAt }
}`;
/**
 * The profile's "Your reviews" card: the signed-in person's reviews (a removed one with staff's reason and the e-mail
 * that told them) and their
 * reports with what staff made of them, each with its film's title (the gateway reads the films once for all).
 */
export const MY_REVIEWS_FOR_PROFILE = `{
  myReviews { id movieId status removalReason removedAt rating comment createdAt updatedAt movie { id title }
    removalEmail { status sentAt } }
  myReviewReports { reviewId movieId reason status reportedAt resolvedAt movie { id title } }
}`;
export const DELETE_MY_REVIEW = 'mutation DeleteMyReview($id: ID!) { deleteMyReview(reviewId: $id) { id movieId status } }';

/** Staff's queue (ADMIN only): published reviews with open reports, most reports first, then the oldest report. */
export const REPORTED_REVIEWS = `query ReportedReviews($page: Int, $size: Int) {
  reportedReviews(page: $page, size: $size) {
    total
    items {
      openReports firstReportedAt lastReportedAt
      review { id movieId authorName rating comment createdAt updatedAt movie { id title } }
      reports { reason note reportedAt }
    }
  }
}`;
export const DISMISS_REPORTS = 'mutation KeepReview($id: ID!) { dismissReviewReports(reviewId: $id) }';
export const REMOVE_REVIEW = `mutation RemoveReview($id: ID!, $reason: String!) {
  removeReview(reviewId: $id, reason: $reason) { id status removalReason removedAt }
}`;

/** A report's note and staff's reason for removing: at most this many characters (the movie service's limit). */
export const TEXT_LIMIT = 500;

/** The reasons a review can be reported for, in the order the form offers them, as people read them. */
export const REPORT_REASONS = [
  ['SPOILERS', 'Spoilers'],
  ['OFFENSIVE', 'Offensive or abusive'],
  ['SPAM', 'Spam or advertising'],
  ['ILLEGAL', 'Illegal content'],
  ['OTHER', 'Something else'],
];

/** "Offensive or abusive" for OFFENSIVE; an unknown reason as the service named it. */
export function reasonLabel(reason) {
  return REPORT_REASONS.find(([value]) => value === reason)?.[1] ?? reason ?? '';
}

/**
 * What the report form must have before the gateway is asked; null when it may be sent. A reason is chosen; "Something
 * else" needs a note saying what; a note is at most TEXT_LIMIT characters.
 */
export function reportProblem(reason, note) {
  const text = (note ?? '').trim();
  if (!REPORT_REASONS.some(([value]) => value === reason)) {
    return { field: 'reason', message: 'Choose why you are reporting this review.' };
  }
  if (reason === 'OTHER' && !text) {
    return { field: 'note', message: 'Please say in the note what is wrong with this review.' };
  }
  if (text.length > TEXT_LIMIT) {
    return { field: 'note', message: `Please keep the note to ${TEXT_LIMIT} characters or fewer.` };
  }
  return null;
}

/** What staff must give before a review is removed: its author sees the reason. Null when it may be sent. */
export function removalProblem(reason) {
  const text = (reason ?? '').trim();
  if (!text) return { field: 'reason', message: 'Please give a reason: the review\u2019s author will see it.' };
  if (text.length > TEXT_LIMIT) return { field: 'reason', message: `Please keep the reason to ${TEXT_LIMIT} characters or fewer.` };
  return null;
}

/**
 * Where a refusal of the gateway is shown: a VALIDATION naming one of the form's `fields` ("note", or "input.note")
 * under that field, in the service's words less the field's name; anything else above the button, CONFLICT in the
 * service's own words (it says why: your own review, already removed, report again only after an edit).
 */
export function refusal(error, fields) {
  const field = (error?.field ?? '').split('.').pop();
  if (error?.code === 'VALIDATION' && fields.includes(field)) {
    return { field, message: fieldMessage(error) };
  }
  return { field: null, message: error?.explained || error?.message || 'Something went wrong on our side. Please try again.' };
}

/**
 * Whether a review in the public list gets a Report button: only for someone signed in, never on their own review
 * (by its author's id, or as the review `myReviews` holds for this movie), and never on one no longer published.
 */
export function canReport(review, { signedIn, userId = null, ownReviewId = null } = {}) {
  if (!signedIn || !review) return false;
  if (review.status && review.status !== 'PUBLISHED') return false;
  if (userId != null && String(review.userId) === String(userId)) return false;
  return !(ownReviewId != null && String(review.id) === String(ownReviewId));
}

/** The signed-in person's reports of this movie's reviews among `myReviewReports`, by review id. */
export function reportsOfMovie(myReviewReports, movieId) {
  return new Map((myReviewReports ?? []).filter((r) => String(r.movieId) === String(movieId))
    .map((r) => [String(r.reviewId), r]));
}

/** The signed-in person's review of this movie among `myReviews`, or null. */
export function ownReviewOf(myReviews, movieId) {
  return (myReviews ?? []).find((r) => String(r.movieId) === String(movieId)) ?? null;
}

/** "Our staff removed your review on Thu 26 Nov: <reason>"; `when` formats the day (the browser's own zone by default). */
export function removedLine(review, when = dayLabel) {
  const day = review.removedAt ? ` on ${when(review.removedAt)}` : '';
  const reason = review.removalReason?.trim();
  return `Our staff removed your review${day}${reason ? `: ${reason}` : '.'}`;
}

/** "1 report", "3 reports". */
export function reportCount(n) {
  return counted(n, 'report');
}

/** One open report as staff read it: "Something else, Thu 26 Nov: <note>" (no note, no colon). */
export function reportLine(report, when = dayLabel) {
  const note = report.note?.trim();
  return `${reasonLabel(report.reason)}, ${when(report.reportedAt)}${note ? `: \u201c${note}\u201d` : ''}`;
}

/** The status line after a moderation: what was done to whose review, and what follows. */
export function moderationLine(action, item, closed = 0) {
  const whose = `${item.review.authorName || 'A moviegoer'}\u2019s review${item.review.movie?.title ? ` of ${item.review.movie.title}` : ''}`;
  if (action === 'removed') {
    return `${whose} is removed: only its author sees it now, with your reason. Its reports are closed.`;
  }
  return closed > 0 ? `${whose} is kept; ${counted(closed, 'report')} closed.` : `${whose} is kept; it had no open reports left.`;
}

/**
 * What the person who reported a review reads under it: that it waits for staff, or that staff kept it (a review
 * they removed is no longer listed). Null when they did not report it.
 */
export function reportedLine(report, when = dayLabel) {
  if (!report) return null;
  if (report.status === 'DISMISSED') {
    return `You reported this review${report.resolvedAt ? `; our staff looked at it on ${when(report.resolvedAt)} and kept it` : '; our staff kept it'}.`;
  }
  if (report.status === 'UPHELD') return 'You reported this review; our staff removed it.';
  return `You reported this review${report.reportedAt ? ` on ${when(report.reportedAt)}` : ''}; our staff will look at it.`;
}

/**
 * Whether the Report button shows again for a review the person reported: never while their report is open; once
 * staff kept the review, only if its author has changed it since (the movie service refuses anything else).
 */
export function mayReportAgain(review, report) {
  if (!report) return true;
  if (report.status !== 'DISMISSED' || !review?.updatedAt || !report.resolvedAt) return false;
  return Date.parse(review.updatedAt) >= Date.parse(report.resolvedAt);
}

/** The film's title as the profile lists it, or null once the film is deleted (the line then says so, unlinked). */
export function filmTitle(item) {
  return item?.movie?.title ?? null;
}

/**
 * Newest first by the first of `fields` each item has (ISO-8601 instants); items of the same instant keep their order.
 * A copy: the answer's own list is left as it came.
 */
export function newestFirst(items, ...fields) {
  const at = (item) => {
    const value = fields.map((f) => item?.[f]).find((v) => v);
    return value ? Date.parse(value) : 0;
  };
  return [...(items ?? [])].sort((a, b) => at(b) - at(a));
}

/**
 * What the profile says of one of the person's own reviews: "Published on Mon 7 Dec" (and when it was last changed,
 * if later), or, once staff removed it, their reason (removedLine).
 */
export function ownReviewStatusLine(review, when = dayLabel) {
  if (review?.status === 'REMOVED') return removedLine(review, when);
  if (!review?.createdAt) return 'Published.';
  const published = when(review.createdAt);
  const changed = review.updatedAt ? when(review.updatedAt) : published;
  return changed === published ? `Published on ${published}.` : `Published on ${published}, changed on ${changed}.`;
}

/**
 * What the profile says of the e-mail that told the person staff removed their review: "We told you by e-mail on
 * Mon 7 Dec.", that it is on its way, or that it could not be sent. Null when there is none to speak of (a published
 * review, or no address to send it to).
 */
export function removalEmailLine(review, when = dayLabel) {
  const email = review?.status === 'REMOVED' ? review.removalEmail : null;
  switch (email?.status) {
    case 'SENT': return `We told you by e-mail${email.sentAt ? ` on ${when(email.sentAt)}` : ''}.`;
    case 'PENDING': return 'An e-mail telling you is on its way.';
    case 'FAILED': return 'We could not e-mail you about it.';
    default: return null;
  }
}

/**
 * One of the person's reports as the profile lists it: "You reported it on Mon 7 Dec (Spoilers); our staff will look
 * at it." Once staff decided: "...; our staff kept the review on Tue 8 Dec." or "...; our staff removed it on ...".
 */
export function reportOutcomeLine(report, when = dayLabel) {
  const reported = `You reported it${report.reportedAt ? ` on ${when(report.reportedAt)}` : ''} (${reasonLabel(report.reason)})`;
  const on = report.resolvedAt ? ` on ${when(report.resolvedAt)}` : '';
  if (report.status === 'DISMISSED') return `${reported}; our staff kept the review${on}.`;
  if (report.status === 'UPHELD') return `${reported}; our staff removed it${on}.`;
  return `${reported}; our staff will look at it.`;
}
