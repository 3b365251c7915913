// Admin bookings (issue #15): every booking, filtered by its code, status, showtime, customer and the days it was made;
// a booking's detail (tickets, payment), its tickets e-mailed again and a refund with the reason staff give.
import { graphql } from '../graphql.js';
import { statusBadge, checkInLabel } from '../bookings.js';
import { el, loading, alertBox, pageTitle, money, dateTimeLabel, counted } from '../ui.js';
import { adminNav } from './nav.js';
import { ticketTypeLabel } from '../ticket-types.js';
import { filterField, pager } from './listing.js';
import { madeBetween } from './period.js';
import { SEND_TICKETS_AGAIN, STAFF_BOOKING_NOTICES, canSendTicketsAgain, noticeLine, shownNotices } from '../notices.js';

const STATUSES = ['HELD', 'PAYMENT_PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'FAILED'];
const PAGE_SIZE = 20;
// customer: loaded for the whole page with one call to the user service. While that service, or another behind a
// nested field, is down the list still shows, saying what could not be read (graphql's fieldErrors).
const FIELDS = `id code userId customer { fullName email } showtimeId status subtotalCents discountCents totalCents currency couponCode createdAt
  tickets { id seatLabel seatType ticketType priceCents checkedInAt } payment { id status amountCents refundedCents currency method cardBrand cardLast4 receiptNumber }
  showtime { startsAt endsAt movie { title } cinema { name timeZone } }`;
const BOOKINGS = `query AdminBookings($filter: BookingFilter, $page: Int, $size: Int) {
  bookings(filter: $filter, page: $page, size: $size) { total page size items { ${FIELDS} } } }`;
const REFUND = `mutation Refund($b: ID!, $r: String!) { refundBooking(bookingId: $b, reason: $r) { ${FIELDS} } }`;

/** How the warning names a nested field that could not be read. */
const UNREADABLE = { customer: 'customer names', payment: 'payments', showtime: 'showtimes', movie: 'movie titles',
  cinema: 'cinema names' };

/** The filter as the gateway takes it: dates become the start of the day and the start of the day after (UTC). */
function filterOf(form) {
  const value = (name) => form.elements[name].value.trim();
  const filter = {};
  if (value('code')) filter.code = value('code');
  if (value('status')) filter.status = value('status');
  if (value('showtimeId')) filter.showtimeId = value('showtimeId');
  if (value('userId')) filter.userId = value('userId');
  return { ...filter, ...madeBetween(value('from'), value('to')) };
}

function detail(b, onRefunded, unreadable, notices) {
  const pay = b.payment;
  const reason = el('input', { type: 'text', class: 'form-control form-control-sm', id: `reason-${b.id}`, name: 'reason',
    maxlength: 200, required: true, 'aria-describedby': `reason-${b.id}-error` });
  const reasonError = el('div', { id: `reason-${b.id}-error`, class: 'invalid-feedback' });
  const refundForm = b.status === 'CONFIRMED' ? el('form', { class: 'row g-2 align-items-end mt-2', novalidate: true,
    'data-testid': 'refund-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      reason.classList.toggle('is-invalid', !text);
      reasonError.textContent = text ? '' : 'Give the customer a reason for the refund.';
      if (!text) return;
      const button = event.target.querySelector('button');
      button.disabled = true;
      try {
        // refunded even if the customer's name cannot be read: the row then shows the id
        const { refundBooking } = await graphql(REFUND, { b: b.id, r: text }, { fieldErrors: () => {} });
        onRefunded(refundBooking);
      } catch (error) {
        reason.classList.add('is-invalid');
        reasonError.textContent = error.explained;
        button.disabled = false;
      }
    } },
  el('div', { class: 'col-sm' }, el('label', { for: `reason-${b.id}`, class: 'form-label small' }, 'Refund reason'), reason, reasonError),
  el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-danger btn-sm' }, `Refund ${money(b.totalCents, b.currency)}`)))
    : null;
  return el('div', { class: 'small' },
    // whether each was used at the door: what a customer who says "I was turned away" is asking about
    el('p', { class: 'mb-1', 'data-testid': 'booking-tickets' }, `Tickets: ${b.tickets.map((t) => `${t.seatLabel} (${[t.seatType, ticketTypeLabel(t.ticketType), money(t.priceCents, b.currency),
      checkInLabel(t, b.showtime)?.toLowerCase()].filter(Boolean).join(', ')})`).join(', ') || 'none'}`),
    el('p', { class: 'mb-1' }, `Subtotal ${money(b.subtotalCents, b.currency)}, discount ${money(b.discountCents, b.currency)}${b.couponCode ? ` (${b.couponCode})` : ''}, total ${money(b.totalCents, b.currency)}`),
    el('p', { class: 'mb-1' }, pay ? `Payment ${pay.id}: ${pay.status}, ${pay.method}${pay.cardLast4 ? ` ${pay.cardBrand} \u2022\u2022${pay.cardLast4}` : ''}, ${money(pay.amountCents, pay.currency)}${pay.refundedCents ? `, refunded ${money(pay.refundedCents, pay.currency)}` : ''}${pay.receiptNumber ? `, receipt ${pay.receiptNumber}` : ''}` : (unreadable.has('payment') ? 'The payment cannot be read right now.' : 'No payment.'),
      // Declined attempts too: what a customer who says "I was charged twice" is asking about.
      pay ? [' ', el('a', { href: `#/admin/payments?code=${encodeURIComponent(b.code)}` }, 'All payment attempts')] : null),
    notices.section,
    sendTicketsAgain(b, notices.load),
    refundForm);
}

/**
 * The messages about the booking (what went where, and whether it arrived), for the customer who cannot find their
 * tickets: loaded when the detail is first opened, not for every row of the list, and again after a send.
 */
function bookingNotices(b) {
  const list = el('ul', { class: 'list-unstyled mb-0', 'data-testid': 'admin-booking-notices' });
  const tz = b.showtime?.cinema?.timeZone;
  async function load() {
    list.replaceChildren(el('li', { class: 'text-body-secondary' }, 'Loading messages\u2026'));
    try {
      const shown = shownNotices((await graphql(STAFF_BOOKING_NOTICES, { id: b.id })).bookingNotices);
      list.replaceChildren(...(shown.length === 0 ? [el('li', {}, 'No messages sent.')] : shown.map((notice) => {
        const line = noticeLine(notice, (iso) => dateTimeLabel(iso, tz), true);
        return el('li', { class: line.failed ? 'text-danger-emphasis' : '', 'data-notice-kind': notice.kind }, line.text);
      })));
    } catch (error) {
      list.replaceChildren(el('li', { class: 'text-danger-emphasis' }, `The messages cannot be read right now. ${error.message}`));
    }
  }
  return { section: el('div', { class: 'mt-2' }, el('p', { class: 'mb-1 fw-semibold' }, 'Messages'), list), load };
}

/**
 * For a customer at the desk or on the phone who cannot find their tickets: e-mails them again to the customer's
 * current account address, which the answer names. Offered as on the customer's own page (canSendTicketsAgain);
 * the service has the last word and its refusals (CONFLICT, RATE_LIMITED) are shown in its words.
 */
function sendTicketsAgain(b, onSent) {
  if (!canSendTicketsAgain(b)) return null;
  const result = el('span', { class: 'small', 'aria-live': 'polite', 'data-testid': 'admin-send-tickets-result' });
  const button = el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', 'data-testid': 'admin-send-tickets-again',
    'aria-label': `Send tickets again for booking ${b.code}`,
    onclick: async () => {
      button.disabled = true;
      try {
        const sent = (await graphql(SEND_TICKETS_AGAIN, { id: b.id })).sendTicketsAgain;
        result.className = 'small text-success-emphasis';
        result.textContent = `Sent to ${sent.recipient}.`;
        onSent();
      } catch (error) {
        result.className = 'small text-danger-emphasis';
        result.textContent = error.explained;
      } finally {
        // sendsLeft counts the customer's own requests: staff are not held to it, only to the interval between sends
        button.disabled = false;
      }
    } }, 'Send tickets again');
  return el('div', { class: 'd-flex flex-wrap align-items-center gap-2 mt-2' }, button, result);
}

