// Checkout for a hold: seats and prices, a coupon, the hold's countdown and payment by card, wallet or gift card.
// One idempotency key per payment attempt: kept (also across a reload) while the outcome is unknown, so pressing
// Pay again after a dropped connection can never charge twice; dropped once the answer is a definite no.
import { graphql } from '../graphql.js';
import { BOOKING_FIELDS, holdLeft, priceTable, showtimeLine, statusBadge } from '../bookings.js';
import { cardBrand, checkCvc, checkExpiry, checkNumber, digits, parseExpiry } from '../cards.js';
import { TICKET_TYPES, couponRefusalLine, lockedReason, ticketChoices } from '../ticket-types.js';
import { el, loading, alertBox, pageTitle, dateTimeLabel, goSignIn, money, randomId } from '../ui.js';

const BOOKING = `query Checkout($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} } }`;
const APPLY = `mutation Apply($id: ID!, $code: String!) { applyCoupon(bookingId: $id, code: $code) { ${BOOKING_FIELDS} } }`;
const REMOVE = `mutation Remove($id: ID!) { removeCoupon(bookingId: $id) { ${BOOKING_FIELDS} } }`;
const CHOOSE = `mutation Choose($id: ID!, $tickets: [TicketTypeChoice!]!) {
  chooseTicketTypes(bookingId: $id, tickets: $tickets) { ${BOOKING_FIELDS} }
}`;
const CHECKOUT = `mutation Pay($id: ID!, $payment: PaymentInput!, $key: String!) {
  checkout(bookingId: $id, payment: $payment, idempotencyKey: $key) { id code status }
}`;

const COUPON_REASONS = {
  UNKNOWN: 'There is no coupon with that code.',
  INACTIVE: 'That coupon is no longer active.',
  NOT_STARTED: 'That coupon cannot be used yet.',
  EXPIRED: 'That coupon has expired.',
  MIN_ORDER: 'Your order is below the minimum for that coupon.',
  USED_UP: 'That coupon has been used up.',
  PER_USER_LIMIT: 'You have already used that coupon.',
  NOT_APPLICABLE: 'That coupon does not apply to this showtime.',
  NOT_YOURS: 'That coupon belongs to another customer.',
};
const DECLINE_REASONS = {
  CARD_DECLINED: 'Your card was declined.',
  INSUFFICIENT_FUNDS: 'There are not enough funds for this payment.',
  PROCESSING_ERROR: 'The payment could not be processed. Please try again.',
  PROCESSING_INTERRUPTED: 'The payment could not be processed. Please try again.',
  WALLET_DECLINED: 'Your wallet declined the payment.',
  GIFT_CARD_UNKNOWN: 'That gift card code is not known.',
  GIFT_CARD_CURRENCY: 'That gift card is in another currency.',
};
const keyName = (bookingId) => `cinema.checkoutKey.${bookingId}`;

/** A labelled input with its error line (always rendered, so a new message is announced). */
function field(id, label, attrs = {}, hint = null) {
  const error = el('div', { id: `${id}-error`, class: 'invalid-feedback d-block', 'aria-live': 'polite' });
  const help = hint ? el('div', { id: `${id}-help`, class: 'form-text' }, hint) : null;
  const { wrapperClass = '', addon = null, ...inputAttrs } = attrs;
  const input = el('input', {
    id, name: id, class: 'form-control', 'aria-describedby': [help ? `${id}-help` : null, `${id}-error`].filter(Boolean).join(' '), ...inputAttrs,
  });
  const wrapper = el('div', { class: wrapperClass }, el('label', { for: id, class: 'form-label' }, label),
    addon ? el('div', { class: 'input-group has-validation' }, input, addon) : input, help, error);
  return { input, error, wrapper };
}

function setError(f, message) {
  f.error.textContent = message ?? '';
  f.input.classList.toggle('is-invalid', Boolean(message));
  if (message) f.input.setAttribute('aria-invalid', 'true');
  else f.input.removeAttribute('aria-invalid');
  return !message;
}

