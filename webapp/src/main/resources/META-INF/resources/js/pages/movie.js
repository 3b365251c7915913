// Movie detail: poster, synopsis, age rating, average rating and reviews, two weeks of showtimes a day at a time
// grouped by cinema,
// and a review form for signed-in people: their own review (published, or removed by staff with the reason) which
// they may delete, and a Report button on everyone else's.
import { graphql } from '../graphql.js';
import { isSignedIn, currentUser } from '../session.js';
import { el, loading, alertBox, pageTitle, stars, dayLabel, goSignIn, counted } from '../ui.js';
import { markInvalid } from '../fields.js';
import { poster, openingLabel } from './home.js';
import { SHOWTIME_FIELDS, nextDays, byCinema, screeningsPicker, rememberDay, rememberKind } from '../showtimes.js';
import { REPORT_REVIEW, MY_REVIEWS_AND_REPORTS, DELETE_MY_REVIEW, REPORT_REASONS, TEXT_LIMIT, reportProblem,
  refusal, canReport, ownReviewOf, reportsOfMovie, removedLine, reportedLine, mayReportAgain } from '../reviews.js';

const MOVIE = `query Movie($id: ID!) {
  movie(id: $id) {
    id title synopsis genres durationMinutes ageRating releaseDate language director cast posterUrl trailerUrl status
    averageRating reviewCount
  }
}`;
const REVIEWS = `query Reviews($id: ID!) {
  movie(id: $id) { id averageRating reviewCount reviews(size: 20) { items { id userId status rating comment authorName createdAt updatedAt } total } }
}`;
const SHOWTIMES = `query MovieShowtimes($id: ID!, $from: DateTime, $to: DateTime) {
  showtimes(movieId: $id, from: $from, to: $to) { ${SHOWTIME_FIELDS} }
}`;
const ADD_REVIEW = `mutation AddReview($movieId: ID!, $rating: Int!, $comment: String) {
  addReview(movieId: $movieId, rating: $rating, comment: $comment) { id rating comment }
}`;

function rating(movie) {
  if (!movie.reviewCount) {
    return el('p', { class: 'text-body-secondary mb-2', 'data-testid': 'average-rating' }, 'No ratings yet');
  }
  return el('p', { class: 'mb-2', 'data-testid': 'average-rating' },
    el('span', { class: 'rating me-1', 'aria-hidden': 'true' }, stars(movie.averageRating)),
    `${movie.averageRating.toFixed(1)} out of 5 (${counted(movie.reviewCount, 'review')})`);
}

/**
 * The inline form under a review that reports it to staff: a reason, a note (needed for "Something else"), the
 * form's own checks and the service's refusal on the field it names or above the button. `done` runs once it is sent.
 */
function reportForm(review, done) {
  const prefix = `report-${review.id}`;
  const author = review.authorName || 'a moviegoer';
  const slot = (name) => el('div', { id: `${prefix}-${name}-error`, class: 'invalid-feedback d-block', 'aria-live': 'polite' });
  const reason = {
    node: el('select', { id: `${prefix}-reason`, name: 'reason', class: 'form-select form-select-sm', required: true,
      'data-testid': 'report-reason', 'aria-describedby': `${prefix}-reason-error` },
    el('option', { value: '' }, 'Choose a reason…'), REPORT_REASONS.map(([value, label]) => el('option', { value }, label))),
    feedback: slot('reason'),
  };
  const noteLabel = el('label', { for: `${prefix}-note`, class: 'form-label small' }, 'Note (optional)');
  const note = {
    node: el('textarea', { id: `${prefix}-note`, name: 'note', class: 'form-control form-control-sm', rows: 2,
      maxlength: TEXT_LIMIT, 'data-testid': 'report-note', 'aria-describedby': `${prefix}-note-help ${prefix}-note-error` }),
    feedback: slot('note'),
  };
  reason.node.addEventListener('change', () => {
    const needed = reason.node.value === 'OTHER';
    noteLabel.textContent = needed ? 'Note (required)' : 'Note (optional)';
    note.node.required = needed;
  });
  const result = el('div', { 'aria-live': 'polite', 'data-testid': 'report-result', tabindex: '-1' });
  const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm', 'data-testid': 'report-submit' }, 'Send report');
  const form = el('form', { class: 'vstack gap-2', novalidate: true, 'aria-label': `Report the review by ${author}` },
    el('div', {}, el('label', { for: `${prefix}-reason`, class: 'form-label small' }, 'Why are you reporting this review?'),
      reason.node, reason.feedback),
    el('div', {}, noteLabel, note.node,
      el('div', { id: `${prefix}-note-help`, class: 'form-text' }, `Up to ${TEXT_LIMIT} characters; needed for \u201cSomething else\u201d.`),
      note.feedback),
    el('div', { class: 'd-flex gap-2' }, submit,
      el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => done(false) }, 'Cancel')));
  const fields = { reason, note };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    markInvalid(reason, null);
    markInvalid(note, null);
    result.replaceChildren();
    const problem = reportProblem(reason.node.value, note.node.value);
    if (problem) {
      markInvalid(fields[problem.field], problem.message);
      return;
    }
    submit.disabled = true;
    result.replaceChildren(loading('Sending your report…'));
    try {
      await graphql(REPORT_REVIEW, { id: review.id, reason: reason.node.value, note: note.node.value.trim() || null });
      form.remove();
      result.replaceChildren(alertBox('Thanks. Our staff will look at this review.', 'success'));
      result.focus();
      done(true);
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      const shown = refusal(error, Object.keys(fields));
      if (shown.field) {
        result.replaceChildren();
        markInvalid(fields[shown.field], shown.message);
      } else {
        result.replaceChildren(alertBox(shown.message));
      }
    } finally {
      submit.disabled = false;
    }
  });
  return el('div', { id: `${prefix}-form`, class: 'mt-2 p-2 border rounded' }, form, result);
}