/** The customer by name and e-mail, linking to all their bookings; the bare id when the name could not be read. */
function customerCell(b) {
  const all = `#/admin/bookings?userId=${encodeURIComponent(b.userId)}`;
  if (!b.customer) {
    return el('td', { 'data-testid': 'booking-customer' }, el('a', { href: all }, `Customer ${b.userId}`));
  }
  return el('td', { 'data-testid': 'booking-customer' },
    el('a', { href: all, 'aria-label': `${b.customer.fullName}: all bookings` }, b.customer.fullName), el('br'),
    el('span', { class: 'small text-body-secondary text-break' }, b.customer.email));
}

function row(b, rerender, unreadable) {
  const show = b.showtime;
  const notices = bookingNotices(b);
  let noticesLoaded = false;
  const detailRow = el('tr', { class: 'd-none', id: `detail-${b.id}` }, el('td', { colspan: 7 }, detail(b, rerender, unreadable, notices)));
  const toggle = el('button', { type: 'button', class: 'btn btn-link btn-sm p-0', 'aria-expanded': 'false',
    'aria-controls': `detail-${b.id}`,
    onclick: () => {
      const open = detailRow.classList.toggle('d-none') === false;
      toggle.setAttribute('aria-expanded', String(open));
      if (open && !noticesLoaded) {
        noticesLoaded = true;
        notices.load();
      }
    } }, b.code);
  return [el('tr', { 'data-booking-code': b.code, 'data-testid': 'admin-booking-row' },
    el('th', { scope: 'row' }, toggle),
    el('td', {}, statusBadge(b.status)),
    customerCell(b),
    el('td', {}, show?.movie?.title ?? `Showtime ${b.showtimeId}`, el('br'),
      el('span', { class: 'small text-body-secondary' }, [show?.cinema?.name, show ? dateTimeLabel(show.startsAt, show.cinema?.timeZone) : null].filter(Boolean).join(' \u00b7 '))),
    el('td', { class: 'text-end' }, b.tickets.length),
    el('td', { class: 'text-end' }, money(b.totalCents, b.currency)),
    el('td', {}, dateTimeLabel(b.createdAt, 'UTC'))), detailRow];
}

