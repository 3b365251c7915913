// Sign in, then back to where the visitor came from (#/signin?next=...).
import { signIn } from '../auth.js';
import { isSignedIn } from '../session.js';
import { el, alertBox, pageTitle } from '../ui.js';
import { forgotPasswordHref, isSignInPage } from '../password-reset.js';

/** Only routes of this site may be the way back, and none of the sign-in pages. */
export function safeNext(query) {
  const next = query.get('next') || '#/';
  return next.startsWith('#/') && !isSignInPage(next) ? next : '#/';
}

export function render(root, { query }) {
  const next = safeNext(query);
  if (isSignedIn()) {
    location.replace(next);
    return;
  }
  const heading = el('h1', { class: 'h3 mb-3' }, 'Sign in');
  const email = el('input', { id: 'email', name: 'email', type: 'email', class: 'form-control', autocomplete: 'username', required: true });
  const password = el('input', { id: 'password', name: 'password', type: 'password', class: 'form-control', autocomplete: 'current-password', required: true });
  const button = el('button', { type: 'submit', class: 'btn btn-primary w-100' }, 'Sign in');
  const status = el('div', { 'aria-live': 'assertive' });
  const form = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'signin-heading' },
    el('div', {}, el('label', { for: 'email', class: 'form-label' }, 'Email'), email),
    el('div', {}, el('label', { for: 'password', class: 'form-label' }, 'Password'), password),
    status, button);
  heading.id = 'signin-heading';
  // Asking for a reset link starts from the address typed here, if any: kept up to date as it is typed.
  const forgot = el('a', { href: forgotPasswordHref(''), 'data-testid': 'forgot-password' }, 'Forgot your password?');
  email.addEventListener('input', () => forgot.setAttribute('href', forgotPasswordHref(email.value)));
  root.append(el('div', { class: 'auth-card mx-auto' },
    heading,
    query.get('next') ? el('p', { class: 'text-body-secondary' }, 'Please sign in to continue.') : null,
    form,
    el('p', { class: 'mt-3 mb-1 small' }, forgot),
    el('p', { class: 'small' }, 'New here? ',
      el('a', { href: `#/register?next=${encodeURIComponent(next)}` }, 'Create an account'))));
  pageTitle(heading);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!email.value.trim() || !password.value) {
      status.replaceChildren(alertBox('Please enter your email and password.'));
      (email.value.trim() ? password : email).focus();
      return;
    }
    button.disabled = true;
    button.textContent = 'Signing in…';
    try {
      await signIn(email.value.trim(), password.value);
      location.replace(next);
    } catch (error) {
      status.replaceChildren(alertBox(error.code === 'UNAUTHENTICATED'
        ? 'That email and password do not match an account.' : error.message));
      password.value = '';
      password.focus();
      button.disabled = false;
      button.textContent = 'Sign in';
    }
  });
}
