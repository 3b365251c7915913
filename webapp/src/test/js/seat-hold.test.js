import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './tab-session.js';
import { SeatModel } from '../../main/resources/META-INF/resources/js/seats/model.js';
import { holdActions, refusalText } from '../../main/resources/META-INF/resources/js/seats/hold.js';
import { HOLD } from '../../main/resources/META-INF/resources/js/seats/api.js';
import { GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

// what the browser gives the modules: a tab's session storage (tab-session.js) and fetch, answered by the test
let requests;
let answer;
beforeEach(() => {
  signedIn({ accessToken: 'token-1', user: { id: '7' } });
  requests = [];
  globalThis.fetch = async (url, init) => {
    const body = JSON.parse(init.body);
    requests.push({ url, body, headers: init.headers });
    const data = answer(body);
    return { status: 200, json: async () => data };
  };
});

const seats = (status) => ['A1', 'A2', 'A3'].map((seatId, x) => ({
  seatId, label: seatId, row: 'A', number: x + 1, x, y: 0, type: 'STANDARD', status: status(seatId), priceCents: 1000,
}));

function view() {
  const calls = { notice: [], say: [], paints: 0, panels: 0 };
  return {
    calls,
    paintAll: () => { calls.paints += 1; },
    renderPanel: () => { calls.panels += 1; },
    tick: () => ({ ms: 0, text: '0:00' }),
    notice: (text, kind) => calls.notice.push([text, kind]),
    clearNotice: () => {},
    say: (text) => calls.say.push(text),
  };
}

const until = async (condition, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('seat ids travel as GraphQL variables, never in the query text', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats(() => 'AVAILABLE') });
  model.toggle('A1');
  model.toggle('A3');
  answer = () => ({ data: { holdSeats: { id: 'b1', code: 'BK1', holdExpiresAt: new Date(Date.now() + 600_000).toISOString(), tickets: [{ seatId: 'A1' }, { seatId: 'A3' }] } } });
  const actions = holdActions(model, 's9', view(), { signedIn: () => true });
  await actions.hold({ disabled: false, textContent: '' });
  actions.stop();

  assert.equal(requests.length, 1);
  const { body, headers } = requests[0];
  assert.equal(body.query, HOLD);
  assert.doesNotMatch(body.query, /A1|A3/);
  assert.match(body.query, /\$seatIds: \[String!\]!/);
  assert.deepEqual(body.variables, { showtimeId: 's9', seatIds: ['A1', 'A3'] });
  assert.equal(headers.Authorization, 'Bearer token-1');
  assert.deepEqual([...model.hold.seatIds], ['A1', 'A3']);
});

test('a refused hold shows the server\'s own words for a rule, and the seats stay selected', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats(() => 'AVAILABLE') });
  model.toggle('A1');
  const quota = 'You may hold at most 10 seats of one showtime; you hold 10 already. Pay for or release a hold first';
  answer = () => ({ errors: [{ message: quota, extensions: { code: 'CONFLICT' } }] });
  const v = view();
  await holdActions(model, 's9', v, { signedIn: () => true }).hold({ disabled: false, textContent: '' });
  assert.deepEqual(v.calls.notice, [[quota, 'danger']]);
  assert.deepEqual(model.selected, ['A1']);
  assert.equal(model.hold, null);

  assert.equal(refusalText(new GraphQLError({ message: 'must name at most 10 seats', extensions: { code: 'VALIDATION', field: 'seatIds' } })),
    'must name at most 10 seats');
  assert.equal(refusalText(new GraphQLError({ message: 'internal detail', extensions: { code: 'SEAT_UNAVAILABLE' } })),
    'Someone else just took one of those seats. Please pick others.');
});

test('when the countdown reaches zero the seat map is read again and the seats show free, announced', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats(() => 'AVAILABLE') });
  answer = () => ({ data: { seatMap: { seats: seats(() => 'AVAILABLE') } } });
  const v = view();
  const actions = holdActions(model, 's9', v, { signedIn: () => true });
  actions.resume({ id: 'b1', code: 'BK1', holdExpiresAt: new Date(Date.now() + 200).toISOString(), tickets: [{ seatId: 'A1' }, { seatId: 'A2' }] });
  assert.equal(model.seat('A1').status, 'HELD');

  await until(() => v.calls.say.length > 0);
  actions.stop();
  assert.equal(model.hold, null);
  assert.equal(model.seat('A1').status, 'AVAILABLE');
  assert.equal(model.seat('A2').status, 'AVAILABLE');
  assert.match(v.calls.notice.at(-1)[0], /hold has expired and your seats are back on sale/);
  assert.match(v.calls.say.at(-1), /hold has expired/);
  assert.equal(requests.filter((r) => r.body.query.includes('seatMap')).length, 1);
  assert.deepEqual(requests[0].body.variables, { id: 's9' });
});

