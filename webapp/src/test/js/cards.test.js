import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luhn, cardBrand, checkNumber, parseExpiry, checkExpiry, checkCvc } from '../../main/resources/META-INF/resources/js/cards.js';

test('Luhn accepts the test cards and refuses a changed last digit', () => {
  assert.equal(luhn('4242 4242 4242 4242'), true);
  assert.equal(luhn('5555-5555-5555-4444'), true);
  assert.equal(luhn('378282246310005'), true);
  assert.equal(luhn('4242 4242 4242 4241'), false);
  assert.equal(luhn('42424242'), false, 'too short to be a card');
  assert.equal(luhn('4242x42424242424'), false);
});

test('the brand comes from the first digits', () => {
  assert.equal(cardBrand('4242')?.brand, 'Visa');
  assert.equal(cardBrand('5105 1051')?.brand, 'Mastercard');
  assert.equal(cardBrand('2221 0000')?.brand, 'Mastercard', 'the 2-series range');
  assert.equal(cardBrand('2720 99')?.brand, 'Mastercard', 'the top of the 2-series');
  assert.equal(cardBrand('2721'), null, 'past the 2-series');
  assert.equal(cardBrand('3782')?.brand, 'Amex');
  assert.equal(cardBrand('6011'), null);
});

test('the card number check names what is wrong', () => {
  assert.equal(checkNumber('4242 4242 4242 4242'), null);
  assert.equal(checkNumber(''), 'Enter the card number.');
  assert.equal(checkNumber('4242 abcd'), 'The card number may only contain digits.');
  assert.equal(checkNumber('6011111111111117'), 'We accept Visa, Mastercard and American Express.');
  assert.match(checkNumber('4242 4242 4242 4241'), /not a valid Visa number/);
  assert.match(checkNumber('37828224631000'), /not a valid Amex number/, 'an Amex has 15 digits');
});

test('expiry: MM/YY or MM/YYYY, valid to the end of its month', () => {
  assert.deepEqual(parseExpiry('08/29'), { month: 8, year: 2029 });
  assert.deepEqual(parseExpiry(' 8 / 2031 '), { month: 8, year: 2031 });
  assert.equal(parseExpiry('13/29'), null);
  assert.equal(parseExpiry('0829'), null);
  const now = new Date(2026, 11, 31); // 31 December 2026
  assert.equal(checkExpiry('12/26', now), null, 'this month is still valid');
  assert.equal(checkExpiry('11/26', now), 'This card has expired.');
  assert.equal(checkExpiry('01/25', now), 'This card has expired.');
  assert.equal(checkExpiry('01/2047', now), 'Please check the expiry year.');
  assert.equal(checkExpiry('', now), 'Enter the expiry date as MM/YY.');
  assert.match(checkExpiry('2029-08', now), /for example/);
});

test('the security code has the length of the brand', () => {
  assert.equal(checkCvc('123', '4242424242424242'), null);
  assert.equal(checkCvc('1234', '378282246310005'), null);
  assert.match(checkCvc('123', '378282246310005'), /4 digits \(on the front of the card\)/);
  assert.match(checkCvc('1234', '4242424242424242'), /3 digits/);
  assert.equal(checkCvc('12a', '4242'), 'The security code is digits only.');
  assert.equal(checkCvc('', '4242'), 'Enter the security code from the back of the card.');
  assert.equal(checkCvc('1234', ''), null, 'no brand yet: 3 or 4 digits');
  assert.match(checkCvc('12', ''), /3 or 4 digits/);
});
