// The profile's contact choices (issue #21): phone in E.164, the SMS opt-in and the reminders before each showing. Pure
// functions, tested with node --test.

// The account keeps phones in international E.164 form: spaces, dashes and brackets are only for reading.
export function normalisePhone(typed) {
  return (typed ?? '').replace(/[\s().-]/g, '');
}

// What the form sends as ProfileInput; an SMS opt-in without a number is refused here with the service's reason,
// and removing the number ends the opt-in (the service does the same). Reminders are independent of both.
export function profileInput(fullName, typedPhone, smsChecked, remindersChecked) {
  const phone = normalisePhone(typedPhone) || null;
  if (smsChecked && !phone) {
    return { error: { field: 'smsOptIn', message: 'Add a phone number to get your booking messages by SMS.' } };
  }
  return { input: { fullName: fullName.trim(), phone, smsOptIn: Boolean(smsChecked && phone), reminders: Boolean(remindersChecked) } };
}

// The checkbox's hint: what happens with the current number.
export function smsHint(typedPhone) {
  const phone = normalisePhone(typedPhone);
  return phone
    ? `Confirmations, reminders and cancellations also go by SMS to ${phone}.`
    : 'Add a phone number above to get your booking messages by SMS.';
}

// The reminders checkbox's hint: where a reminder goes, and that the other messages do not stop with it.
export function remindersHint(smsChecked) {
  return `A few hours before each showing, by e-mail${smsChecked ? ' and SMS' : ''}. Confirmations and `
    + 'cancellations are always sent.';
}
