// One booking: the confirmation after paying (QR ticket, code, receipt, print, calendar file) and, from my
// bookings, its detail with the tickets and cancellation under the policy.
import { graphql } from '../graphql.js';
import { BOOKING, BOOKING_FIELDS, PAYMENT_FIELDS, priceTable, showtimeLine, statusBadge } from '../bookings.js';
import { calendarFileName, calendarFileUrl, ticketImageUrl } from '../tickets.js';
import { BOOKING_NOTICES, SEND_TICKETS_AGAIN, canSendTicketsAgain, noticeLine, shownNotices, ticketsSentLine } from '../notices.js';
import { el, loading, alertBox, pageTitle, dateTimeLabel, goSignIn, money, addressLine, directionsUrl, externalLink }
  from '../ui.js';
import { seatList } from '../ticket-types.js';

const CANCEL = `mutation Cancel($id: ID!) { cancelBooking(bookingId: $id) { ${BOOKING_FIELDS} ${PAYMENT_FIELDS} } }`;
/** Free cancellation ends this long before the start (the booking service's rule; it has the last word). */
const CUT_OFF_MS = 2 * 3_600_000;
const PENDING_POLL_MS = 2_000;

export async function render(root, { params: [bookingId], query }) {
  root.append(loading('Loading your booking…'));
  const urls = [];
  let poll = null;
  const cleanup = () => {
    clearTimeout(poll);
    urls.forEach((u) => URL.revokeObjectURL(u));
  };
  let booking;
  try {
    ({ booking } = await graphql(BOOKING, { id: bookingId }));
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED') {
      goSignIn();
      return cleanup;
    }
    root.replaceChildren(alertBox(error.message));
    return cleanup;
  }
  if (!booking) {
    root.replaceChildren(el('h1', { class: 'h3' }, 'Booking not found'), alertBox('We could not find that.'));
    return cleanup;
  }
  const justPaid = query.get('confirmed') === '1';
  const message = el('div', { 'aria-live': 'polite' });
  // Loaded beside the page, never in its way: the messages are a help, not the booking.
  const notices = el('ul', { class: 'list-unstyled small mb-0', 'data-testid': 'booking-notices' });
  // A customer who cannot find the e-mail with their tickets asks for it again, here beside the messages sent.
  const sendButton = el('button', { type: 'button', class: 'btn btn-outline-primary btn-sm', 'data-testid': 'send-tickets-again' },
    'E-mail my tickets again');
  const sendResult = el('div', { 'aria-live': 'polite', 'data-testid': 'send-tickets-result' });
  const sendArea = el('div', { class: 'mt-3', hidden: true },
    el('p', { class: 'small text-body-secondary mb-2' }, 'Can\u2019t find your tickets? We can e-mail them again, with their QR code, '
      + 'to your account\u2019s e-mail address.'),
    sendButton, sendResult);
  const noticesCard = el('section', { class: 'card mb-3 d-print-none', 'aria-labelledby': 'notices-heading', hidden: true },
    el('div', { class: 'card-body' }, el('h2', { id: 'notices-heading', class: 'h5' }, 'Messages about this booking'), notices, sendArea));
  let noticesShown = 0;
  let sending = false;
  let sendsUsedUp = false;
  sendButton.addEventListener('click', sendTicketsAgain);
  let headingFocused = false;

  function draw() {
    const show = booking.showtime;
    const confirmed = booking.status === 'CONFIRMED';
    const heading = el('h1', { class: 'h3 mb-1' }, justPaid && confirmed ? 'You\u2019re booked!' : `Booking ${booking.code}`);
    const tz = show?.cinema?.timeZone;
    const body = [];

    if (confirmed) {
      body.push(ticketCard(show));
    } else if (booking.status === 'PAYMENT_PENDING') {
      body.push(alertBox('Your payment is being confirmed. This page updates by itself.', 'info'));
      clearTimeout(poll);
      poll = setTimeout(reload, PENDING_POLL_MS);
    } else if (booking.status === 'HELD') {
      body.push(el('p', {}, el('a', { class: 'btn btn-primary', href: `#/checkout/${encodeURIComponent(booking.id)}` }, 'Continue to checkout')));
    }
    body.push(el('section', { class: 'card mb-3', 'aria-labelledby': 'seats-heading' }, el('div', { class: 'card-body' },
      el('h2', { id: 'seats-heading', class: 'h5' }, 'Tickets'), priceTable(booking), paymentLine())));
    const cancel = cancelSection(tz);
    if (cancel) body.push(cancel);
    body.push(noticesCard);
    showNoticesCard();

    root.replaceChildren(el('div', { class: 'booking-page' },
      el('nav', { 'aria-label': 'Breadcrumb', class: 'd-print-none' }, el('ol', { class: 'breadcrumb small' },
        el('li', { class: 'breadcrumb-item' }, el('a', { href: '#/bookings' }, 'My bookings')),
        el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, booking.code))),
      heading,
      el('p', { class: 'mb-3' }, statusBadge(booking.status), ' ', el('strong', {}, show?.movie?.title ?? ''),
        show ? ` \u00b7 ${showtimeLine(show, dateTimeLabel)}` : ''),
      message, body));
    if (!headingFocused) {
      headingFocused = true;
      pageTitle(heading, justPaid && confirmed ? `Booking ${booking.code} confirmed` : `Booking ${booking.code}`);
    }
  }

  function paymentLine() {
    const p = booking.payment;
    if (!p) return null;
    const how = p.cardBrand ? `${p.cardBrand} ending ${p.cardLast4}` : ({ WALLET: 'wallet', GIFT_CARD: 'gift card' }[p.method] ?? '');
    return el('dl', { class: 'row small mb-0 mt-3' },
      el('dt', { class: 'col-5' }, 'Paid'), el('dd', { class: 'col-7' }, `${money(p.amountCents, p.currency)}${how ? ` with ${how}` : ''}`),
      p.receiptNumber ? [el('dt', { class: 'col-5' }, 'Receipt'), el('dd', { class: 'col-7', 'data-testid': 'receipt-number' }, p.receiptNumber)] : null,
      p.refundedCents ? [el('dt', { class: 'col-5' }, 'Refunded'),
        el('dd', { class: 'col-7', 'data-testid': 'refunded' }, money(p.refundedCents, p.currency))] : null);
  }

  /** The printable ticket: QR code, booking code, seats and when and where. */
  function ticketCard(show) {
    const image = el('div', { class: 'ticket-qr-box', 'aria-busy': 'true' }, loading('Loading your ticket…'));
    // the calendar link works once its file has come (an <a download> needs a URL it can save)
    const calendarLink = el('a', {
      class: 'btn btn-outline-secondary disabled', role: 'link', 'aria-disabled': 'true',
      download: calendarFileName(booking.code), 'data-testid': 'ics-link',
    }, 'Add to calendar (.ics)');
    calendarFileUrl(booking.id).then((url) => {
      urls.push(url);
      calendarLink.href = url;
      calendarLink.classList.remove('disabled');
      calendarLink.removeAttribute('aria-disabled');
      calendarLink.removeAttribute('role');
    }).catch((error) => {
      calendarLink.title = error.message;
      calendarLink.after(el('span', { class: 'small text-body-secondary align-self-center', 'data-testid': 'ics-error' },
        error.message));
    });
    ticketImageUrl(booking.id).then((url) => {
      urls.push(url);
      image.replaceChildren(el('img', {
        src: url, class: 'ticket-qr', width: '220', height: '220', 'data-testid': 'ticket-qr',
        alt: `QR ticket for booking ${booking.code}, seats ${seatList(booking.tickets)}. Show it at the door.`,
      }));
      image.setAttribute('aria-busy', 'false');
    }).catch((error) => {
      image.replaceChildren(alertBox(error.message));
      image.setAttribute('aria-busy', 'false');
    });
    const printButton = el('button', { type: 'button', class: 'btn btn-outline-secondary' }, 'Print ticket');
    printButton.addEventListener('click', () => window.print());
    return el('section', { class: 'card mb-3 ticket', 'aria-labelledby': 'ticket-heading' }, el('div', { class: 'card-body' },
      el('div', { class: 'row g-3 align-items-center' },
        el('div', { class: 'col-12 col-md-auto text-center' }, image),
        el('div', { class: 'col' },
          el('h2', { id: 'ticket-heading', class: 'h5' }, 'Your ticket'),
          el('p', { class: 'mb-1' }, 'Booking code ', el('strong', { class: 'booking-code', 'data-testid': 'booking-code' }, booking.code)),
          booking.payment?.receiptNumber ? el('p', { class: 'mb-1' }, 'Receipt ', el('strong', { 'data-testid': 'confirmation-receipt' }, booking.payment.receiptNumber)) : null,
          el('p', { class: 'mb-1' }, el('strong', {}, show?.movie?.title ?? '')),
          el('p', { class: 'mb-1' }, show ? showtimeLine(show, dateTimeLabel) : ''),
          show?.cinema?.address ? el('p', { class: 'mb-1 small text-body-secondary' },
            el('span', { 'data-testid': 'cinema-address' }, addressLine(show.cinema.address, show.cinema.city)),
            el('span', { class: 'd-print-none' }, ' \u00b7 ',
              externalLink(directionsUrl(show.cinema), 'Directions', { 'data-testid': 'directions' }))) : null,
          el('p', { class: 'mb-2' }, `Seats ${seatList(booking.tickets)}`),
          el('div', { class: 'd-flex flex-wrap gap-2 d-print-none' }, printButton, calendarLink)))));
  }

  function cancelSection(tz) {
    const show = booking.showtime;
    if (!['CONFIRMED', 'HELD'].includes(booking.status) || !show) return null;
    const section = el('section', { class: 'card mb-3 d-print-none', 'aria-labelledby': 'cancel-heading' });
    const inner = el('div', { class: 'card-body' });
    section.append(inner);
    if (booking.status === 'HELD') {
      const release = el('button', { type: 'button', class: 'btn btn-outline-danger' }, 'Release these seats');
      release.addEventListener('click', () => cancel(release));
      inner.append(el('h2', { id: 'cancel-heading', class: 'h5' }, 'Not buying?'), release);
      return section;
    }
    const cutOff = new Date(new Date(show.startsAt).getTime() - CUT_OFF_MS);
    const refund = booking.payment ? booking.payment.amountCents - (booking.payment.refundedCents ?? 0) : booking.totalCents;
    const currency = booking.payment?.currency ?? booking.currency;
    inner.append(el('h2', { id: 'cancel-heading', class: 'h5' }, 'Cancel this booking'),
      el('p', { class: 'small', 'data-testid': 'cancel-policy' },
        `Free cancellation until ${dateTimeLabel(cutOff.toISOString(), tz)} (2 hours before the start), with a full refund `
        + `to the way you paid. After that, tickets cannot be cancelled.`));
    if (Date.now() >= cutOff.getTime()) {
      inner.append(el('p', { class: 'mb-0 text-body-secondary' }, 'Cancellation has closed for this showtime.'));
      return section;
    }
    const start = el('button', { type: 'button', class: 'btn btn-outline-danger' }, 'Cancel booking\u2026');
    const yes = el('button', { type: 'button', class: 'btn btn-danger' }, 'Yes, cancel and refund');
    const no = el('button', { type: 'button', class: 'btn btn-outline-secondary' }, 'Keep my booking');
    const confirm = el('div', { id: 'cancel-confirm', class: 'border rounded p-3 mt-2', hidden: true, role: 'group', 'aria-labelledby': 'cancel-question' },
      el('p', { id: 'cancel-question', class: 'fw-semibold' }, `Cancel booking ${booking.code}? You get `,
        el('span', { 'data-testid': 'refund-amount' }, money(refund, currency)), ' back.'),
      el('div', { class: 'd-flex flex-wrap gap-2' }, yes, no));
    // one question at a time: the panel replaces the button until the customer answers
    start.addEventListener('click', () => {
      confirm.hidden = false;
      start.hidden = true;
      no.focus();
    });
    no.addEventListener('click', () => {
      confirm.hidden = true;
      start.hidden = false;
      start.focus();
    });
    yes.addEventListener('click', () => cancel(yes));
    inner.append(start, confirm);
    return section;
  }

  async function cancel(button) {
    button.disabled = true;
    try {
      booking = (await graphql(CANCEL, { id: booking.id })).cancelBooking;
      draw();
      loadNotices();
      const refunded = booking.payment?.refundedCents;
      message.replaceChildren(alertBox(refunded
        ? `Booking ${booking.code} is cancelled. ${money(refunded, booking.payment.currency)} is refunded to the way you paid.`
        : `Booking ${booking.code} is cancelled. Your refund is on its way.`, 'success'));
      if (booking.payment && !refunded) {
        poll = setTimeout(reload, PENDING_POLL_MS);
      }
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      // CONFLICT after the cut-off: the service's message names it
      message.replaceChildren(alertBox(error.explained));
      button.disabled = false;
    }
  }

  async function loadNotices() {
    try {
      const shown = shownNotices((await graphql(BOOKING_NOTICES, { id: booking.id })).myNotices);
      const tz = booking.showtime?.cinema?.timeZone;
      notices.replaceChildren(...shown.map((notice) => {
        const line = noticeLine(notice, (iso) => dateTimeLabel(iso, tz));
        return el('li', { class: line.failed ? 'text-danger-emphasis' : '', 'data-notice-kind': notice.kind,
          'data-notice-channel': notice.channel }, line.text);
      }));
      noticesShown = shown.length;
    } catch {
      noticesShown = 0; // the booking itself is all that matters here
    }
    showNoticesCard();
  }

  /** The card shows while there are messages or tickets that can be sent again (canSendTicketsAgain). */
  function showNoticesCard() {
    sendArea.hidden = !canSendTicketsAgain(booking);
    // disabled, not hidden, once used up: the button keeps its place and the line below says why
    sendButton.disabled = sending || sendsUsedUp;
    noticesCard.hidden = noticesShown === 0 && sendArea.hidden;
  }

  /** An alert under the button, without the space an alert leaves below itself: the card ends there. */
  function sendOutcome(text, kind) {
    const box = alertBox(text, kind);
    box.classList.add('mt-2', 'mb-0', 'py-2', 'small');
    return box;
  }

  async function sendTicketsAgain() {
    sending = true;
    showNoticesCard();
    try {
      const sent = (await graphql(SEND_TICKETS_AGAIN, { id: booking.id })).sendTicketsAgain;
      sendsUsedUp = sent.sendsLeft === 0;
      const tz = booking.showtime?.cinema?.timeZone;
      sendResult.replaceChildren(sendOutcome(ticketsSentLine(sent, (iso) => dateTimeLabel(iso, tz)), 'success'));
      loadNotices();
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      // RATE_LIMITED and CONFLICT in the service's words: when to ask again, or why the tickets cannot be sent
      sendResult.replaceChildren(sendOutcome(error.explained));
    } finally {
      sending = false;
      showNoticesCard();
    }
  }

  async function reload() {
    try {
      ({ booking } = await graphql(BOOKING, { id: bookingId }));
      draw();
      loadNotices();
    } catch {
      poll = setTimeout(reload, PENDING_POLL_MS);
    }
  }

  draw();
  loadNotices();
  if (justPaid && booking.status === 'CONFIRMED') {
    message.replaceChildren(alertBox(`Payment received. Booking ${booking.code} is confirmed; a confirmation e-mail is on its way.`, 'success'));
  }
  return cleanup;
}
