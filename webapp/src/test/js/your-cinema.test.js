import { test } from 'node:test';
import assert from 'node:assert/strict';
import { YOUR_CINEMA_KEY, chooseYourCinema, forgetYourCinema, isYourCinema, yourCinema, yoursFirst }
  from '../../main/resources/META-INF/resources/js/your-cinema.js';
import { cinemaGroups } from '../../main/resources/META-INF/resources/js/showtimes.js';

/** A stand-in for the browser's localStorage. */
function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

test('the chosen cinema is remembered by the browser and can be forgotten', () => {
  const storage = memoryStorage();
  assert.equal(yourCinema(storage), null, 'none chosen yet');
  assert.equal(chooseYourCinema({ id: 3, name: 'Lumen Ormond Quay' }, storage), true);
  assert.deepEqual(yourCinema(storage), { id: '3', name: 'Lumen Ormond Quay' }, 'ids are kept as the API gives them: strings');
  forgetYourCinema(storage);
  assert.equal(yourCinema(storage), null);
});

test('what the browser holds under the key is read only when it names a cinema', () => {
  const storage = memoryStorage();
  for (const junk of ['not json', '42', '{"id":"","name":"x"}', '{"id":7,"name":"x"}', '{"id":"7"}', 'null']) {
    storage.setItem(YOUR_CINEMA_KEY, junk);
    assert.equal(yourCinema(storage), null, junk);
  }
});

test('a browser that keeps nothing is told so, and nothing breaks', () => {
  const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); },
    removeItem: () => { throw new Error('SecurityError'); } };
  assert.equal(chooseYourCinema({ id: '1', name: 'A' }, refusing), false);
  assert.equal(yourCinema(refusing), null);
  forgetYourCinema(refusing);
  assert.equal(chooseYourCinema({ id: '1', name: 'A' }, null), false, 'no storage at all');
});

test('your cinema comes first and the others keep their order', () => {
  const yours = { id: '2', name: 'B' };
  const cinemas = [{ id: '1' }, { id: '3' }, { id: '2' }, { id: '4' }];
  assert.deepEqual(yoursFirst(cinemas, (c) => c.id, yours).map((c) => c.id), ['2', '1', '3', '4']);
  assert.deepEqual(yoursFirst(cinemas, (c) => c.id, null).map((c) => c.id), ['1', '3', '2', '4'], 'none chosen: as given');
  assert.deepEqual(yoursFirst(cinemas, (c) => c.id, { id: '9', name: 'Gone' }).map((c) => c.id), ['1', '3', '2', '4'],
    'a cinema not in the list changes nothing');
  assert.deepEqual(cinemas.map((c) => c.id), ['1', '3', '2', '4'], 'a copy: the list given is left alone');
  assert.equal(isYourCinema(2, yours), true, 'a numeric id matches its string');
  assert.equal(isYourCinema('2', null), false);
});

test('a movie\'s showtimes of the day: your cinema\'s first, the others by their first showtime', () => {
  const at = (cinemaId, startsAt) => ({ cinemaId, startsAt, cinema: { id: cinemaId, name: `Cinema ${cinemaId}` } });
  const day = [at('1', '2026-12-07T20:00:00Z'), at('2', '2026-12-07T12:00:00Z'), at('3', '2026-12-07T15:00:00Z'),
    at('1', '2026-12-07T13:00:00Z'), at('3', '2026-12-07T21:00:00Z')];
  const groups = (yours) => cinemaGroups(day, yours).map((list) => [list[0].cinemaId, list.map((s) => s.startsAt.slice(11, 16))]);
  assert.deepEqual(groups(null), [['2', ['12:00']], ['1', ['13:00', '20:00']], ['3', ['15:00', '21:00']]]);
  assert.deepEqual(groups({ id: '3', name: 'Cinema 3' }), [['3', ['15:00', '21:00']], ['2', ['12:00']], ['1', ['13:00', '20:00']]]);
});