export async function render(root, { query }) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Bookings');
  const status = el('select', { id: 'f-status', name: 'status', class: 'form-select form-select-sm' },
    el('option', { value: '' }, 'Any'), STATUSES.map((s) => el('option', { value: s }, s.replace('_', ' ').toLowerCase())));
  const form = el('form', { class: 'row g-2 align-items-end mb-3', 'aria-label': 'Filter bookings' },
    // The code a customer quotes at the desk or on the phone, as printed on their tickets.
    filterField('f-code', 'Booking code', el('input', { id: 'f-code', name: 'code', class: 'form-control form-control-sm text-uppercase',
      autocomplete: 'off', spellcheck: 'false', maxlength: 16 })),
    filterField('f-status', 'Status', status),
    filterField('f-showtime', 'Showtime id', el('input', { id: 'f-showtime', name: 'showtimeId', class: 'form-control form-control-sm', inputmode: 'numeric' })),
    filterField('f-user', 'Customer id', el('input', { id: 'f-user', name: 'userId', class: 'form-control form-control-sm', inputmode: 'numeric' })),
    filterField('f-from', 'Made from', el('input', { id: 'f-from', name: 'from', type: 'date', class: 'form-control form-control-sm' })),
    filterField('f-to', 'Made until', el('input', { id: 'f-to', name: 'to', type: 'date', class: 'form-control form-control-sm' })),
    el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Filter')));
  const content = el('div', { 'aria-live': 'polite' });
  let page = 0;
  // Each load's number: an answer to an earlier one (the first page, still arriving after a Filter) is dropped.
  let latest = 0;
  if (query?.get('code')) form.elements.code.value = query.get('code');
  if (query?.get('showtimeId')) form.elements.showtimeId.value = query.get('showtimeId');
  if (query?.get('userId')) form.elements.userId.value = query.get('userId');

  async function load() {
    const mine = ++latest;
    content.replaceChildren(loading('Loading bookings…'));
    try {
      const unreadable = new Set();
      const { bookings } = await graphql(BOOKINGS, { filter: filterOf(form), page, size: PAGE_SIZE },
        { fieldErrors: (errors) => errors.forEach((e) => unreadable.add(String(e.path?.at(-1)))) });
      if (mine !== latest) return;
      const body = el('tbody');
      const draw = (items) => body.replaceChildren(...items.flatMap((b, i) => row(b, (updated) => {
        items[i] = updated;
        draw(items);
        document.querySelector(`[data-booking-code="${CSS.escape(updated.code)}"] button`)?.focus();
      }, unreadable)));
      draw(bookings.items);
      const pages = Math.max(1, Math.ceil(bookings.total / PAGE_SIZE));
      content.replaceChildren(...[
        el('p', { class: 'small text-body-secondary' },
          `${counted(bookings.total, 'booking')}, page ${page + 1} of ${pages}`),
        unreadable.size ? alertBox(`Some details cannot be read right now (${[...unreadable].map((f) => UNREADABLE[f] ?? f)
          .join(', ')}); the rest of the list is shown.`, 'warning') : null,
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-bookings' },
          el('caption', { class: 'visually-hidden' }, 'Bookings, newest first; open a booking code for its detail and refund'),
          el('thead', {}, el('tr', {}, ['Code', 'Status', 'Customer', 'Showtime', 'Tickets', 'Total', 'Made (UTC)']
            .map((h) => el('th', { scope: 'col', class: h === 'Tickets' || h === 'Total' ? 'text-end' : null }, h)))),
          body)),
        pager('Booking pages', page, pages, (next) => { page = next; load(); })].filter(Boolean));
    } catch (error) {
      if (mine !== latest) return;
      content.replaceChildren(alertBox(error.field ? `${error.field}: ${error.message}` : error.message));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    load();
  });
  root.append(adminNav('bookings'), heading, form, content);
  pageTitle(heading, 'Admin bookings');
  await load();
}
