import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone, profileInput, smsHint } from '../../main/resources/META-INF/resources/js/contact.js';

test('phones are sent in E.164 without the reading marks', () => {
  assert.equal(normalisePhone('+44 (20) 7946-0018'), '+442079460018');
  assert.equal(normalisePhone(''), '');
  assert.equal(normalisePhone(undefined), '');
});

test('opting in to SMS needs a number', () => {
  const refused = profileInput('Ann', '  ', true);
  assert.equal(refused.error.field, 'smsOptIn');
  assert.equal(refused.input, undefined);

  assert.deepEqual(profileInput(' Ann ', '+44 7700 900123', true).input,
    { fullName: 'Ann', phone: '+447700900123', smsOptIn: true });
});

test('no number or the box unticked sends no SMS', () => {
  assert.deepEqual(profileInput('Ann', '', false).input, { fullName: 'Ann', phone: null, smsOptIn: false });
  assert.deepEqual(profileInput('Ann', '+447700900123', false).input,
    { fullName: 'Ann', phone: '+447700900123', smsOptIn: false });
});

test('the hint names the number the messages go to', () => {
  assert.match(smsHint('+44 7700 900123'), /\+447700900123/);
  assert.match(smsHint('+44 7700 900123'), /^Confirmations, reminders and cancellations also go by SMS/);
  assert.match(smsHint(''), /Add a phone number/);
});
