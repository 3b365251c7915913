import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openingLabel, soonestFirst } from '../../main/resources/META-INF/resources/js/pages/home.js';

const now = new Date(2026, 11, 6, 12, 0).getTime(); // noon on 6 Dec on the machine's own calendar

test('a movie coming soon says when it opens: today, tomorrow, a day this year, a date in another', () => {
  assert.equal(openingLabel('2026-12-06', now), 'Opens today');
  assert.equal(openingLabel('2026-12-01', now), null); // past, and the movie not yet switched to now showing
  assert.equal(openingLabel('2026-12-07', now), 'Opens tomorrow');
  assert.equal(openingLabel('2026-12-19', now), 'Opens Sat 19 Dec');
  assert.equal(openingLabel('2027-01-09', now), 'Opens 9 Jan 2027');
  assert.equal(openingLabel(null, now), null);
});

test('coming soon lists the soonest first, undated ones last', () => {
  const movies = [
    { title: 'Broadway Nights', releaseDate: '2027-01-10' },
    { title: 'Untitled', releaseDate: null },
    { title: 'Overdue', releaseDate: '2021-06-01' },
    { title: 'Dragons', releaseDate: '2026-12-20' },
    { title: 'El Verano', releaseDate: '2026-12-27' },
  ];
  assert.deepEqual(soonestFirst(movies, now).map((m) => m.title), ['Dragons', 'El Verano', 'Broadway Nights', 'Overdue', 'Untitled']);
});
