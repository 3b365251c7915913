// Admin coupons (issue #15): every coupon with its use, a new coupon with the server's checks shown per field,
// deactivation.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money } from '../ui.js';
import { adminNav } from './nav.js';
import { control, clearErrors, showFieldError } from './forms.js';

const FIELDS = 'id code description discountType value currency maxDiscountCents minOrderCents startsAt expiresAt usageLimit perUserLimit usedCount active';
const COUPONS = `query AdminCoupons { coupons { ${FIELDS} } }`;
const CREATE = `mutation CreateCoupon($input: CouponInput!) { createCoupon(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation DeactivateCoupon($id: ID!) { deactivateCoupon(id: $id) { ${FIELDS} } }`;

function discount(c) {
  return c.discountType === 'PERCENT' ? `${c.value} %${c.maxDiscountCents != null ? ` (at most ${money(c.maxDiscountCents, c.currency)})` : ''}`
    : money(c.value, c.currency);
}

function intOrNull(value) {
  return value.trim() === '' ? null : Number.parseInt(value, 10);
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Coupons');
  const list = el('div', { 'aria-live': 'polite' }, loading('Loading coupons…'));
  const formMessage = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'row g-2 mb-4', novalidate: true, 'aria-labelledby': 'new-coupon', 'data-testid': 'coupon-form' },
    el('h2', { id: 'new-coupon', class: 'h5 col-12' }, 'New coupon'),
    control('coupon', 'code', 'Code', { required: true, maxlength: 40, autocomplete: 'off' }, '3 to 40 letters, digits, - or _'),
    control('coupon', 'description', 'Description', { maxlength: 200 }),
    control('coupon', 'discountType', 'Discount type', { tag: 'select', options: ['PERCENT', 'FIXED'] }),
    control('coupon', 'value', 'Value', { type: 'number', min: 1, required: true }, 'Per cent, or minor units (cents) for a fixed amount'),
    control('coupon', 'currency', 'Currency', { value: 'GBP', maxlength: 3, required: true }),
    control('coupon', 'maxDiscountCents', 'Cap (cents)', { type: 'number', min: 0 }),
    control('coupon', 'minOrderCents', 'Minimum order (cents)', { type: 'number', min: 0 }),
    control('coupon', 'usageLimit', 'Uses in all', { type: 'number', min: 1 }),
    control('coupon', 'perUserLimit', 'Uses per customer', { type: 'number', min: 1 }),
    el('div', { class: 'col-12' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Create coupon')));

  async function load() {
    try {
      const { coupons } = await graphql(COUPONS);
      list.replaceChildren(el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-coupons' },
        el('caption', { class: 'visually-hidden' }, 'Coupons'),
        el('thead', {}, el('tr', {}, ['Code', 'Discount', 'Minimum order', 'Used', 'Status', 'Action'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, coupons.map((c) => el('tr', { 'data-coupon-code': c.code },
          el('th', { scope: 'row' }, c.code, c.description ? el('div', { class: 'small text-body-secondary fw-normal' }, c.description) : null),
          el('td', {}, discount(c)),
          el('td', {}, money(c.minOrderCents, c.currency)),
          el('td', {}, `${c.usedCount}${c.usageLimit != null ? ` of ${c.usageLimit}` : ''}`),
          el('td', {}, c.active ? 'Active' : 'Inactive'),
          el('td', {}, c.active ? el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm',
            'aria-label': `Deactivate ${c.code}`,
            onclick: async () => {
              try {
                await graphql(DEACTIVATE, { id: c.id });
                await load();
              } catch (error) {
                list.prepend(alertBox(error.message));
              }
            } }, 'Deactivate') : null)))))));
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
    };
    if (!input.code || input.value === null) {
      showFieldError(form, { field: input.code ? 'value' : 'code', message: 'Required.' });
      return;
    }
    try {
      const { createCoupon } = await graphql(CREATE, { input });
      form.reset();
      form.elements.currency.value = 'GBP';
      formMessage.replaceChildren(alertBox(`Coupon ${createCoupon.code} created.`, 'success'));
      await load();
    } catch (error) {
      if (!showFieldError(form, error)) formMessage.replaceChildren(alertBox(error.serverMessage && error.code === 'CONFLICT' ? error.serverMessage : error.message));
    }
  });

  root.append(adminNav('coupons'), heading, list, formMessage, form);
  pageTitle(heading, 'Admin coupons');
  await load();
}
