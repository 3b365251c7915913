// Admin payments (issue #15): every payment, newest first, found by the receipt number a customer reads out, the
// booking code on their tickets, status, method and the days it was made; a payment's detail (card brand and last
// four only, receipt, refunds, why it failed) and the booking it paid for.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, counted } from '../ui.js';
import { adminNav } from './nav.js';
import { filterField, pager } from './listing.js';
import { madeBetween } from './period.js';
import { clearErrors, showFieldError } from './forms.js';

const PAGE_SIZE = 20;
// booking (and its customer and showtime): loaded for the whole page with one call per service. While one of them is
// down the payments still show with their booking id (graphql's fieldErrors).
const PAYMENTS = `query AdminPayments($filter: PaymentFilter, $page: Int, $size: Int) {
  payments(filter: $filter, page: $page, size: $size) { total page size items {
    id bookingId amountCents refundedCents currency method status cardBrand cardLast4 receiptNumber failureReason createdAt
    booking { code status customer { fullName email } showtime { startsAt movie { title } cinema { name timeZone } } } } } }`;
const BOOKING_BY_CODE = `query BookingByCode($code: String) { bookings(filter: { code: $code }, size: 1) { items { id } } }`;
const STATUS_LABELS = { PENDING: 'Pending', SUCCEEDED: 'Paid', FAILED: 'Failed', REFUNDED: 'Refunded', PARTIALLY_REFUNDED: 'Partly refunded' };
const METHOD_LABELS = { CARD: 'Card', WALLET: 'Wallet', GIFT_CARD: 'Gift card' };

/** Where the booking links: the bookings screen, narrowed to this one. */
function bookingHref(code) {
  return `#/admin/bookings?code=${encodeURIComponent(code)}`;
}

function detail(p) {
  const b = p.booking;
  const show = b?.showtime;
  const facts = [
    ['Booking', b ? el('a', { href: bookingHref(b.code) }, `${b.code} (${b.status.replace('_', ' ').toLowerCase()})`) : p.bookingId],
    b?.customer ? ['Customer', `${b.customer.fullName} <${b.customer.email}>`] : null,
    show ? ['Showtime', [show.movie?.title, show.cinema?.name, dateTimeLabel(show.startsAt, show.cinema?.timeZone)].filter(Boolean).join(' \u00b7 ')] : null,
    ['Method', p.cardLast4 ? `${METHOD_LABELS[p.method] ?? p.method}, ${p.cardBrand ?? 'card'} \u2022\u2022${p.cardLast4}` : METHOD_LABELS[p.method] ?? p.method],
    ['Charged', money(p.amountCents, p.currency)],
    ['Refunded', money(p.refundedCents, p.currency)],
    ['Net', money(p.amountCents - p.refundedCents, p.currency)],
    ['Receipt', p.receiptNumber ?? '\u2014'],
    p.failureReason ? ['Why it failed', p.failureReason] : null,
  ].filter(Boolean);
  return el('dl', { class: 'row small mb-0', 'data-testid': 'payment-detail' },
    facts.flatMap(([term, value]) => [el('dt', { class: 'col-sm-3' }, term), el('dd', { class: 'col-sm-9 mb-1' }, value)]));
}

/** The booking by its code, with the movie and cinema under it; the bare id when the booking could not be read. */
function bookingCell(p) {
  const b = p.booking;
  if (!b) return el('td', { 'data-testid': 'payment-booking' }, `Booking ${p.bookingId}`);
  const show = b.showtime;
  return el('td', { 'data-testid': 'payment-booking' },
    el('a', { href: bookingHref(b.code), 'aria-label': `Booking ${b.code}` }, b.code), el('br'),
    el('span', { class: 'small text-body-secondary' }, [show?.movie?.title, show?.cinema?.name].filter(Boolean).join(' \u00b7 ')));
}

function rows(p) {
  const detailRow = el('tr', { class: 'd-none', id: `payment-detail-${p.id}` }, el('td', { colspan: 7 }, detail(p)));
  const toggle = el('button', { type: 'button', class: 'btn btn-link btn-sm p-0', 'aria-expanded': 'false',
    'aria-controls': `payment-detail-${p.id}`, 'aria-label': `Payment ${p.id}, details`,
    onclick: () => {
      const open = detailRow.classList.toggle('d-none') === false;
      toggle.setAttribute('aria-expanded', String(open));
    } }, p.id);
  return [el('tr', { 'data-payment-id': p.id },
    el('th', { scope: 'row' }, toggle),
    bookingCell(p),
    el('td', { 'data-status': p.status }, STATUS_LABELS[p.status] ?? p.status),
    el('td', {}, METHOD_LABELS[p.method] ?? p.method),
    el('td', { class: 'text-end' }, money(p.amountCents, p.currency)),
    el('td', { class: 'text-end' }, money(p.refundedCents, p.currency)),
    el('td', {}, dateTimeLabel(p.createdAt, 'UTC'))), detailRow];
}

