import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_NOTES, chosenKind } from '../../main/resources/META-INF/resources/js/pages/screenings.js';
import { SCREENING_FEATURES, kindPhrase } from '../../main/resources/META-INF/resources/js/showtimes.js';

test('the special screenings page opens on the kind its address names, else on subtitled screenings', () => {
  assert.equal(chosenKind('RELAXED'), 'RELAXED');
  assert.equal(chosenKind('PARENT_AND_BABY'), 'PARENT_AND_BABY');
  assert.equal(chosenKind(null), 'SUBTITLED');
  assert.equal(chosenKind(''), 'SUBTITLED');
  assert.equal(chosenKind('IMAX'), 'SUBTITLED', 'not a kind of screening');
  assert.equal(chosenKind('relaxed'), 'SUBTITLED', 'the API\u2019s names only');
});

test('every kind of screening is explained and named in a sentence', () => {
  for (const [kind] of SCREENING_FEATURES) {
    assert.ok(KIND_NOTES[kind]?.length > 40, `${kind} has a note`);
  }
  assert.deepEqual(Object.keys(KIND_NOTES).sort(), SCREENING_FEATURES.map(([kind]) => kind).sort(), 'no note for a kind that is not one');
  assert.equal(kindPhrase('SUBTITLED'), 'subtitled screenings');
  assert.equal(kindPhrase('AUDIO_DESCRIBED'), 'audio described screenings');
  assert.equal(kindPhrase('PARENT_AND_BABY'), 'parent and baby screenings');
});
