// Asks for a link to reset a forgotten password (#/forgot-password?email=..., from the sign-in page). The answer is
// the same whether or not an account uses the address, so the page never tells a stranger who has an account here.
import { graphql } from '../graphql.js';
import { linkSentMessage } from '../password-reset.js';
import { fieldMessage } from '../fields.js';
import { el, alertBox, pageTitle } from '../ui.js';

const REQUEST = 'mutation RequestReset($email: String!) { requestPasswordReset(email: $email) }';

export function render(root, { query }) {
  const heading = el('h1', { id: 'forgot-heading', class: 'h3 mb-3' }, 'Forgot your password?');
  const email = el('input', {
    id: 'forgot-email', name: 'email', type: 'email', class: 'form-control', autocomplete: 'email', required: true,
    'aria-describedby': 'forgot-email-feedback', value: (query.get('email') ?? '').trim(),
  });
  const feedback = el('div', { id: 'forgot-email-feedback', class: 'invalid-feedback d-block', 'aria-live': 'polite' });
  const status = el('div', { 'aria-live': 'assertive' });
  const button = el('button', { type: 'submit', class: 'btn btn-primary w-100' }, 'Send reset link');
  const form = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'forgot-heading' },
    el('p', { class: 'text-body-secondary mb-0' },
      'Enter the email of your account and we will send you a link to choose a new password.'),
    el('div', {}, el('label', { for: 'forgot-email', class: 'form-label' }, 'Email'), email, feedback),
    status, button);
  // The form, and once the link is asked for, the confirmation in its place.
  const body = el('div', {}, form,
    el('p', { class: 'mt-3 small' }, 'Remembered it? ', el('a', { href: '#/signin' }, 'Sign in')));
  root.append(el('div', { class: 'auth-card mx-auto' }, heading, body));
  pageTitle(heading);

  function invalid(message) {
    feedback.textContent = message ?? '';
    email.classList.toggle('is-invalid', Boolean(message));
    if (message) {
      email.setAttribute('aria-invalid', 'true');
      email.focus();
    } else {
      email.removeAttribute('aria-invalid');
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    invalid(null);
    status.replaceChildren();
    const address = email.value.trim();
    if (!address) {
      invalid('Enter the email address of your account.');
      return;
    }
    button.disabled = true;
    button.textContent = 'Sending…';
    try {
      await graphql(REQUEST, { email: address });
      const sent = alertBox(linkSentMessage(address), 'success');
      // The button that had focus is gone with the form: the confirmation (role=status) takes it, so it is read out.
      sent.setAttribute('tabindex', '-1');
      body.replaceChildren(sent, el('p', { class: 'mb-0' }, el('a', { href: '#/signin' }, 'Back to sign in')));
      sent.focus();
    } catch (error) {
      if (error.code === 'VALIDATION' && error.field?.split('.').pop() === 'email') {
        invalid(fieldMessage(error));
      } else {
        // RATE_LIMITED says to wait; anything else says what went wrong. Nothing is known about the account either way.
        status.replaceChildren(alertBox(error.message));
      }
      button.disabled = false;
      button.textContent = 'Send reset link';
    }
  });
}
