import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { graphql, GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

/** The gateway answers this body (HTTP 200, as GraphQL errors come). */
function answer(body) {
  globalThis.fetch = async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const nestedFailure = {
  data: { bookings: { items: [{ id: '1', userId: '7', customer: null }] } },
  errors: [{ message: 'user service unavailable', path: ['bookings', 'items', 0, 'customer'],
    extensions: { code: 'UPSTREAM_UNAVAILABLE' } }],
};

test('an error in a nested field fails the whole call unless the screen can do without that field', async () => {
  answer(nestedFailure);
  await assert.rejects(graphql('{ bookings { items { id } } }'), (e) => e.code === 'UPSTREAM_UNAVAILABLE');
});

test('with fieldErrors the data comes back, the failed field null, and the errors go to the callback', async () => {
  answer(nestedFailure);
  const seen = [];
  const data = await graphql('{ bookings { items { id } } }', {}, { fieldErrors: (errors) => seen.push(...errors) });
  assert.equal(data.bookings.items[0].id, '1');
  assert.equal(data.bookings.items[0].customer, null);
  assert.deepEqual(seen.map((e) => e.code), ['UPSTREAM_UNAVAILABLE']);
  assert.deepEqual(seen[0].path, ['bookings', 'items', 0, 'customer'], 'the screen can say what it could not read');
});

test('a failed root field is thrown even with fieldErrors: there is nothing to show', async () => {
  answer({ data: { bookings: null }, errors: [{ message: 'x', path: ['bookings'], extensions: { code: 'FORBIDDEN' } }] });
  await assert.rejects(graphql('{ bookings { total } }', {}, { fieldErrors: () => assert.fail('not a field error') }),
    (e) => e.code === 'FORBIDDEN');
  answer({ data: null, errors: [{ message: 'bad', extensions: { code: 'VALIDATION' } }] });
  await assert.rejects(graphql('{ bookings { total } }', {}, { fieldErrors: () => {} }), (e) => e.code === 'VALIDATION');
});

test('a CONFLICT is explained in the service\'s words, other codes in the screen\'s own', () => {
  const ended = new GraphQLError({ message: 'Showtime 7 ended at 2026-12-06T20:28:00Z and cannot be cancelled: refund its bookings one by one instead',
    extensions: { code: 'CONFLICT' } });
  assert.match(ended.explained, /^Showtime 7 ended at .*one by one instead$/);
  assert.equal(new GraphQLError({ extensions: { code: 'CONFLICT' } }).explained,
    'That clashes with something that changed meanwhile. Please try again.');
  assert.equal(new GraphQLError({ message: 'java.lang.IllegalStateException at com.cinema', extensions: { code: 'INTERNAL' } }).explained,
    'Something went wrong on our side. Please try again.');
});
