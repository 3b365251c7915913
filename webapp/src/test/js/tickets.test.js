import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './tab-session.js';
import { calendarFileName, calendarFileUrl, ticketImageUrl } from '../../main/resources/META-INF/resources/js/tickets.js';

// what the browser gives the module: the tab's session storage (tab-session.js), fetch answered by the test, and
// blob URLs
let requests;
let answers;
beforeEach(() => {
  signedIn({ accessToken: 'token-1', refreshToken: 'refresh-1', user: { id: '7' } });
  requests = [];
  answers = [];
  globalThis.fetch = async (url, init) => {
    requests.push({ url, init });
    return answers.shift()(url, init);
  };
  URL.createObjectURL = (blob) => `blob:test/${blob.type}`;
});

const file = (type) => () => ({ status: 200, ok: true, blob: async () => new Blob(['x'], { type }) });
const refused = (status) => () => ({ status, ok: false, blob: async () => new Blob([]) });

test('the calendar file comes from the gateway with the token in a header, never in the URL', async () => {
  answers.push(file('text/calendar'));
  const url = await calendarFileUrl('42');

  assert.equal(url, 'blob:test/text/calendar');
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, '/api/bookings/42/calendar');
  assert.equal(requests[0].init.headers.Authorization, 'Bearer token-1');
  assert.equal(requests[0].init.headers.Accept, 'text/calendar');
  assert.equal(requests[0].init.cache, 'no-store');
  assert.equal(calendarFileName('K7Q2XP'), 'showing-K7Q2XP.ics');
});

test('an expired token is renewed once and the file asked for again with the new one', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] }); // the renewal schedules the next one: never run it here
  answers.push(refused(401));
  answers.push(() => ({ status: 200, json: async () => ({ data: { refreshToken: {
    accessToken: 'token-2', refreshToken: 'refresh-2', expiresIn: 900, user: { id: '7' },
  } } }) }));
  answers.push(file('image/png'));

  assert.equal(await ticketImageUrl('42'), 'blob:test/image/png');
  assert.deepEqual(requests.map((r) => r.url), ['/api/bookings/42/ticket', '/graphql', '/api/bookings/42/ticket']);
  assert.equal(requests[2].init.headers.Authorization, 'Bearer token-2');
});

test('a booking not confirmed says so; any other failure asks to try again, naming the file', async () => {
  answers.push(refused(409));
  await assert.rejects(calendarFileUrl('42'), { message: 'The calendar file is only there for a confirmed booking.' });
  answers.push(refused(503));
  await assert.rejects(calendarFileUrl('42'), { message: 'We could not load your calendar file right now. Please try again.' });
  answers.push(refused(409));
  await assert.rejects(ticketImageUrl('42'), { message: 'The ticket is not available for this booking.' });
});
