import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone, profileInput, remindersHint, smsHint } from '../../main/resources/META-INF/resources/js/contact.js';

test('phones are sent in E.164 without the reading marks', () => {
  assert.equal(normalisePhone('+44 (20) 7946-0018'), '+442079460018');
  assert.equal(normalisePhone(''), '');
  assert.equal(normalisePhone(undefined), '');
});

test('opting in to SMS needs a number', () => {
  const refused = profileInput('Ann', '  ', true);
  assert.equal(refused.error.field, 'smsOptIn');
  assert.equal(refused.input, undefined);

  assert.deepEqual(profileInput(' Ann ', '+44 7700 900123', true, true).input,
    { fullName: 'Ann', phone: '+447700900123', smsOptIn: true, reminders: true });
});

test('no number or the box unticked sends no SMS', () => {
  assert.deepEqual(profileInput('Ann', '', false, true).input, { fullName: 'Ann', phone: null, smsOptIn: false, reminders: true });
  assert.deepEqual(profileInput('Ann', '+447700900123', false, true).input,
    { fullName: 'Ann', phone: '+447700900123', smsOptIn: false, reminders: true });
});

test('reminders are sent as ticked, whatever the phone and the SMS choice', () => {
  assert.equal(profileInput('Ann', '', false, false).input.reminders, false);
  assert.equal(profileInput('Ann', '+447700900123', true, false).input.reminders, false);
  assert.equal(profileInput('Ann', '+447700900123', true, false).input.smsOptIn, true);
  assert.equal(profileInput('Ann', '', false, true).input.reminders, true);
});

test('the reminders hint says where a reminder goes and that other messages still come', () => {
  assert.equal(remindersHint(false), 'A few hours before each showing, by e-mail. Confirmations and cancellations are always sent.');
  assert.match(remindersHint(true), /by e-mail and SMS\./);
});

test('the hint names the number the messages go to', () => {
  assert.match(smsHint('+44 7700 900123'), /\+447700900123/);
  assert.match(smsHint('+44 7700 900123'), /^Confirmations, reminders and cancellations also go by SMS/);
  assert.match(smsHint(''), /Add a phone number/);
});
