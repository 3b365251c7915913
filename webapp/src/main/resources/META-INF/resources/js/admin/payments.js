// Admin payments (issue #15): every payment, newest first, page by page; a payment's detail (card brand and last
// four only, receipt, refunds, why it failed) and the booking it paid for.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel } from '../ui.js';
import { adminNav } from './nav.js';

const PAGE_SIZE = 20;
const PAYMENTS = `query AdminPayments($page: Int, $size: Int) { payments(page: $page, size: $size) { total page size items {
  id bookingId amountCents refundedCents currency method status cardBrand cardLast4 receiptNumber failureReason createdAt } } }`;
const STATUS_LABELS = { PENDING: 'Pending', SUCCEEDED: 'Paid', FAILED: 'Failed', REFUNDED: 'Refunded', PARTIALLY_REFUNDED: 'Partly refunded' };

function detail(p) {
  const facts = [
    ['Booking', p.bookingId],
    ['Method', p.cardLast4 ? `${p.method}, ${p.cardBrand ?? 'card'} \u2022\u2022${p.cardLast4}` : p.method],
    ['Charged', money(p.amountCents, p.currency)],
    ['Refunded', money(p.refundedCents, p.currency)],
    ['Net', money(p.amountCents - p.refundedCents, p.currency)],
    ['Receipt', p.receiptNumber ?? '\u2014'],
  ];
  if (p.failureReason) facts.push(['Why it failed', p.failureReason]);
  return el('dl', { class: 'row small mb-0', 'data-testid': 'payment-detail' },
    facts.flatMap(([term, value]) => [el('dt', { class: 'col-sm-3' }, term), el('dd', { class: 'col-sm-9 mb-1' }, value)]));
}

function rows(p) {
  const detailRow = el('tr', { class: 'd-none', id: `payment-detail-${p.id}` }, el('td', { colspan: 6 }, detail(p)));
  const toggle = el('button', { type: 'button', class: 'btn btn-link btn-sm p-0', 'aria-expanded': 'false',
    'aria-controls': `payment-detail-${p.id}`, 'aria-label': `Payment ${p.id}, details`,
    onclick: () => {
      const open = detailRow.classList.toggle('d-none') === false;
      toggle.setAttribute('aria-expanded', String(open));
    } }, p.id);
  return [el('tr', { 'data-payment-id': p.id },
    el('th', { scope: 'row' }, toggle),
    el('td', {}, p.bookingId),
    el('td', { 'data-status': p.status }, STATUS_LABELS[p.status] ?? p.status),
    el('td', { class: 'text-end' }, money(p.amountCents, p.currency)),
    el('td', { class: 'text-end' }, money(p.refundedCents, p.currency)),
    el('td', {}, dateTimeLabel(p.createdAt, 'UTC'))), detailRow];
}

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Payments');
  const content = el('div', { 'aria-live': 'polite' });
  let page = 0;

  async function load() {
    content.replaceChildren(loading('Loading payments…'));
    try {
      const { payments } = await graphql(PAYMENTS, { page, size: PAGE_SIZE });
      const pages = Math.max(1, Math.ceil(payments.total / PAGE_SIZE));
      content.replaceChildren(
        el('p', { class: 'small text-body-secondary' }, `${payments.total} payments, page ${page + 1} of ${pages}`),
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-payments' },
          el('caption', { class: 'visually-hidden' }, 'Payments, newest first; open a payment for its detail'),
          el('thead', {}, el('tr', {}, ['Payment', 'Booking', 'Status', 'Amount', 'Refunded', 'Made (UTC)']
            .map((h) => el('th', { scope: 'col', class: h === 'Amount' || h === 'Refunded' ? 'text-end' : null }, h)))),
          el('tbody', {}, payments.items.flatMap(rows)))),
        el('nav', { 'aria-label': 'Payment pages' }, el('ul', { class: 'pagination pagination-sm' },
          el('li', { class: `page-item${page === 0 ? ' disabled' : ''}` }, el('button', { type: 'button', class: 'page-link', disabled: page === 0,
            onclick: () => { page -= 1; load(); } }, 'Previous')),
          el('li', { class: `page-item${page + 1 >= pages ? ' disabled' : ''}` }, el('button', { type: 'button', class: 'page-link', disabled: page + 1 >= pages,
            onclick: () => { page += 1; load(); } }, 'Next')))));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  root.append(adminNav('payments'), heading, content);
  pageTitle(heading, 'Admin payments');
  await load();
}
