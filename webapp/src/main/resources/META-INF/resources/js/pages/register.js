// Create an account, then back to where the visitor came from.
import { register } from '../auth.js';
import { el, alertBox, pageTitle } from '../ui.js';
import { safeNext } from './signin.js';

const FIELDS = [
  { name: 'fullName', label: 'Full name', type: 'text', autocomplete: 'name', required: true },
  { name: 'email', label: 'Email', type: 'email', autocomplete: 'email', required: true },
  { name: 'password', label: 'Password (at least 10 characters)', type: 'password', autocomplete: 'new-password', required: true },
  { name: 'phone', label: 'Phone (optional)', type: 'tel', autocomplete: 'tel' },
];

export function render(root, { query }) {
  const next = safeNext(query);
  const heading = el('h1', { id: 'register-heading', class: 'h3 mb-3' }, 'Create an account');
  const inputs = {};
  const feedback = {};
  const status = el('div', { 'aria-live': 'assertive' });
  const button = el('button', { type: 'submit', class: 'btn btn-primary w-100' }, 'Create account');
  const form = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'register-heading' },
    FIELDS.map((f) => {
      inputs[f.name] = el('input', {
        id: `reg-${f.name}`, name: f.name, type: f.type, class: 'form-control', autocomplete: f.autocomplete,
        required: f.required, 'aria-describedby': `reg-${f.name}-feedback`,
      });
      feedback[f.name] = el('div', { id: `reg-${f.name}-feedback`, class: 'invalid-feedback' });
      return el('div', {}, el('label', { for: `reg-${f.name}`, class: 'form-label' }, f.label), inputs[f.name], feedback[f.name]);
    }),
    status, button);
  root.append(el('div', { class: 'auth-card mx-auto' }, heading, form,
    el('p', { class: 'mt-3 small' }, 'Already have an account? ',
      el('a', { href: `#/signin?next=${encodeURIComponent(next)}` }, 'Sign in'))));
  pageTitle(heading);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(inputs).forEach((input) => input.classList.remove('is-invalid'));
    status.replaceChildren();
    button.disabled = true;
    try {
      await register({
        email: inputs.email.value.trim(),
        password: inputs.password.value,
        fullName: inputs.fullName.value.trim(),
        phone: inputs.phone.value.trim() || null,
      });
      location.replace(next);
    } catch (error) {
      const field = error.field?.split('.').pop();
      if (error.code === 'VALIDATION' && inputs[field]) {
        inputs[field].classList.add('is-invalid');
        feedback[field].textContent = error.message;
        inputs[field].focus();
      } else if (error.code === 'CONFLICT') {
        status.replaceChildren(alertBox('There is already an account with that email. Try signing in.'));
      } else {
        status.replaceChildren(alertBox(error.message));
      }
    } finally {
      button.disabled = false;
    }
  });
}
