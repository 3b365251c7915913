import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closureProblem, closureRefusal } from '../../main/resources/META-INF/resources/js/account-closure.js';
import { GraphQLError } from '../../main/resources/META-INF/resources/js/graphql.js';

test('the form asks for the password, then for the confirmation, before anything is sent', () => {
  assert.deepEqual(closureProblem('', true), { field: 'password', message: 'Enter your password to close your account.' });
  assert.equal(closureProblem('Secret-2026', false).field, 'confirm');
  assert.equal(closureProblem('Secret-2026', true), null);
});

test('a wrong password is shown at the password field, open commitments in the service\'s words', () => {
  const wrong = new GraphQLError({ message: 'password: is not your current password', extensions: { code: 'VALIDATION', field: 'password' } });
  assert.deepEqual(closureRefusal(wrong), { field: 'password', message: 'That is not your password.' });
  // The generic CONFLICT text would not say what to do: the booking service's words count what is still open.
  const conflict = 'Your account still has 1 upcoming booking and 1 waitlist place: cancel or finish them first';
  assert.deepEqual(closureRefusal(new GraphQLError({ message: conflict, extensions: { code: 'CONFLICT' } })),
    { field: null, message: conflict });
  assert.equal(closureRefusal(new GraphQLError({ message: 'x', extensions: { code: 'UPSTREAM_UNAVAILABLE' } })).message,
    'Part of the service is unavailable right now. Please try again shortly.');
  assert.equal(closureRefusal({}).message, 'Your account could not be closed. Please try again.');
});