/** A text box of the filter with its own error slot, for a refusal that names it. */
function textFilter(id, name, attributes = {}) {
  return [el('input', { id, name, class: 'form-control form-control-sm', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': `${id}-error`, ...attributes }),
  el('div', { id: `${id}-error`, class: 'invalid-feedback', 'data-error-for': name })];
}

function choice(id, name, labels) {
  return el('select', { id, name, class: 'form-select form-select-sm' }, el('option', { value: '' }, 'Any'),
    Object.entries(labels).map(([value, label]) => el('option', { value }, label)));
}

export async function render(root, { query } = {}) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Payments');
  const form = el('form', { class: 'row g-2 align-items-start mb-3', 'aria-label': 'Filter payments', novalidate: true },
    // As the customer reads it off their receipt e-mail, in any case, with or without "RC" and dashes.
    filterField('f-receipt', 'Receipt number', textFilter('f-receipt', 'receiptNumber', { maxlength: 20, class: 'form-control form-control-sm text-uppercase' })),
    filterField('f-code', 'Booking code', textFilter('f-code', 'code', { maxlength: 16, class: 'form-control form-control-sm text-uppercase' })),
    filterField('f-status', 'Status', choice('f-status', 'status', STATUS_LABELS)),
    filterField('f-method', 'Method', choice('f-method', 'method', METHOD_LABELS)),
    filterField('f-from', 'Made from', el('input', { id: 'f-from', name: 'from', type: 'date', class: 'form-control form-control-sm' })),
    filterField('f-to', 'Made until', el('input', { id: 'f-to', name: 'to', type: 'date', class: 'form-control form-control-sm' })),
    el('div', { class: 'col-auto align-self-end' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Filter')));
  const content = el('div', { 'aria-live': 'polite' });
  let page = 0;
  // Each load's number: an answer to an earlier one (the first page, still arriving after a Filter) is dropped.
  let latest = 0;
  if (query?.get('receipt')) form.elements.receiptNumber.value = query.get('receipt');
  if (query?.get('code')) form.elements.code.value = query.get('code');

  const value = (name) => form.elements[name].value.trim();

  /** The payment filter; a booking code is first looked up, and null means no booking has it. */
  async function filterOf() {
    const filter = { ...madeBetween(value('from'), value('to')) };
    for (const name of ['receiptNumber', 'status', 'method']) {
      if (value(name)) filter[name] = value(name);
    }
    if (value('code')) {
      const { bookings } = await graphql(BOOKING_BY_CODE, { code: value('code') });
      if (!bookings.items.length) return null;
      filter.bookingId = bookings.items[0].id;
    }
    return filter;
  }

  async function load() {
    const mine = ++latest;
    clearErrors(form);
    content.replaceChildren(loading('Loading payments…'));
    try {
      const filter = await filterOf();
      if (mine !== latest) return;
      if (!filter) {
        content.replaceChildren(alertBox(`No booking has the code ${value('code').toUpperCase()}.`, 'info'));
        return;
      }
      const unreadable = new Set();
      const { payments } = await graphql(PAYMENTS, { filter, page, size: PAGE_SIZE },
        { fieldErrors: (errors) => errors.forEach((e) => unreadable.add(String(e.path?.at(-1)))) });
      if (mine !== latest) return;
      const pages = Math.max(1, Math.ceil(payments.total / PAGE_SIZE));
      content.replaceChildren(...[
        el('p', { class: 'small text-body-secondary' },
          `${counted(payments.total, 'payment')}, page ${page + 1} of ${pages}`),
        unreadable.size ? alertBox('Some booking details cannot be read right now; the payments are shown with their booking id.', 'warning') : null,
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-payments' },
          el('caption', { class: 'visually-hidden' }, 'Payments, newest first; open a payment for its detail'),
          el('thead', {}, el('tr', {}, ['Payment', 'Booking', 'Status', 'Method', 'Amount', 'Refunded', 'Made (UTC)']
            .map((h) => el('th', { scope: 'col', class: h === 'Amount' || h === 'Refunded' ? 'text-end' : null }, h)))),
          el('tbody', {}, payments.items.flatMap(rows)))),
        pager('Payment pages', page, pages, (next) => { page = next; load(); })].filter(Boolean));
    } catch (error) {
      if (mine !== latest) return;
      content.replaceChildren(showFieldError(form, error) ? '' : alertBox(error.field ? `${error.field}: ${error.message}` : error.message));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    load();
  });
  root.append(adminNav('payments'), heading, form, content);
  pageTitle(heading, 'Admin payments');
  await load();
}