/** The small Report button of someone else's review, opening and closing its form below the review. */
function reportAction(review) {
  const area = el('div');
  const button = el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 ms-auto', 'data-testid': 'report-review',
    'aria-expanded': 'false', 'aria-controls': `report-${review.id}-form`,
    'aria-label': `Report the review by ${review.authorName || 'a moviegoer'}` }, 'Report');
  const close = (sent) => {
    button.setAttribute('aria-expanded', 'false');
    if (sent) {
      // the thanks stay in sight; the review is reported, no second form for it on this page
      button.hidden = true;
      return;
    }
    area.replaceChildren();
    button.focus();
  };
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-expanded') === 'true') {
      close(false);
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    area.replaceChildren(reportForm(review, close));
    area.querySelector('select').focus();
  });
  return { button, area };
}

/**
 * The public list; `viewer` says who looks (signed in, their id, their own review's id) for the Report buttons, and
 * `reported` holds their reports by review id: a reported review says what became of the report instead.
 */
function reviewList(reviews, viewer, reported = new Map()) {
  if (!reviews?.length) {
    return el('p', { class: 'text-body-secondary' }, 'No reviews yet. Be the first!');
  }
  return el('ul', { class: 'list-unstyled vstack gap-3', 'data-testid': 'review-list' }, reviews.map((review) => {
    const earlier = reported.get(String(review.id));
    const report = canReport(review, viewer) && mayReportAgain(review, earlier) ? reportAction(review) : null;
    const line = reportedLine(earlier);
    return el('li', { class: 'border-bottom pb-2', 'data-review-id': review.id },
      el('div', { class: 'd-flex flex-wrap gap-2 align-items-baseline' },
        el('span', { class: 'rating', 'aria-hidden': 'true' }, stars(review.rating)),
        el('span', { class: 'visually-hidden' }, `${review.rating} out of 5`),
        el('strong', {}, review.authorName || 'A moviegoer'),
        review.createdAt ? el('span', { class: 'small text-body-secondary' }, dayLabel(review.createdAt)) : null,
        report?.button),
      review.comment ? el('p', { class: 'mb-0 mt-1' }, review.comment) : null,
      line ? el('p', { class: 'small text-body-secondary mb-0 mt-1', 'data-testid': 'reported-by-me' }, line) : null,
      report?.area);
  }));
}

/**
 * The signed-in person's own review of the movie: as it reads, and, when staff removed it, why (only its author
 * sees it now). Either way it can be deleted, after a question in place of the button; deleting a removed one
 * lets them write a new review. `onDeleted` reloads the reviews and the rating.
 */
