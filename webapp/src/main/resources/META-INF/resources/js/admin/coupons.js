// Admin coupons (issue #15): every coupon with its use, validity and where it applies; a new coupon, or a change to
// one (dates, limits, cinemas and movies, switching it back on), with the server's checks shown per field;
// deactivation.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money } from '../ui.js';
import { adminNav } from './nav.js';
import { control, clearErrors, showFieldError } from './forms.js';
import { toPicker, fromPicker, validity, status, scope } from './coupon-terms.js';

const FIELDS = 'id code description discountType value currency maxDiscountCents minOrderCents startsAt expiresAt usageLimit perUserLimit usedCount active cinemaIds movieIds';
const COUPONS = `query AdminCoupons { coupons { ${FIELDS} } }`;
const SCOPES = 'query CouponScopes { cinemas { id name } movies(size: 100) { items { id title } } }';
const CREATE = `mutation CreateCoupon($input: CouponInput!) { createCoupon(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation UpdateCoupon($id: ID!, $input: CouponInput!) { updateCoupon(id: $id, input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation DeactivateCoupon($id: ID!) { deactivateCoupon(id: $id) { ${FIELDS} } }`;

function discount(c) {
  return c.discountType === 'PERCENT' ? `${c.value} %${c.maxDiscountCents != null ? ` (at most ${money(c.maxDiscountCents, c.currency)})` : ''}`
    : money(c.value, c.currency);
}

// A range's two ends on lines of their own; on a tablet each end's time may go below its date, but neither the date
// nor the time is ever broken inside.
function validityCell(c) {
  const end = (text) => {
    const parts = /^(.*\d{4}-\d{2}-\d{2}) (\d{2}:\d{2} UTC)$/.exec(text);
    return parts ? [el('span', { class: 'text-nowrap' }, parts[1]), ' ', el('span', { class: 'text-nowrap' }, parts[2])] : text;
  };
  const [from, to] = validity(c).split(' to ');
  return el('td', { class: 'small coupon-validity' }, end(from), to ? [el('br'), end(`to ${to}`)] : null);
}

function intOrNull(value) {
  return value.trim() === '' ? null : Number.parseInt(value, 10);
}

function multiSelect(name, label, entries, help) {
  const id = `coupon-${name}`;
  return el('div', { class: 'col-sm-6 col-lg-4' },
    el('label', { for: id, class: 'form-label small' }, label),
    el('select', { id, name, multiple: true, size: 4, class: 'form-select form-select-sm', 'aria-describedby': `${id}-help ${id}-error` },
      entries.map(([value, text]) => el('option', { value }, text))),
    el('div', { id: `${id}-help`, class: 'form-text' }, help),
    el('div', { id: `${id}-error`, class: 'invalid-feedback', 'data-error-for': name }));
}

