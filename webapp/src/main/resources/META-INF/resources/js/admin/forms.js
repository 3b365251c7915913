// Form helpers of the admin screens: labelled inputs and the server's VALIDATION errors shown on their field.
import { el } from '../ui.js';
import { fieldMessage } from '../fields.js';

/** A labelled control with its own error slot; `name` is the GraphQL input field it edits. */
export function control(prefix, name, label, attributes = {}, help = null) {
  const id = `${prefix}-${name}`;
  const tag = attributes.tag ?? 'input';
  const { tag: _ignored, options, ...rest } = attributes;
  const input = tag === 'select'
    ? el('select', { id, name, class: 'form-select form-select-sm', 'aria-describedby': `${id}-error`, ...rest },
      (options ?? []).map((o) => el('option', { value: o }, o)))
    : el(tag, { id, name, class: 'form-control form-control-sm', 'aria-describedby': `${id}-error`, ...rest });
  return el('div', { class: 'col-sm-6 col-lg-4' },
    el('label', { for: id, class: 'form-label small' }, label),
    input,
    help ? el('div', { class: 'form-text' }, help) : null,
    el('div', { id: `${id}-error`, class: 'invalid-feedback', 'data-error-for': name }));
}

/** Clears every field error of the form. */
export function clearErrors(form) {
  form.querySelectorAll('.is-invalid').forEach((n) => n.classList.remove('is-invalid'));
  form.querySelectorAll('[data-error-for]').forEach((n) => { n.textContent = ''; });
}

/**
 * Shows a GraphQL error on the field it names ("input.code" or a list's "filter.code" -> the control named "code");
 * answers false when the error names no field of this form, so the caller shows it above the form instead.
 */
export function showFieldError(form, error) {
  const name = (error.field ?? '').replace(/^(input|filter)\./, '');
  const input = name ? form.elements[name] : null;
  const slot = name ? form.querySelector(`[data-error-for="${CSS.escape(name)}"]`) : null;
  if (!input || !slot) return false;
  input.classList.add('is-invalid');
  slot.textContent = fieldMessage(error);
  input.focus();
  return true;
}