function myReview(review, onDeleted) {
  const removed = review.status === 'REMOVED';
  const actions = el('div', { class: 'd-flex flex-wrap align-items-center gap-2' });
  const showButton = () => actions.replaceChildren(el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm',
    'data-testid': 'delete-my-review', onclick: ask }, 'Delete my review'));
  function ask() {
    const question = el('span', { class: 'small', id: 'delete-my-review-question' }, 'Delete your review? This cannot be undone.');
    const confirm = el('button', { type: 'button', class: 'btn btn-danger btn-sm', 'aria-describedby': question.id,
      'data-testid': 'confirm-delete-my-review',
      onclick: async () => {
        confirm.disabled = true;
        try {
          await graphql(DELETE_MY_REVIEW, { id: review.id });
          onDeleted();
        } catch (error) {
          if (error.code === 'UNAUTHENTICATED') {
            goSignIn();
            return;
          }
          showButton();
          actions.append(el('div', { class: 'alert alert-danger py-1 px-2 mb-0 small w-100', role: 'alert' }, error.explained));
          actions.querySelector('button').focus();
        }
      } }, 'Delete');
    actions.replaceChildren(question, confirm, el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
      onclick: () => { showButton(); actions.querySelector('button').focus(); } }, 'Keep'));
    confirm.focus();
  }
  showButton();
  return el('section', { class: 'border rounded p-3 mb-4', 'aria-labelledby': 'my-review-heading', 'data-testid': 'my-review',
    'data-status': review.status },
  el('h3', { id: 'my-review-heading', class: 'h6' }, 'Your review'),
  removed ? el('div', { class: 'alert alert-warning', role: 'status', 'data-testid': 'my-review-removed' },
    el('p', { class: 'mb-1' }, removedLine(review)),
    el('p', { class: 'mb-0 small' }, 'Nobody else sees it any more. Delete it to write a new review of this movie.')) : null,
  el('p', { class: 'mb-1' },
    el('span', { class: 'rating me-1', 'aria-hidden': 'true' }, stars(review.rating)),
    el('span', { class: 'visually-hidden' }, `${review.rating} out of 5`)),
  review.comment ? el('p', { class: 'mb-2' }, review.comment) : null,
  actions);
}

