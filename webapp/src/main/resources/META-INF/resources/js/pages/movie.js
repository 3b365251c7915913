// Movie detail: poster, synopsis, age rating, average rating and reviews, two weeks of showtimes a day at a time
// grouped by cinema,
// and a review form for signed-in people.
import { graphql } from '../graphql.js';
import { isSignedIn } from '../session.js';
import { el, loading, alertBox, pageTitle, stars, dayLabel, goSignIn, counted } from '../ui.js';
import { poster, openingLabel } from './home.js';
import { SHOWTIME_FIELDS, nextDays, byCinema, dayPicker, rememberDay } from '../showtimes.js';

const MOVIE = `query Movie($id: ID!) {
  movie(id: $id) {
    id title synopsis genres durationMinutes ageRating releaseDate language director cast posterUrl trailerUrl status
    averageRating reviewCount
  }
}`;
const REVIEWS = `query Reviews($id: ID!) {
  movie(id: $id) { id averageRating reviewCount reviews(size: 20) { items { id rating comment authorName createdAt } total } }
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

function reviewList(reviews) {
  if (!reviews?.length) {
    return el('p', { class: 'text-body-secondary' }, 'No reviews yet. Be the first!');
  }
  return el('ul', { class: 'list-unstyled vstack gap-3' }, reviews.map((review) => el('li', { class: 'border-bottom pb-2' },
    el('div', { class: 'd-flex flex-wrap gap-2 align-items-baseline' },
      el('span', { class: 'rating', 'aria-hidden': 'true' }, stars(review.rating)),
      el('span', { class: 'visually-hidden' }, `${review.rating} out of 5`),
      el('strong', {}, review.authorName || 'A moviegoer'),
      review.createdAt ? el('span', { class: 'small text-body-secondary' }, dayLabel(review.createdAt)) : null),
    review.comment ? el('p', { class: 'mb-0 mt-1' }, review.comment) : null)));
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
      status.replaceChildren(alertBox(error.message));
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

  const loadReviews = async () => {
    try {
      const { movie: withReviews } = await graphql(REVIEWS, { id });
      ratingArea.replaceChildren(rating(withReviews));
      reviewsArea.replaceChildren(reviewList(withReviews.reviews?.items));
    } catch (error) {
      reviewsArea.replaceChildren(alertBox(error.message));
    }
  };

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
      el('h2', { id: 'reviews-heading', class: 'h4 mb-3' }, 'Reviews'), reviewForm(movie.id, loadReviews), reviewsArea));
  pageTitle(heading);

  graphql(SHOWTIMES, { id, ...nextDays(14) }).then(({ showtimes }) => {
    const list = (showtimes ?? []).filter((s) => s.status !== 'CANCELLED');
    showtimesArea.replaceChildren(list.length ? dayPicker(list, byCinema, { day: query?.get('day'), onDay: rememberDay })
      : el('p', { class: 'text-body-secondary' }, movie.status === 'COMING_SOON'
        ? 'Not on sale yet: its showtimes appear here once they are scheduled.' : 'No showtimes in the next two weeks.'));
  }).catch((error) => showtimesArea.replaceChildren(alertBox(error.message)));
  loadReviews();
}
