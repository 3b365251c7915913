// Admin movies (issue #15): a searchable list; create and edit with the server's checks shown on their field;
// the poster by file picker or drag and drop with a preview (PUT /api/admin/movies/{id}/poster); archive, and
// delete with the CONFLICT reason shown when future showtimes still use the movie.
import { graphql } from '../graphql.js';
import { accessToken } from '../session.js';
import { el, loading, alertBox, pageTitle } from '../ui.js';
import { adminNav } from './nav.js';
import { control, clearErrors, showFieldError } from './forms.js';

const FIELDS = 'id title synopsis genres durationMinutes ageRating releaseDate language director cast trailerUrl status posterUrl';
const MOVIES = `query AdminMovies($filter: MovieFilter, $page: Int) { movies(filter: $filter, page: $page, size: 50) { total items { ${FIELDS} } } }`;
const CREATE = `mutation CreateMovie($input: MovieInput) { createMovie(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateMovie($id: ID!, $input: MovieInput) { updateMovie(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation DeleteMovie($id: ID!) { deleteMovie(id: $id) }';
const POSTER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_POSTER_BYTES = 2 * 1024 * 1024;

function list(value) {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function inputOf(form) {
  const v = (name) => form.elements[name].value.trim();
  return {
    title: v('title'), synopsis: v('synopsis') || null, genres: list(v('genres')),
    durationMinutes: v('durationMinutes') === '' ? null : Number.parseInt(v('durationMinutes'), 10),
    ageRating: v('ageRating'), releaseDate: v('releaseDate') || null, language: v('language'),
    director: v('director') || null, cast: list(v('cast')), trailerUrl: v('trailerUrl') || null, status: v('status'),
  };
}

/** Uploads the chosen image; answers an error message or null. */
async function uploadPoster(movieId, file) {
  const response = await fetch(`/api/admin/movies/${encodeURIComponent(movieId)}/poster`, {
    method: 'PUT', headers: { Authorization: `Bearer ${accessToken()}`, 'Content-Type': file.type }, body: file,
  }).catch(() => null);
  if (!response) return 'The poster could not be sent: the service did not answer.';
  if (response.ok) return null;
  const body = await response.json().catch(() => null);
  return body?.message ?? `The poster was refused (${response.status}).`;
}

function editor(movie, done) {
  const prefix = movie ? `movie-${movie.id}` : 'movie-new';
  const message = el('div', { 'aria-live': 'polite' });
  let poster = null;
  const preview = el('img', { alt: '', class: 'admin-poster-preview', hidden: !movie?.posterUrl, src: movie?.posterUrl ?? null });
  const pick = el('input', { type: 'file', id: `${prefix}-poster`, accept: POSTER_TYPES.join(','), class: 'form-control form-control-sm' });
  const posterError = el('div', { class: 'invalid-feedback d-block', 'aria-live': 'polite' });
  function choose(file) {
    posterError.textContent = '';
    if (!file) return;
    if (!POSTER_TYPES.includes(file.type)) {
      posterError.textContent = 'Choose a PNG, JPEG or WebP image.';
      return;
    }
    if (file.size > MAX_POSTER_BYTES) {
      posterError.textContent = 'The image is larger than 2 MiB.';
      return;
    }
    poster = file;
    preview.src = URL.createObjectURL(file);
    preview.alt = `Preview of the new poster (${file.name})`;
    preview.hidden = false;
  }
  pick.addEventListener('change', () => choose(pick.files[0]));
  const drop = el('div', { class: 'admin-drop p-3 text-center small', 'data-testid': 'poster-drop' },
    'Drop a poster image here, or ', el('label', { for: `${prefix}-poster`, class: 'text-decoration-underline' }, 'choose a file'), pick);
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('admin-drop-over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('admin-drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('admin-drop-over');
    choose(event.dataTransfer.files[0]);
  });
  const form = el('form', { class: 'row g-2 border rounded p-3 mb-3', novalidate: true, 'data-testid': 'movie-form',
    'aria-label': movie ? `Edit ${movie.title}` : 'New movie' },
  control(prefix, 'title', 'Title', { required: true, value: movie?.title ?? '' }),
  control(prefix, 'durationMinutes', 'Minutes', { type: 'number', min: 1, max: 600, value: movie?.durationMinutes ?? '' }),
  control(prefix, 'ageRating', 'Age rating', { value: movie?.ageRating ?? '' }),
  control(prefix, 'language', 'Language', { value: movie?.language ?? 'English' }),
  control(prefix, 'genres', 'Genres', { value: movie?.genres?.join(', ') ?? '' }, 'Comma separated, e.g. Drama, Comedy'),
  control(prefix, 'releaseDate', 'Release date', { type: 'date', value: movie?.releaseDate ?? '' }),
  control(prefix, 'director', 'Director', { value: movie?.director ?? '' }),
  control(prefix, 'cast', 'Cast', { value: movie?.cast?.join(', ') ?? '' }, 'Comma separated, in billing order'),
  control(prefix, 'trailerUrl', 'Trailer URL', { type: 'url', value: movie?.trailerUrl ?? '' }),
  control(prefix, 'status', 'Status', { tag: 'select', options: ['COMING_SOON', 'NOW_SHOWING', 'ARCHIVED'] }),
  control(prefix, 'synopsis', 'Synopsis', { tag: 'textarea', rows: 3, value: movie?.synopsis ?? '' }),
  el('div', { class: 'col-sm-6 col-lg-4' }, el('span', { class: 'form-label small d-block' }, 'Poster'), drop, posterError, preview),
  el('div', { class: 'col-12 d-flex gap-2' },
    el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, movie ? 'Save movie' : 'Create movie'),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => done(null) }, 'Cancel')),
  el('div', { class: 'col-12' }, message));
  if (movie) form.elements.status.value = movie.status;
  form.elements.synopsis.textContent = movie?.synopsis ?? '';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    message.replaceChildren();
    try {
      const data = movie ? await graphql(UPDATE, { id: movie.id, input: inputOf(form) }) : await graphql(CREATE, { input: inputOf(form) });
      const saved = data.updateMovie ?? data.createMovie;
      const problem = poster ? await uploadPoster(saved.id, poster) : null;
      if (problem) {
        posterError.textContent = `${saved.title} was saved, but not its poster: ${problem}`;
        return;
      }
      done(saved);
    } catch (error) {
      if (!showFieldError(form, error)) message.replaceChildren(alertBox(error.message));
    }
  });
  return form;
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Movies');
  const search = el('input', { id: 'movie-search', type: 'search', class: 'form-control form-control-sm' });
  const editArea = el('div');
  const notice = el('div', { 'aria-live': 'polite' });
  const content = el('div', { 'aria-live': 'polite' });

  function edit(movie) {
    editArea.replaceChildren(editor(movie, async (saved) => {
      editArea.replaceChildren();
      if (saved) {
        notice.replaceChildren(alertBox(`${saved.title} saved.`, 'success'));
        await load();
      }
    }));
    editArea.querySelector('input')?.focus();
  }

  async function remove(movie, row) {
    notice.replaceChildren();
    try {
      await graphql(DELETE, { id: movie.id });
      notice.replaceChildren(alertBox(`${movie.title} deleted.`, 'success'));
      await load();
    } catch (error) {
      // CONFLICT says why (future showtimes use it): the service's own words, and what to do instead.
      notice.replaceChildren(alertBox(error.explained));
      row.querySelector('button')?.focus();
    }
  }

  async function load() {
    content.replaceChildren(loading('Loading movies…'));
    try {
      const { movies } = await graphql(MOVIES, { filter: search.value.trim() ? { search: search.value.trim() } : null, page: 0 });
      content.replaceChildren(el('p', { class: 'small text-body-secondary' }, `${movies.total} movies`),
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-movies' },
          el('caption', { class: 'visually-hidden' }, 'Movies'),
          el('thead', {}, el('tr', {}, ['Title', 'Status', 'Minutes', 'Actions'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, movies.items.map((m) => {
            const row = el('tr', { 'data-movie-title': m.title });
            row.append(el('th', { scope: 'row' }, m.title), el('td', {}, m.status), el('td', {}, m.durationMinutes),
              el('td', { class: 'd-flex gap-1' },
                el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `Edit ${m.title}`, onclick: () => edit(m) }, 'Edit'),
                el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': `Delete ${m.title}`, onclick: () => remove(m, row) }, 'Delete')));
            return row;
          })))));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  const form = el('form', { class: 'row g-2 align-items-end mb-3', role: 'search', onsubmit: (event) => { event.preventDefault(); load(); } },
    el('div', { class: 'col-sm-6 col-lg-4' }, el('label', { for: 'movie-search', class: 'form-label small' }, 'Title'), search),
    el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Search')),
    el('div', { class: 'col-auto' }, el('button', { type: 'button', class: 'btn btn-success btn-sm', onclick: () => edit(null) }, 'New movie')));
  root.append(adminNav('movies'), heading, form, notice, editArea, content);
  pageTitle(heading, 'Admin movies');
  await load();
}