export async function render(root, { params: [bookingId] }) {
  root.append(loading('Loading your booking…'));
  let booking;
  // Without the offers every ticket stays Adult: the page still sells, it only offers no concessions.
  const offersRead = graphql(TICKET_TYPES).then((data) => data.ticketTypes, () => []);
  try {
    ({ booking } = await graphql(BOOKING, { id: bookingId }));
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED') {
      goSignIn();
      return undefined;
    }
    root.replaceChildren(alertBox(error.message));
    return undefined;
  }
  if (!booking) {
    root.replaceChildren(el('h1', { class: 'h3' }, 'Booking not found'), alertBox('We could not find that.'));
    return undefined;
  }
  if (['CONFIRMED', 'PAYMENT_PENDING'].includes(booking.status)) {
    location.replace(`#/bookings/${encodeURIComponent(booking.id)}`);
    return undefined;
  }

  const offers = await offersRead;
  const heading = el('h1', { class: 'h3 mb-1' }, 'Checkout');
  const show = booking.showtime;
  const message = el('div', { 'aria-live': 'polite' });
  const summary = el('div');
  const countdown = el('span', { class: 'countdown fw-semibold', role: 'timer', 'aria-live': 'off', 'data-testid': 'hold-countdown' });
  const countdownNote = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });

  // ---- ticket types: one choice per seat, priced again by the booking service on every change ----
  const ticketsArea = el('div', { class: 'mb-3' });
  const ticketsStatus = el('div', { class: 'small', 'aria-live': 'polite', 'data-testid': 'ticket-types-status' });

  function renderTicketTypes() {
    if (offers.length < 2) {
      ticketsArea.replaceChildren();
      return;
    }
    const locked = lockedReason(booking);
    const rating = show?.movie?.ageRating;
    const hint = el('div', { id: 'ticket-types-hint', class: 'form-text' }, locked
      ?? `Child, Senior and Student tickets may be checked at the door.${rating ? ` This film is rated ${rating}.` : ''}${
        booking.couponCode ? ` Coupon ${booking.couponCode} is worked out again for the tickets you choose.` : ''}`);
    const rows = booking.tickets.map((ticket) => {
      const id = `ticket-type-${ticket.seatId}`;
      const select = el('select', { id, class: 'form-select form-select-sm', disabled: Boolean(locked) || changing,
        'aria-describedby': 'ticket-types-hint', 'data-seat': ticket.seatLabel },
      ticketChoices(ticket, offers, rating, booking.currency).map((choice) => el('option', {
        value: choice.type, disabled: choice.disabled, selected: choice.type === ticket.ticketType }, choice.text)));
      select.addEventListener('change', () => chooseType(ticket, select));
      // stacked on a phone, so an option's price is never cut off
      return el('div', { class: 'row g-1 align-items-center mb-2' },
        el('label', { for: id, class: 'col-12 col-sm-3 col-form-label col-form-label-sm py-0' }, `Seat ${ticket.seatLabel}`),
        el('div', { class: 'col-12 col-sm-9' }, select));
    });
    ticketsArea.replaceChildren(el('fieldset', { 'data-testid': 'ticket-types' },
      el('legend', { class: 'form-label fs-6 mb-1' }, 'Tickets'), rows, hint, ticketsStatus));
  }

  let changing = false;
  async function chooseType(ticket, select) {
    const chosen = select.value;
    changing = true;
    for (const other of ticketsArea.querySelectorAll('select')) other.disabled = true;
    ticketsStatus.replaceChildren();
    try {
      booking = (await graphql(CHOOSE, { id: booking.id, tickets: [{ seatId: ticket.seatId, type: chosen }] })).chooseTicketTypes;
      changing = false;
      renderOrder();
      const couponNote = booking.couponCode
        ? ` with coupon ${booking.couponCode} (${money(booking.discountCents, booking.currency)} off)` : '';
      ticketsStatus.textContent = `Seat ${ticket.seatLabel}: ${select.selectedOptions[0]?.textContent ?? chosen}. Total ${money(booking.totalCents, booking.currency)}${couponNote}.`;
      ticketsArea.querySelector(`#ticket-type-${ticket.seatId}`)?.focus();
    } catch (error) {
      changing = false;
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      renderOrder();
      ticketsStatus.replaceChildren(alertBox(error.code === 'COUPON_INVALID'
        ? couponRefusalLine(booking.couponCode, error.reason) : error.explained, 'warning'));
    }
  }

  // ---- coupon ----
  const applyButton = el('button', { type: 'submit', class: 'btn btn-outline-primary' }, 'Apply');
  const coupon = field('coupon-code', 'Coupon code', { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', addon: applyButton });
  const couponForm = el('form', { novalidate: true, 'aria-label': 'Coupon' }, coupon.wrapper);
  const couponArea = el('div', { class: 'mt-3' });

  // ---- payment ----
  const methods = [['CARD', 'Card'], ['WALLET', 'Wallet'], ['GIFT_CARD', 'Gift card']];
  const methodRadios = methods.map(([value, label], i) => {
    const input = el('input', { class: 'form-check-input', type: 'radio', name: 'method', id: `method-${value}`, value, checked: i === 0 });
    return { value, input, node: el('div', { class: 'form-check form-check-inline' }, input, el('label', { class: 'form-check-label', for: `method-${value}` }, label)) };
  });
  const brand = el('span', { class: 'badge text-bg-light border', 'data-testid': 'card-brand', 'aria-live': 'polite' });
  const number = field('card-number', 'Card number', { type: 'text', inputmode: 'numeric', autocomplete: 'cc-number', maxlength: '23', placeholder: '1234 5678 9012 3456' });
  number.wrapper.querySelector('label').append(' ', brand);
  const expiry = field('card-expiry', 'Expiry (MM/YY)', { type: 'text', inputmode: 'numeric', autocomplete: 'cc-exp', maxlength: '7', placeholder: 'MM/YY', wrapperClass: 'col-6' });
  const cvc = field('card-cvc', 'Security code', { type: 'text', inputmode: 'numeric', autocomplete: 'cc-csc', maxlength: '4', wrapperClass: 'col-6' });
  const holder = field('card-name', 'Name on card', { type: 'text', autocomplete: 'cc-name', maxlength: '100' });
  const wallet = field('wallet-token', 'Wallet token', { type: 'text', autocomplete: 'off', maxlength: '200' }, 'The token your wallet app gives you.');
  const gift = field('gift-card', 'Gift card code', { type: 'text', autocomplete: 'off', maxlength: '64' });
  const cardFields = el('div', { class: 'vstack gap-2', 'data-method': 'CARD' }, number.wrapper, el('div', { class: 'row g-2' }, expiry.wrapper, cvc.wrapper), holder.wrapper);
  const walletFields = el('div', { 'data-method': 'WALLET', hidden: true }, wallet.wrapper);
  const giftFields = el('div', { 'data-method': 'GIFT_CARD', hidden: true }, gift.wrapper);
  const payButton = el('button', { type: 'submit', class: 'btn btn-primary btn-lg w-100', 'data-testid': 'pay' });
  const payStatus = el('div', { 'aria-live': 'assertive', 'data-testid': 'pay-status' });
  const payForm = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'payment-heading' },
    el('fieldset', {}, el('legend', { class: 'form-label fs-6' }, 'Pay with'), methodRadios.map((m) => m.node)),
    cardFields, walletFields, giftFields, payStatus, payButton,
    el('details', { class: 'small text-body-secondary demo-hint' },
      el('summary', {}, 'Demo: test cards'),
      el('ul', { class: 'mb-0 mt-1' },
        el('li', {}, '4242 4242 4242 4242 approves (any future expiry, any CVC)'),
        el('li', {}, '4000 0000 0000 0002 is declined'),
        el('li', {}, '4000 0000 0000 9995 has insufficient funds'),
        el('li', {}, '4000 0000 0000 0119 fails to process (try again)'),
        el('li', {}, 'Wallet: WALLET-DEMO-APPROVE or WALLET-DEMO-DECLINE'),
        el('li', {}, 'Gift cards: GIFT-GBP-5000, GIFT-EUR-5000'))));

  root.replaceChildren(el('div', {},
    el('nav', { 'aria-label': 'Breadcrumb' }, el('ol', { class: 'breadcrumb small' },
      el('li', { class: 'breadcrumb-item' }, el('a', { href: `#/showtimes/${encodeURIComponent(booking.showtimeId)}` }, 'Seats')),
      el('li', { class: 'breadcrumb-item active', 'aria-current': 'page' }, 'Checkout'))),
    heading,
    el('p', { class: 'text-body-secondary mb-3' }, el('strong', {}, show?.movie?.title ?? ''), show ? ` \u00b7 ${showtimeLine(show, dateTimeLabel)}` : ''),
    message,
    el('div', { class: 'row g-3' },
      el('div', { class: 'col-12 col-lg-6' }, el('section', { class: 'card', 'aria-labelledby': 'order-heading' }, el('div', { class: 'card-body' },
        el('div', { class: 'd-flex justify-content-between align-items-baseline gap-2' },
          el('h2', { id: 'order-heading', class: 'h5' }, `Booking ${booking.code}`), statusBadge(booking.status)),
        el('p', { class: 'mb-2' }, 'Seats held for ', countdown, ' more.'), countdownNote,
        ticketsArea, summary, couponArea))),
      el('div', { class: 'col-12 col-lg-6' }, el('section', { class: 'card', 'aria-labelledby': 'payment-heading' }, el('div', { class: 'card-body' },
        el('h2', { id: 'payment-heading', class: 'h5' }, 'Payment'), payForm))))));
  pageTitle(heading, `Checkout ${booking.code}`);

  function renderOrder() {
    renderTicketTypes();
    summary.replaceChildren(priceTable(booking));
    payButton.textContent = `Pay ${money(booking.totalCents, booking.currency)}`;
    if (booking.couponCode) {
      const remove = el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 ms-2' }, 'Remove coupon');
      remove.addEventListener('click', async () => {
        remove.disabled = true;
        try {
          booking = (await graphql(REMOVE, { id: booking.id })).removeCoupon;
          renderOrder();
          coupon.input.focus();
        } catch (error) {
          message.replaceChildren(alertBox(error.message));
          remove.disabled = false;
        }
      });
      couponArea.replaceChildren(el('p', { class: 'mb-0', 'data-testid': 'coupon-applied' }, 'Coupon ',
        el('strong', {}, booking.couponCode), ' applied.', remove));
    } else {
      couponArea.replaceChildren(couponForm);
    }
  }
  renderOrder();

  couponForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = coupon.input.value.trim().toUpperCase();
    if (!code) {
      setError(coupon, 'Enter a coupon code.');
      coupon.input.focus();
      return;
    }
    applyButton.disabled = true;
    try {
      booking = (await graphql(APPLY, { id: booking.id, code })).applyCoupon;
      renderOrder();
      couponArea.querySelector('[data-testid="coupon-applied"]')?.append(
        el('span', { class: 'visually-hidden', role: 'status' }, ` You save ${money(booking.discountCents, booking.currency)}.`));
    } catch (error) {
      if (error.code === 'UNAUTHENTICATED') {
        goSignIn();
        return;
      }
      setError(coupon, error.code === 'COUPON_INVALID'
        ? (COUPON_REASONS[error.reason] ?? 'That coupon cannot be used for this booking.') : error.message);
      coupon.input.focus();
    } finally {
      applyButton.disabled = false;
    }
  });
  coupon.input.addEventListener('input', () => setError(coupon, null));

  // ---- method switch and live card checks ----
  const method = () => methodRadios.find((m) => m.input.checked).value;
  for (const m of methodRadios) {
    m.input.addEventListener('change', () => {
      for (const section of [cardFields, walletFields, giftFields]) section.hidden = section.dataset.method !== method();
    });
  }
  number.input.addEventListener('input', () => {
    brand.textContent = cardBrand(number.input.value)?.brand ?? '';
    if (number.input.classList.contains('is-invalid')) setError(number, checkNumber(number.input.value));
  });
  number.input.addEventListener('blur', () => {
    if (number.input.value) setError(number, checkNumber(number.input.value));
  });
  expiry.input.addEventListener('blur', () => {
    if (expiry.input.value) setError(expiry, checkExpiry(expiry.input.value));
  });
  cvc.input.addEventListener('blur', () => {
    if (cvc.input.value) setError(cvc, checkCvc(cvc.input.value, number.input.value));
  });

  function paymentInput() {
    const chosen = method();
    if (chosen === 'CARD') {
      const checks = [[number, checkNumber(number.input.value)], [expiry, checkExpiry(expiry.input.value)],
        [cvc, checkCvc(cvc.input.value, number.input.value)], [holder, holder.input.value.trim() ? null : 'Enter the name on the card.']];
      const invalid = checks.filter(([f, problem]) => !setError(f, problem));
      if (invalid.length) {
        invalid[0][0].input.focus();
        return null;
      }
      const { month, year } = parseExpiry(expiry.input.value);
      return { method: 'CARD', cardNumber: digits(number.input.value), expMonth: month, expYear: year, cvc: cvc.input.value.trim(), cardholderName: holder.input.value.trim() };
    }
    const f = chosen === 'WALLET' ? wallet : gift;
    if (!setError(f, f.input.value.trim() ? null : (chosen === 'WALLET' ? 'Enter your wallet token.' : 'Enter the gift card code.'))) {
      f.input.focus();
      return null;
    }
    return chosen === 'WALLET' ? { method: 'WALLET', walletToken: f.input.value.trim() } : { method: 'GIFT_CARD', giftCardCode: f.input.value.trim().toUpperCase() };
  }

  let paying = false;
  let expired = false;
  payForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (paying || expired) return;
    const payment = paymentInput();
    if (!payment) return;
    paying = true;
    payButton.disabled = true;
    payButton.setAttribute('aria-busy', 'true');
    payButton.textContent = 'Paying…';
    payStatus.replaceChildren();
    // Same key while the last attempt's outcome is unknown; a new attempt otherwise.
    let key = sessionStorage.getItem(keyName(booking.id));
    if (!key) {
      key = randomId();
      sessionStorage.setItem(keyName(booking.id), key);
    }
    try {
      const { checkout } = await graphql(CHECKOUT, { id: booking.id, payment, key });
      sessionStorage.removeItem(keyName(booking.id));
      location.hash = `#/bookings/${encodeURIComponent(checkout.id)}?confirmed=1`;
      return;
    } catch (error) {
      if (error.network) {
        payStatus.replaceChildren(alertBox('We lost the connection before the payment was confirmed. Press Pay again: '
          + 'you will not be charged twice.', 'warning'));
      } else {
        sessionStorage.removeItem(keyName(booking.id));
        if (error.code === 'UNAUTHENTICATED') {
          goSignIn();
          return;
        }
        if (error.code === 'PAYMENT_DECLINED') {
          payStatus.replaceChildren(alertBox(`${DECLINE_REASONS[error.reason] ?? 'The payment was declined.'} Nothing was charged and `
            + `your seats are still held. ${error.retryable ? 'Please try again.' : 'Please try another card or payment method.'}`));
        } else {
          payStatus.replaceChildren(alertBox(error.message));
        }
      }
    }
    paying = false;
    payButton.removeAttribute('aria-busy');
    payButton.disabled = expired;
    payButton.textContent = `Pay ${money(booking.totalCents, booking.currency)}`;
  });

  // ---- countdown ----
  let warned = false;
  const tick = () => {
    if (!booking.holdExpiresAt || booking.status !== 'HELD') {
      countdown.textContent = '—';
      return;
    }
    const left = holdLeft(booking.holdExpiresAt);
    countdown.textContent = left.text;
    if (left.ms <= 60_000 && left.ms > 0 && !warned) {
      warned = true;
      countdownNote.textContent = 'One minute left to pay before your seats are released.';
    }
    if (left.ms <= 0 && !expired && !paying) {
      expired = true;
      clearInterval(timer);
      payButton.disabled = true;
      message.replaceChildren(alertBox(el('span', {}, 'Your hold has expired and the seats are back on sale. ',
        el('a', { href: `#/showtimes/${encodeURIComponent(booking.showtimeId)}` }, 'Pick seats again')), 'warning'));
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
  if (booking.status !== 'HELD') {
    expired = true;
    payButton.disabled = true;
    message.replaceChildren(alertBox(`This booking cannot be paid any more (${booking.status.toLowerCase()}).`, 'warning'));
  }
  return () => clearInterval(timer);
}
