// What the admin lists of bookings and payments share: a labelled filter field and the page links.
import { el } from '../ui.js';

/** One labelled control of a list's filter form. */
export function filterField(id, label, control) {
  return el('div', { class: 'col-6 col-md-auto' }, el('label', { for: id, class: 'form-label small' }, label), control);
}

/** Previous and Next for a list of `pages` pages (zero-based `page`); `go(page)` loads another one. */
export function pager(label, page, pages, go) {
  const link = (text, target, disabled) => el('li', { class: `page-item${disabled ? ' disabled' : ''}` },
    el('button', { type: 'button', class: 'page-link', disabled, onclick: () => go(target) }, text));
  return el('nav', { 'aria-label': label }, el('ul', { class: 'pagination pagination-sm' },
    link('Previous', page - 1, page === 0), link('Next', page + 1, page + 1 >= pages)));
}
