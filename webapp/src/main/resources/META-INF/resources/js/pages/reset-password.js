// A new password with the link from the reset e-mail (#/reset-password?token=...). Open to anyone holding the link,
// signed in or not: the token is the credential. Setting the password ends every sign-in of the account.
import { graphql } from '../graphql.js';
import { signOut } from '../auth.js';
import { isSignedIn } from '../session.js';
import { PASSWORD_MIN_LENGTH, newPasswordProblem, resetToken } from '../password-reset.js';
import { el, alertBox, pageTitle } from '../ui.js';
import { field, fieldMessage, markInvalid } from '../fields.js';

const RESET = 'mutation Reset($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }';


/** In place of the form, a message that takes the focus (the button that had it is gone) so it is read out. */
function replaceWith(body, message, ...after) {
  message.setAttribute('tabindex', '-1');
  body.replaceChildren(message, ...after);
  message.focus();
}

/** The link is no good (none in the address, used, expired): the way on is a new one. */
function linkUnusable(missing) {
  return el('div', { class: 'alert alert-warning', role: 'alert', 'data-testid': 'reset-link-unusable' },
    el('p', {}, missing
      ? 'This address does not hold a complete link to reset your password. Open the link from the email once more, or ask for a new one.'
      : 'This link to reset your password has been used already or has expired. Each link works once, for a limited time.'),
    el('a', { href: '#/forgot-password', class: 'alert-link' }, 'Ask for a new link'));
}

export function render(root, { query }) {
  const heading = el('h1', { id: 'reset-heading', class: 'h3 mb-3' }, 'Choose a new password');
  const body = el('div');
  root.append(el('div', { class: 'auth-card mx-auto' }, heading, body));
  pageTitle(heading);

  const token = resetToken(query);
  if (!token) {
    body.append(linkUnusable(true));
    return;
  }

  const password = field('reset-password', `New password (at least ${PASSWORD_MIN_LENGTH} characters)`,
    { type: 'password', autocomplete: 'new-password', required: true });
  const repeat = field('reset-repeat', 'Repeat new password', { type: 'password', autocomplete: 'new-password', required: true });
  const status = el('div', { 'aria-live': 'assertive' });
  const button = el('button', { type: 'submit', class: 'btn btn-primary w-100' }, 'Set new password');
  const form = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'reset-heading' },
    password.wrapper, repeat.wrapper, status, button);
  body.append(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    markInvalid(password, null);
    markInvalid(repeat, null);
    status.replaceChildren();
    const problem = newPasswordProblem(password.node.value, repeat.node.value);
    if (problem) {
      markInvalid(problem.field === 'repeat' ? repeat : password, problem.message);
      return;
    }
    button.disabled = true;
    button.textContent = 'Setting your password…';
    try {
      await graphql(RESET, { token, password: password.node.value });
    } catch (error) {
      const refused = error.field?.split('.').pop();
      if (error.code === 'VALIDATION' && refused === 'token') {
        replaceWith(body, linkUnusable(false));
      } else if (error.code === 'VALIDATION' && refused === 'newPassword') {
        markInvalid(password, fieldMessage(error));
      } else {
        status.replaceChildren(alertBox(error.message));
      }
      button.disabled = false;
      button.textContent = 'Set new password';
      return;
    }
    // Every sign-in of the account has ended; one kept in this browser would show the visitor as signed in still.
    if (isSignedIn()) {
      await signOut();
    }
    replaceWith(body,
      alertBox('Your password is changed and you are signed out everywhere. Sign in with your new password.', 'success'),
      el('a', { href: '#/signin', class: 'btn btn-primary w-100' }, 'Sign in'));
  });
}
