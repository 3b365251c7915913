import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PASSWORD_MIN_LENGTH, forgotPasswordHref, isSignInPage, linkSentMessage, newPasswordProblem, resetToken,
} from '../../main/resources/META-INF/resources/js/password-reset.js';
import { safeNext } from '../../main/resources/META-INF/resources/js/pages/signin.js';
import { fieldMessage } from '../../main/resources/META-INF/resources/js/fields.js';

// The router's query of '#/reset-password?token=...' (app.js parse).
const queryOf = (hash) => new URLSearchParams(hash.split('?')[1] ?? '');
const TOKEN = 'k3Jd9_xQ-7vLm2PzR8sT4uW6yA0bC1dE5fG9hI2jK3l'; // 43 base64url characters, as the e-mail's link has

test('the reset token is read from the route, and a link without one or cut short has none', () => {
  assert.equal(TOKEN.length, 43);
  assert.equal(resetToken(queryOf(`#/reset-password?token=${TOKEN}`)), TOKEN);
  assert.equal(resetToken(queryOf(`#/reset-password?token=%20${TOKEN}%20`)), TOKEN, 'spaces a mail client added');
  assert.equal(resetToken(queryOf('#/reset-password')), null);
  assert.equal(resetToken(queryOf('#/reset-password?token=')), null);
  assert.equal(resetToken(queryOf('#/reset-password?token=abc+def')), null, 'not base64url');
  assert.equal(resetToken(queryOf('#/reset-password?token=<script>')), null);
  assert.equal(resetToken(queryOf(`#/reset-password?token=${'a'.repeat(257)}`)), null, 'far longer than a token');
});

test('"Forgot your password?" carries the e-mail typed so far', () => {
  assert.equal(forgotPasswordHref(' ann+films@example.com '), '#/forgot-password?email=ann%2Bfilms%40example.com');
  assert.equal(queryOf(forgotPasswordHref('ann+films@example.com')).get('email'), 'ann+films@example.com');
  assert.equal(forgotPasswordHref(''), '#/forgot-password');
  assert.equal(forgotPasswordHref(undefined), '#/forgot-password');
});

test('the confirmation names the address, the link\'s terms and the spam folder, never whether an account exists', () => {
  const message = linkSentMessage('x@y.test');
  assert.equal(message, 'If an account uses x@y.test, we have sent it a link to reset the password. '
    + 'The link works once, for 30 minutes. Check your spam folder too.');
});

test('the new password needs the minimum length, counted as the service counts it, and typing twice the same', () => {
  assert.equal(PASSWORD_MIN_LENGTH, 10);
  assert.equal(newPasswordProblem('short', 'short').field, 'newPassword');
  assert.equal(newPasswordProblem('', '').field, 'newPassword');
  assert.equal(newPasswordProblem('😀😀😀😀😀😀😀😀😀', '😀😀😀😀😀😀😀😀😀').field, 'newPassword',
    'nine characters, even if eighteen UTF-16 units');
  assert.equal(newPasswordProblem('a long passphrase', 'a long passphrasE').field, 'repeat');
  assert.match(newPasswordProblem('a long passphrase', '').message, /do not match/);
  assert.equal(newPasswordProblem('a long passphrase', 'a long passphrase'), null);
});

test('a field\'s error is shown without the field name the label already gives', () => {
  assert.equal(fieldMessage({ field: 'newPassword', message: 'newPassword: must be at least 10 characters' }),
    'Must be at least 10 characters');
  assert.equal(fieldMessage({ field: 'email', message: 'Not an email address' }), 'Not an email address');
  assert.equal(fieldMessage({ field: 'email', message: 'email: must be an e-mail address' }),
    'Must be an e-mail address');
  assert.equal(fieldMessage({ message: 'Please check what you entered.' }), 'Please check what you entered.');
});

test('signing in never leads back to a sign-in page, a reset link least of all', () => {
  ['#/signin', '#/register?next=%23%2F', '#/forgot-password?email=a%40b.test', `#/reset-password?token=${TOKEN}`]
    .forEach((page) => assert.ok(isSignInPage(page), page));
  ['#/', '#/profile', '#/bookings/12', '#/signing-rules'].forEach((page) => assert.ok(!isSignInPage(page), page));
  assert.equal(safeNext(queryOf(`#/signin?next=${encodeURIComponent(`#/reset-password?token=${TOKEN}`)}`)), '#/');
  assert.equal(safeNext(queryOf(`#/signin?next=${encodeURIComponent('#/forgot-password')}`)), '#/');
  assert.equal(safeNext(queryOf(`#/signin?next=${encodeURIComponent('#/bookings')}`)), '#/bookings');
});
