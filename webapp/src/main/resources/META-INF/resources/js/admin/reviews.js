// Admin reviews: the reported reviews still published, most reports first, then the oldest report first, page by
// page; each with its movie, author, rating, comment and open reports (reason, note, day). Staff keep a review (its
// reports are closed) or remove it with a reason its author sees (asked for in place, shown on its field when the
// movie service refuses it); the list then reloads and a status line says what was done.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, stars, dayLabel, counted } from '../ui.js';
import { adminNav } from './nav.js';
import { pager } from './listing.js';
import { clearErrors, showFieldError } from './forms.js';
import { REPORTED_REVIEWS, DISMISS_REPORTS, REMOVE_REVIEW, TEXT_LIMIT, removalProblem, refusal, reportCount,
  reportLine, moderationLine } from '../reviews.js';

const PAGE_SIZE = 20;

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Reviews');
  const result = el('div', { 'aria-live': 'polite', 'data-testid': 'review-moderation-result', tabindex: '-1' });
  const content = el('div', { 'aria-live': 'polite' });
  let page = 0;

  /** After an action: the list again, and the line saying what happened (or why not), focused in place of the button. */
  async function done(message, kind) {
    await load();
    result.replaceChildren(alertBox(message, kind));
    result.focus();
  }

  async function keep(item, button) {
    button.disabled = true;
    try {
      const { dismissReviewReports: closed } = await graphql(DISMISS_REPORTS, { id: item.review.id });
      await done(moderationLine('kept', item, closed), 'success');
    } catch (error) {
      await done(error.explained);
    }
  }

  /** "Remove review…" asks for the reason in place of the buttons; the author sees it on the movie's page. */
  function removalForm(item, actions, showButtons) {
    const id = `removal-reason-${item.review.id}`;
    const reason = el('textarea', { id, name: 'reason', class: 'form-control form-control-sm', rows: 2, required: true,
      maxlength: TEXT_LIMIT, 'data-testid': 'removal-reason', 'aria-describedby': `${id}-help ${id}-error` });
    const confirm = el('button', { type: 'submit', class: 'btn btn-danger btn-sm', 'data-testid': 'confirm-remove-review' },
      'Remove review');
    const message = el('div', { 'aria-live': 'polite' });
    const form = el('form', { class: 'vstack gap-2 w-100', novalidate: true,
      'aria-label': `Remove the review by ${item.review.authorName || 'a moviegoer'}` },
    el('div', {},
      el('label', { for: id, class: 'form-label small' }, 'Reason for removing it (required; its author sees it)'),
      reason,
      el('div', { id: `${id}-help`, class: 'form-text' }, `Up to ${TEXT_LIMIT} characters.`),
      el('div', { id: `${id}-error`, class: 'invalid-feedback', 'data-error-for': 'reason' })),
    el('div', { class: 'd-flex gap-2' }, confirm,
      el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
        onclick: () => { showButtons(); actions.querySelector('[data-testid=remove-review]').focus(); } }, 'Cancel')),
    message);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      message.replaceChildren();
      const problem = removalProblem(reason.value);
      if (problem) {
        showFieldError(form, { field: problem.field, message: problem.message });
        return;
      }
      confirm.disabled = true;
      try {
        await graphql(REMOVE_REVIEW, { id: item.review.id, reason: reason.value.trim() });
        await done(moderationLine('removed', item), 'success');
      } catch (error) {
        const shown = refusal(error, ['reason']);
        if (!(shown.field && showFieldError(form, { field: shown.field, message: shown.message }))) {
          // already removed by someone else meanwhile (CONFLICT): say so, and the list without it
          await done(shown.message);
        }
      } finally {
        confirm.disabled = false;
      }
    });
    actions.replaceChildren(form);
    reason.focus();
  }

  /** Keep or remove; each button is described by the item's heading (which movie, whose review). */
  function reviewActions(item, headingId) {
    const actions = el('div', { class: 'd-flex flex-wrap align-items-center gap-2 mt-2' });
    const showButtons = () => actions.replaceChildren(
      el('button', { type: 'button', class: 'btn btn-outline-success btn-sm', 'data-testid': 'keep-review',
        'aria-describedby': headingId, onclick: (event) => keep(item, event.currentTarget) }, 'Keep review'),
      el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'data-testid': 'remove-review',
        'aria-describedby': headingId, onclick: () => removalForm(item, actions, showButtons) }, 'Remove review\u2026'));
    showButtons();
    return actions;
  }

  function reportedReview(item) {
    const { review } = item;
    const title = review.movie?.title ?? `Movie ${review.movieId}`;
    const headingId = `reported-review-${review.id}`;
    return el('li', { class: 'border rounded p-3', 'data-testid': 'reported-review', 'data-review-id': review.id },
    el('h2', { id: headingId, class: 'h6 mb-1' },
      el('a', { href: `#/movies/${encodeURIComponent(review.movieId)}` }, title), ': review by ', review.authorName || 'A moviegoer'),
    el('p', { class: 'mb-1' },
      el('span', { class: 'rating me-1', 'aria-hidden': 'true' }, stars(review.rating)),
      el('span', { class: 'visually-hidden' }, `${review.rating} out of 5`),
      review.createdAt ? el('span', { class: 'small text-body-secondary' },
        `written ${dayLabel(review.createdAt)}${review.updatedAt && review.updatedAt !== review.createdAt ? `, edited ${dayLabel(review.updatedAt)}` : ''}`) : null),
    review.comment ? el('blockquote', { class: 'border-start ps-2 mb-2', 'data-testid': 'reported-comment' }, review.comment)
      : el('p', { class: 'small text-body-secondary mb-2' }, 'A rating without a comment.'),
    el('p', { class: 'small fw-semibold mb-1', 'data-testid': 'report-count' }, reportCount(item.openReports),
      el('span', { class: 'fw-normal text-body-secondary' }, ` \u00b7 first ${dayLabel(item.firstReportedAt)}, latest ${dayLabel(item.lastReportedAt)}`)),
    el('ul', { class: 'small mb-0', 'aria-label': `Open reports of the review by ${review.authorName || 'a moviegoer'}` },
      (item.reports ?? []).map((report) => el('li', { 'data-testid': 'open-report', 'data-reason': report.reason }, reportLine(report)))),
    reviewActions(item, headingId));
  }

  async function load() {
    content.replaceChildren(loading('Loading reported reviews…'));
    try {
      const { reportedReviews } = await graphql(REPORTED_REVIEWS, { page, size: PAGE_SIZE });
      const pages = Math.max(1, Math.ceil(reportedReviews.total / PAGE_SIZE));
      if (!reportedReviews.items.length && page > 0) {
        // the last one of the last page was dealt with: the page before it
        page = Math.min(page - 1, pages - 1);
        await load();
        return;
      }
      if (!reportedReviews.items.length) {
        content.replaceChildren(el('p', { class: 'text-body-secondary', 'data-testid': 'no-reported-reviews' }, 'No reported reviews.'));
        return;
      }
      content.replaceChildren(
        el('p', { class: 'small text-body-secondary' }, `${counted(reportedReviews.total, 'reported review')}, page ${page + 1} of ${pages}`),
        el('ul', { class: 'list-unstyled vstack gap-3', 'data-testid': 'reported-reviews' }, reportedReviews.items.map(reportedReview)),
        pager('Reported review pages', page, pages, (next) => { page = next; result.replaceChildren(); load(); }));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  root.append(adminNav('reviews'), heading,
    el('p', { class: 'small text-body-secondary' }, 'Published reviews that customers reported, the most reported first. '
      + 'Keeping one closes its reports; removing one hides it from everyone but its author, who sees your reason.'),
    result, content);
  pageTitle(heading, 'Admin reviews');
  await load();
}
