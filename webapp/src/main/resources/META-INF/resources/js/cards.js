// Client-side card checks, so the customer hears about a typo before paying. The payment service applies the
// same rules again (docs/api.md); nothing here is trusted by the server.

const BRANDS = [
  { brand: 'Amex', pattern: /^3[47]/, lengths: [15], cvc: 4 },
  { brand: 'Mastercard', pattern: /^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16], cvc: 3 },
  { brand: 'Visa', pattern: /^4/, lengths: [13, 16, 19], cvc: 3 },
];

export function digits(value) {
  return String(value ?? '').replace(/[\s-]/g, '');
}

/** The card's brand from its first digits, or null while it is not recognisable. */
export function cardBrand(number) {
  const d = digits(number);
  return BRANDS.find((b) => b.pattern.test(d)) ?? null;
}

/** The Luhn check digit test (ISO/IEC 7812). */
export function luhn(number) {
  const d = digits(number);
  if (!/^\d{12,19}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** An error message for the card number, or null when it looks right. */
export function checkNumber(number) {
  const d = digits(number);
  if (!d) return 'Enter the card number.';
  if (!/^\d+$/.test(d)) return 'The card number may only contain digits.';
  const brand = cardBrand(d);
  if (!brand) return 'We accept Visa, Mastercard and American Express.';
  if (!brand.lengths.includes(d.length) || !luhn(d)) return `That is not a valid ${brand.brand} number. Please check the digits.`;
  return null;
}

/** "MM/YY" or "MM/YYYY" -> { month, year } or null. */
export function parseExpiry(value) {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

export function checkExpiry(value, now = new Date()) {
  if (!String(value ?? '').trim()) return 'Enter the expiry date as MM/YY.';
  const expiry = parseExpiry(value);
  if (!expiry) return 'Enter the expiry date as MM/YY, for example 08/29.';
  // a card is valid to the end of its expiry month
  if (expiry.year < now.getFullYear() || (expiry.year === now.getFullYear() && expiry.month < now.getMonth() + 1)) {
    return 'This card has expired.';
  }
  if (expiry.year > now.getFullYear() + 20) return 'Please check the expiry year.';
  return null;
}

export function checkCvc(value, number) {
  const expected = cardBrand(number)?.cvc;
  const cvc = String(value ?? '').trim();
  if (!cvc) return 'Enter the security code from the back of the card.';
  if (!/^\d+$/.test(cvc)) return 'The security code is digits only.';
  if (expected ? cvc.length !== expected : (cvc.length < 3 || cvc.length > 4)) {
    return `The security code has ${expected ?? '3 or 4'} digits${expected === 4 ? ' (on the front of the card)' : ''}.`;
  }
  return null;
}