test('a server that still reports the seats held a moment after the countdown is asked again', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats(() => 'AVAILABLE') });
  let asked = 0;
  answer = () => {
    asked += 1;
    return { data: { seatMap: { seats: seats((id) => (asked < 3 && id === 'A1' ? 'HELD' : 'AVAILABLE')) } } };
  };
  const v = view();
  const actions = holdActions(model, 's9', v, { signedIn: () => true, sleep: () => Promise.resolve() });
  actions.resume({ id: 'b1', code: 'BK1', holdExpiresAt: new Date(Date.now() + 100).toISOString(), tickets: [{ seatId: 'A1' }] });
  await until(() => asked >= 3 && model.seat('A1').status === 'AVAILABLE');
  actions.stop();
  assert.equal(asked, 3, 'asked until the seat was free, then stopped');
  assert.equal(v.calls.say.filter((t) => /expired/.test(t)).length, 1, 'announced once');
});

test('a hold refused by the seat rules names the stranded seat and offers the selection moved by one', async () => {
  // A1..A6 in one row; A2 and A3 selected would leave A1 alone against the wall
  const row = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((seatId, x) => ({
    seatId, label: seatId, row: 'A', number: x + 1, x, y: 0, type: 'STANDARD', status: 'AVAILABLE', priceCents: 1000,
  }));
  const model = new SeatModel({ rows: 1, columns: 6, seats: row });
  model.toggle('A2');
  model.toggle('A3');
  answer = () => ({ errors: [{ message: 'seatIds: Seat A1 would be left on its own; please move your selection by one seat',
    extensions: { code: 'VALIDATION', field: 'seatIds' } }] });
  const calls = { notice: [], say: [] };
  const v = { ...view(), notice: (text, kind, action) => calls.notice.push([text, kind, action]), say: (t) => calls.say.push(t) };
  const actions = holdActions(model, 's9', v, { signedIn: () => true });
  await actions.hold({ disabled: false, textContent: '' });

  const [text, kind, action] = calls.notice[0];
  assert.equal(kind, 'warning');
  assert.match(text, /^Seat A1 would be left on its own/);
  assert.match(text, /Try moving your selection by one seat, to A1, A2\./);
  assert.equal(action.label, 'Move to A1, A2');
  assert.deepEqual(model.selected, ['A2', 'A3'], 'nothing moves until the customer says so');
  action.run();
  assert.deepEqual(model.selected, ['A1', 'A2']);
  assert.ok(calls.say.includes('Selection moved to A1, A2.'));
});

test('seats freed by an event older than the hold (a waitlist offer) keep the hold the server still has', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats((id) => (id === 'A1' ? 'HELD' : 'AVAILABLE')) });
  const offer = { id: 'b7', code: 'BK7', showtimeId: 's9', status: 'HELD',
    holdExpiresAt: new Date(Date.now() + 600_000).toISOString(), tickets: [{ seatId: 'A1' }] };
  answer = (body) => (body.query.includes('myBookings')
    ? { data: { myBookings: [offer] } }
    : { data: { seatMap: { seats: seats((id) => (id === 'A1' ? 'HELD' : 'AVAILABLE')) } } });
  const v = view();
  const actions = holdActions(model, 's9', v, { signedIn: () => true });
  actions.resume(offer);
  // the offer's own transaction freed A1 before holding it for this customer: the page hears the freeing late
  assert.equal(model.apply({ seatId: 'A1', status: 'AVAILABLE', sequence: 5 }).holdGivenBack, true);
  await actions.givenBack();
  actions.stop();
  assert.equal(model.hold?.booking.id, 'b7', 'the hold runs on');
  assert.equal(model.seat('A1').status, 'HELD', 'the seat map was read again');
  assert.deepEqual(requests.map((r) => (r.body.query.includes('myBookings') ? 'myBookings' : 'seatMap')), ['myBookings', 'seatMap']);
  assert.deepEqual(v.calls.notice, [], 'no "hold has ended"');
});

test('seats given back while the server holds nothing for the customer end the hold, once', async () => {
  const model = new SeatModel({ rows: 1, columns: 3, seats: seats((id) => (id === 'A1' ? 'HELD' : 'AVAILABLE')) });
  answer = () => ({ data: { myBookings: [] } });
  const v = view();
  const actions = holdActions(model, 's9', v, { signedIn: () => true });
  actions.resume({ id: 'b8', code: 'BK8', holdExpiresAt: new Date(Date.now() + 600_000).toISOString(), tickets: [{ seatId: 'A1' }] });
  model.apply({ seatId: 'A1', status: 'AVAILABLE', sequence: 9 });
  await Promise.all([actions.givenBack(), actions.givenBack()]);
  actions.stop();
  assert.equal(model.hold, null);
  assert.equal(requests.length, 1, 'asked once');
  assert.deepEqual(v.calls.notice, [['Your hold has ended and the seats are back on sale.', 'warning']]);
});
