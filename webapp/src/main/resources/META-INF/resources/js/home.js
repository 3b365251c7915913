import { graphql } from './graphql.js';

const MOVIES = `query Movies($filter: MovieFilter) {
  movies(filter: $filter, size: 40) { items { id title genres durationMinutes ageRating language } total }
}`;

const message = document.getElementById('message');

function showMessage(text, kind = 'danger') {
  message.textContent = text;
  message.className = `alert alert-${kind}`;
}

function movieCard(movie) {
  const col = document.createElement('div');
  col.className = 'col';
  col.innerHTML = `
    <article class="card h-100 movie-card">
      <div class="card-body">
        <h3 class="card-title"></h3>
        <p class="card-text small text-body-secondary mb-2"></p>
        <div class="genres"></div>
      </div>
    </article>`;
  col.querySelector('.card-title').textContent = movie.title;
  col.querySelector('.card-text').textContent =
    `${movie.durationMinutes} min · ${movie.ageRating} · ${movie.language}`;
  const genres = col.querySelector('.genres');
  for (const genre of movie.genres) {
    const badge = document.createElement('span');
    badge.className = 'badge text-bg-secondary me-1';
    badge.textContent = genre;
    genres.append(badge);
  }
  return col;
}

async function fill(containerId, filter) {
  const container = document.getElementById(containerId);
  container.setAttribute('aria-busy', 'true');
  try {
    const { movies } = await graphql(MOVIES, { filter });
    container.replaceChildren(...movies.items.map(movieCard));
    if (movies.items.length === 0) {
      const empty = document.createElement('p');
      empty.className = 'text-body-secondary';
      empty.textContent = 'No movies here right now.';
      container.append(empty);
    }
  } catch (error) {
    showMessage(error.message);
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

function load(search) {
  message.className = 'alert d-none';
  fill('now-showing', { status: 'NOW_SHOWING', search });
  fill('coming-soon', { status: 'COMING_SOON', search });
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  load(document.getElementById('search').value.trim() || null);
});

load(null);