function reviewForm(movieId, onAdded) {
  if (!isSignedIn()) {
    return el('p', {}, el('a', {
      href: '#/signin',
      onclick: (event) => {
        event.preventDefault();
        goSignIn();
      },
    }, 'Sign in to write a review'));
  }
  const status = el('div', { 'aria-live': 'polite' });
  const ratingSelect = el('select', { id: 'review-rating', class: 'form-select', required: true },
    el('option', { value: '' }, 'Choose…'),
    [5, 4, 3, 2, 1].map((n) => el('option', { value: n }, `${n} – ${stars(n)}`)));
  const comment = el('textarea', { id: 'review-comment', class: 'form-control', rows: 3, maxlength: 2000 });
  const button = el('button', { type: 'submit', class: 'btn btn-primary' }, 'Post review');
  const form = el('form', { class: 'vstack gap-2 mb-4', 'aria-labelledby': 'review-form-heading', novalidate: true },
    el('h3', { id: 'review-form-heading', class: 'h6' }, 'Write a review'),
    el('div', {}, el('label', { for: 'review-rating', class: 'form-label' }, 'Your rating'), ratingSelect),
    el('div', {}, el('label', { for: 'review-comment', class: 'form-label' }, 'Comment (optional)'), comment),
    el('div', {}, button), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!ratingSelect.value) {
      status.replaceChildren(alertBox('Please choose a rating from 1 to 5.'));
      ratingSelect.focus();
      return;
    }
    button.disabled = true;
    status.replaceChildren(loading('Posting your review…'));
    try {
      await graphql(ADD_REVIEW, { movieId, rating: Number(ratingSelect.value), comment: comment.value.trim() || null });
      form.reset();
      status.replaceChildren(alertBox('Thanks! Your review is posted.', 'success'));
      onAdded();
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      // a CONFLICT in the service's words: a review staff removed says to delete it first
      status.replaceChildren(alertBox(error.explained));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function render(root, { params: [id], query }) {
  root.append(loading('Loading the movie…'));
  let movie;
  try {
    ({ movie } = await graphql(MOVIE, { id }));
  } catch (error) {
    root.replaceChildren(alertBox(error.message));
    return;
  }
  if (!movie) {
    root.replaceChildren(el('h1', { class: 'h3' }, 'Movie not found'), alertBox('We could not find that.'),
      el('a', { href: '#/' }, 'Back to what\u2019s on'));
    return;
  }
  const heading = el('h1', { class: 'h2 mb-1' }, movie.title);
  const facts = [movie.releaseDate?.slice(0, 4), `${movie.durationMinutes} min`, movie.language].filter(Boolean).join(' · ');
  const opening = movie.status === 'COMING_SOON' ? openingLabel(movie.releaseDate) : null;
  const ratingArea = el('div', {}, rating(movie));
  const showtimesArea = el('div', { 'aria-live': 'polite' }, loading('Loading showtimes…'));
  const reviewsArea = el('div', { 'aria-live': 'polite' }, loading('Loading reviews…'));
  const myReviewArea = el('div', { 'aria-live': 'polite' });
  let form = null;

  /** The reviews and the rating; for someone signed in, their own review too (myReviews holds a removed one). */
  const loadReviews = async ({ deleted = false } = {}) => {
    const signedIn = isSignedIn();
    // their own review and what became of their reports; without them the page still works: the list's author ids
    // keep the Report button off their review, and the Report buttons show as before
    const none = { myReviews: [], myReviewReports: [] };
    const theirs = signedIn ? graphql(MY_REVIEWS_AND_REPORTS).catch(() => none) : none;
    try {
      const [{ movie: withReviews }, { myReviews, myReviewReports }] = await Promise.all([graphql(REVIEWS, { id }), theirs]);
      const own = ownReviewOf(myReviews, movie.id);
      const reported = reportsOfMovie(myReviewReports, movie.id);
      ratingArea.replaceChildren(rating(withReviews));
      const gone = deleted && !own ? el('div', { tabindex: '-1', 'data-testid': 'my-review-deleted' },
        alertBox('Your review is deleted. You can write a new one.', 'success')) : null;
      myReviewArea.replaceChildren(...[own ? myReview(own, () => loadReviews({ deleted: true })) : gone].filter(Boolean));
      // staff removed it: a new review is refused until it is deleted, so the form waits until then
      if (form) form.hidden = own?.status === 'REMOVED';
      reviewsArea.replaceChildren(reviewList(withReviews.reviews?.items,
        { signedIn, userId: currentUser()?.id ?? null, ownReviewId: own?.id ?? null }, reported));
      // the button pressed is gone: the focus goes to what became of it
      if (gone) gone.focus();
    } catch (error) {
      reviewsArea.replaceChildren(alertBox(error.message));
    }
  };
  form = reviewForm(movie.id, loadReviews);

  root.replaceChildren(
    el('nav', { 'aria-label': 'Breadcrumb' }, el('ol', { class: 'breadcrumb small' },
      el('li', { class: 'breadcrumb-item' }, el('a', { href: '#/' }, 'Movies')),
      el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, movie.title))),
    el('div', { class: 'row g-4' },
      el('div', { class: 'col-5 col-md-4 col-lg-3' }, poster(movie, 'img-fluid rounded shadow-sm')),
      el('div', { class: 'col-7 col-md-8 col-lg-9' },
        heading,
        el('p', { class: 'text-body-secondary mb-2' }, facts),
        opening ? el('p', { class: 'fw-semibold mb-2', 'data-testid': 'opens' }, opening) : null,
        el('p', { class: 'mb-2' },
          movie.ageRating ? el('span', { class: 'badge text-bg-dark me-2', 'data-testid': 'age-rating' }, `Age rating ${movie.ageRating}`) : null,
          movie.genres.map((genre) => el('span', { class: 'badge text-bg-light border me-1' }, genre))),
        ratingArea,
        movie.director ? el('p', { class: 'small mb-1' }, el('strong', {}, 'Director: '), movie.director) : null,
        movie.cast?.length ? el('p', { class: 'small mb-1' }, el('strong', {}, 'Cast: '), movie.cast.join(', ')) : null,
        movie.trailerUrl ? el('p', { class: 'small mb-1' }, el('a', { href: movie.trailerUrl, rel: 'noopener', target: '_blank' }, 'Watch the trailer')) : null,
        el('div', { class: 'd-none d-md-block mt-3' }, el('h2', { class: 'h5' }, 'Synopsis'),
          el('p', { class: 'synopsis' }, movie.synopsis || 'No synopsis yet.'))),
      el('div', { class: 'col-12 d-md-none' },
        el('h2', { class: 'h5' }, 'Synopsis'),
        el('p', { class: 'synopsis' }, movie.synopsis || 'No synopsis yet.'))),
    el('section', { class: 'mt-4', 'aria-labelledby': 'showtimes-heading' },
      el('h2', { id: 'showtimes-heading', class: 'h4 mb-3' }, 'Showtimes'), showtimesArea),
    el('section', { class: 'mt-4', 'aria-labelledby': 'reviews-heading' },
      el('h2', { id: 'reviews-heading', class: 'h4 mb-3' }, 'Reviews'), myReviewArea, form, reviewsArea));
  pageTitle(heading);

  graphql(SHOWTIMES, { id, ...nextDays(14) }).then(({ showtimes }) => {
    const list = (showtimes ?? []).filter((s) => s.status !== 'CANCELLED');
    showtimesArea.replaceChildren(list.length ? screeningsPicker(list, byCinema, { day: query?.get('day'), onDay: rememberDay,
        kind: query?.get('kind') ?? '', onKind: rememberKind })
      : el('p', { class: 'text-body-secondary' }, movie.status === 'COMING_SOON'
        ? 'Not on sale yet: its showtimes appear here once they are scheduled.' : 'No showtimes in the next two weeks.'));
  }).catch((error) => showtimesArea.replaceChildren(alertBox(error.message)));
  loadReviews();
}
