// Special screenings: every subtitled, audio described, relaxed or parent-and-baby screening at every cinema in the
// next two weeks (#/screenings?kind=SUBTITLED&day=yyyy-mm-dd), found by the booking service's kind filter (ADR 0029),
// a day at a time, one card per cinema (the moviegoer's own first).
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle } from '../ui.js';
import { SHOWTIME_FIELDS, SCREENING_FEATURES, nextDays, dayPicker, byCinemaAndMovie, kindPhrase, rememberDay, rememberKind }
  from '../showtimes.js';

const SHOWTIMES = `query SpecialScreenings($features: [ScreeningFeature!], $from: DateTime, $to: DateTime) {
  showtimes(features: $features, from: $from, to: $to) { ${SHOWTIME_FIELDS} }
}`;

/** What each kind of screening is, for someone deciding whether it is for them (the words cinemas use). */
export const KIND_NOTES = {
  SUBTITLED: 'Open captions on screen for every film\u2019s dialogue and sounds, for d/Deaf and hard-of-hearing moviegoers.',
  AUDIO_DESCRIBED: 'A spoken description of the action through a headset (ask at the box office), for blind and partially sighted moviegoers.',
  RELAXED: 'Lights low but not off, sound turned down and no adverts; moving about and making noise are welcome. For autistic moviegoers and anyone who prefers it.',
  PARENT_AND_BABY: 'For parents and carers with babies under one: lights up a little, sound down, room for pushchairs and changing facilities.',
};

/** The kind the address asks for, else the first (subtitled). */
export function chosenKind(kind) {
  return SCREENING_FEATURES.some(([value]) => value === kind) ? kind : SCREENING_FEATURES[0][0];
}

export function render(root, { query }) {
  let kind = chosenKind(query?.get('kind'));
  let day = query?.get('day');
  const heading = el('h1', { class: 'h3 mb-1' }, 'Special screenings');
  const listHeading = el('h2', { class: 'h5 mt-4 mb-1', id: 'kind-heading' });
  const note = el('p', { class: 'mb-3', 'data-testid': 'kind-note' });
  const area = el('div', { 'aria-live': 'polite' });
  const choices = SCREENING_FEATURES.map(([value, words]) => {
    const id = `kind-${value.toLowerCase()}`;
    const input = el('input', { type: 'radio', class: 'btn-check', name: 'kind', id, value, checked: value === kind });
    input.addEventListener('change', () => {
      kind = value; // the day stays chosen when the kind has showtimes on it, as on a movie's page
      rememberKind(kind);
      load();
    });
    return [input, el('label', { class: 'btn btn-outline-primary btn-sm', for: id }, words)];
  });
  root.append(heading,
    el('p', { class: 'text-body-secondary' }, 'Subtitled, audio described, relaxed and parent-and-baby screenings at '
      + 'every cinema in the next two weeks.'),
    el('div', { class: 'd-flex flex-wrap gap-2 mb-2', role: 'radiogroup', 'aria-label': 'Kind of screening',
      'data-testid': 'kind-choice' }, choices),
    el('section', { 'aria-labelledby': 'kind-heading' }, listHeading, note, area));
  pageTitle(heading);

  let generation = 0;
  async function load() {
    const current = ++generation;
    const phrase = kindPhrase(kind);
    listHeading.textContent = `${phrase[0].toUpperCase()}${phrase.slice(1)}`;
    note.textContent = KIND_NOTES[kind];
    area.setAttribute('aria-busy', 'true');
    area.replaceChildren(loading(`Loading ${phrase}\u2026`));
    try {
      const { showtimes } = await graphql(SHOWTIMES, { features: [kind], ...nextDays(14) });
      if (current !== generation) return; // a newer choice is on its way
      const list = (showtimes ?? []).filter((s) => s.status !== 'CANCELLED');
      area.replaceChildren(list.length
        ? dayPicker(list, byCinemaAndMovie, { day, onDay: (d) => { day = d; rememberDay(d); } })
        : el('p', { class: 'text-body-secondary', 'data-testid': 'no-screenings' },
          `No ${phrase} in the next two weeks.`));
    } catch (error) {
      if (current === generation) area.replaceChildren(alertBox(error.message));
    } finally {
      if (current === generation) area.setAttribute('aria-busy', 'false');
    }
  }
  load();
}
