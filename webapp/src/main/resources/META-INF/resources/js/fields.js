// Form fields of the portal's pages (profile, password reset): a label, the input, and its error slot under it.
import { el } from './ui.js';

/** A labelled input with its error slot (announced, and named by aria-describedby). */
export function field(id, label, attrs) {
  const feedback = el('div', { id: `${id}-error`, class: 'invalid-feedback d-block', 'aria-live': 'polite' });
  const node = el('input', { id, name: id, class: 'form-control', 'aria-describedby': `${id}-error`, ...attrs });
  return { node, feedback, wrapper: el('div', {}, el('label', { for: id, class: 'form-label' }, label), node, feedback) };
}

/** Shows the message under the field and moves focus there; no message clears it. */
export function markInvalid(f, message) {
  f.feedback.textContent = message ?? '';
  f.node.classList.toggle('is-invalid', Boolean(message));
  if (message) {
    f.node.setAttribute('aria-invalid', 'true');
    f.node.focus();
  } else {
    f.node.removeAttribute('aria-invalid');
  }
}

/**
 * A VALIDATION message to show under its field: the service starts it with the field's name ("newPassword: must
 * be at least 10 characters"), which the label above says already; what is left reads as a sentence.
 */
export function fieldMessage(error) {
  const message = error?.message ?? '';
  const prefix = error?.field ? `${error.field}: ` : null;
  const text = prefix && message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