const chosen = (select) => [...select.selectedOptions].map((o) => o.value);

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Coupons');
  const list = el('div', { 'aria-live': 'polite' }, loading('Loading coupons…'));
  const formMessage = el('div', { 'aria-live': 'polite' });
  const names = { cinemas: new Map(), movies: new Map() };
  try {
    const { cinemas, movies } = await graphql(SCOPES);
    cinemas.forEach((c) => names.cinemas.set(c.id, c.name));
    movies.items.forEach((m) => names.movies.set(m.id, m.title));
  } catch (error) {
    formMessage.replaceChildren(alertBox(`Cinemas and movies could not be read (${error.message}): coupons can still be made for every cinema and movie.`, 'warning'));
  }

  let editing = null;
  const formHeading = el('h2', { id: 'coupon-form-heading', class: 'h5 col-12' }, 'New coupon');
  const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Create coupon');
  const cancel = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', hidden: true, onclick: () => stopEditing() }, 'Cancel');
  const activeBox = el('div', { class: 'col-12 form-check ms-2', hidden: true },
    el('input', { type: 'checkbox', id: 'coupon-active', name: 'active', class: 'form-check-input' }),
    el('label', { for: 'coupon-active', class: 'form-check-label small' }, 'Active (customers can use it)'));
  const form = el('form', { class: 'row g-2 mb-4', novalidate: true, 'aria-labelledby': 'coupon-form-heading', 'data-testid': 'coupon-form' },
    formHeading,
    control('coupon', 'code', 'Code', { required: true, maxlength: 40, autocomplete: 'off' }, '3 to 40 letters, digits, - or _'),
    control('coupon', 'description', 'Description', { maxlength: 200 }),
    control('coupon', 'discountType', 'Discount type', { tag: 'select', options: ['PERCENT', 'FIXED'] }),
    control('coupon', 'value', 'Value', { type: 'number', min: 1, required: true }, 'Per cent, or minor units (cents) for a fixed amount'),
    control('coupon', 'currency', 'Currency', { value: 'GBP', maxlength: 3, required: true }),
    control('coupon', 'maxDiscountCents', 'Cap (cents)', { type: 'number', min: 0 }),
    control('coupon', 'minOrderCents', 'Minimum order (cents)', { type: 'number', min: 0 }),
    control('coupon', 'usageLimit', 'Uses in all', { type: 'number', min: 1 }),
    control('coupon', 'perUserLimit', 'Uses per customer', { type: 'number', min: 1 }),
    control('coupon', 'startsAt', 'Valid from (UTC)', { type: 'datetime-local' }, 'Empty: at once'),
    control('coupon', 'expiresAt', 'Valid until (UTC)', { type: 'datetime-local' }, 'Empty: no end'),
    multiSelect('cinemaIds', 'Only at cinemas', [...names.cinemas], 'None chosen: every cinema. Ctrl or \u2318 and click to choose several.'),
    multiSelect('movieIds', 'Only for movies', [...names.movies], 'None chosen: every movie. Ctrl or \u2318 and click to choose several.'),
    activeBox,
    el('div', { class: 'col-12 d-flex gap-2' }, submit, cancel));

  function select(name, ids) {
    for (const option of form.elements[name].options) option.selected = ids.includes(option.value);
  }

  function startEditing(c) {
    editing = c;
    clearErrors(form);
    formMessage.replaceChildren();
    for (const name of ['code', 'discountType', 'value', 'currency']) form.elements[name].value = c[name];
    for (const name of ['description', 'maxDiscountCents', 'usageLimit', 'perUserLimit']) form.elements[name].value = c[name] ?? '';
    form.elements.minOrderCents.value = c.minOrderCents || '';
    form.elements.startsAt.value = toPicker(c.startsAt);
    form.elements.expiresAt.value = toPicker(c.expiresAt);
    // A coupon scoped to a cinema or movie this screen does not list keeps that id as an option, chosen.
    for (const [name, ids] of [['cinemaIds', c.cinemaIds], ['movieIds', c.movieIds]]) {
      const known = new Set([...form.elements[name].options].map((o) => o.value));
      ids.filter((id) => !known.has(id)).forEach((id) => form.elements[name].append(el('option', { value: id }, `${name === 'cinemaIds' ? 'cinema' : 'movie'} ${id}`)));
      select(name, ids);
    }
    form.elements.active.checked = c.active;
    activeBox.hidden = false;
    cancel.hidden = false;
    formHeading.textContent = `Edit coupon ${c.code}`;
    submit.textContent = 'Save coupon';
    form.scrollIntoView({ behavior: 'instant', block: 'start' });
    form.elements.code.focus();
  }

  function stopEditing() {
    editing = null;
    clearErrors(form);
    form.reset();
    form.elements.currency.value = 'GBP';
    activeBox.hidden = true;
    cancel.hidden = true;
    formHeading.textContent = 'New coupon';
    submit.textContent = 'Create coupon';
  }

  async function load() {
    try {
      const { coupons } = await graphql(COUPONS);
      list.replaceChildren(el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-coupons' },
        el('caption', { class: 'visually-hidden' }, 'Coupons'),
        el('thead', {}, el('tr', {}, ['Code', 'Discount', 'Minimum order', 'Used', 'Valid', 'Applies', 'Actions'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, coupons.map((c) => el('tr', { 'data-coupon-code': c.code },
          // the status sits under the code and the actions stack below 1200 px: a tablet sees every column
          el('th', { scope: 'row' }, c.code,
            el('div', {}, el('span', { class: `badge ${status(c) === 'Active' ? 'text-bg-success' : 'text-bg-secondary'}`,
              'data-testid': 'coupon-status' }, status(c))),
            c.description ? el('div', { class: 'small text-body-secondary fw-normal' }, c.description) : null),
          el('td', {}, discount(c)),
          el('td', {}, money(c.minOrderCents, c.currency)),
          el('td', {}, `${c.usedCount}${c.usageLimit != null ? ` of ${c.usageLimit}` : ''}`),
          validityCell(c),
          el('td', { class: 'small' }, scope(c, names)),
          el('td', {}, el('div', { class: 'd-flex flex-column flex-xl-row gap-1' },
            el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `Edit ${c.code}`, onclick: () => startEditing(c) }, 'Edit'),
            c.active ? el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm',
              'aria-label': `Deactivate ${c.code}`,
              onclick: async () => {
                try {
                  await graphql(DEACTIVATE, { id: c.id });
                  await load();
                } catch (error) {
                  list.prepend(alertBox(error.message));
                }
              } }, 'Deactivate') : null))))))));
    } catch (error) {
      list.replaceChildren(alertBox(error.message));
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    formMessage.replaceChildren();
    const v = (name) => form.elements[name].value;
    const input = {
      code: v('code').trim(), description: v('description').trim() || null, discountType: v('discountType'),
      value: intOrNull(v('value')), currency: v('currency').trim().toUpperCase(),
      maxDiscountCents: intOrNull(v('maxDiscountCents')), minOrderCents: intOrNull(v('minOrderCents')),
      usageLimit: intOrNull(v('usageLimit')), perUserLimit: intOrNull(v('perUserLimit')),
      startsAt: fromPicker(v('startsAt')), expiresAt: fromPicker(v('expiresAt')),
      cinemaIds: chosen(form.elements.cinemaIds), movieIds: chosen(form.elements.movieIds),
    };
    if (!input.code || input.value === null) {
      showFieldError(form, { field: input.code ? 'value' : 'code', message: 'Required.' });
      return;
    }
    try {
      let saved;
      if (editing) {
        ({ updateCoupon: saved } = await graphql(UPDATE, { id: editing.id, input: { ...input, active: form.elements.active.checked } }));
      } else {
        ({ createCoupon: saved } = await graphql(CREATE, { input }));
      }
      const verb = editing ? 'saved' : 'created';
      stopEditing();
      formMessage.replaceChildren(alertBox(`Coupon ${saved.code} ${verb}.`, 'success'));
      await load();
    } catch (error) {
      if (!showFieldError(form, error)) formMessage.replaceChildren(alertBox(error.explained));
    }
  });

  root.append(adminNav('coupons'), heading, list, formMessage, form);
  pageTitle(heading, 'Admin coupons');
  await load();
}
