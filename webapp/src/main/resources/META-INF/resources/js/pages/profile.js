// Profile: name, phone, the SMS opt-in and reminders, a new password, signing out, your reviews and reports, downloading
// your data, and closing the account.
import { graphql } from '../graphql.js';
import { signOut } from '../auth.js';
import { updateUser } from '../session.js';
import { profileInput, remindersHint, smsHint } from '../contact.js';
import { el, loading, alertBox, pageTitle, goSignIn, stars } from '../ui.js';
import { field, markInvalid } from '../fields.js';
import { PASSWORD_MIN_LENGTH } from '../password-reset.js';
import { closureProblem, closureRefusal } from '../account-closure.js';
import { downloadMyData } from '../data-export.js';
import { MY_REVIEWS_FOR_PROFILE, filmTitle, newestFirst, ownReviewStatusLine, removalEmailLine, reportOutcomeLine }
  from '../reviews.js';

const ME = 'query Me { me { id email fullName phone smsOptIn reminders roles } }';
const UPDATE = 'mutation Update($input: ProfileInput!) { updateProfile(input: $input) { id email fullName phone smsOptIn reminders roles } }';
const CHANGE_PASSWORD = 'mutation Change($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }';
const CLOSE_ACCOUNT = 'mutation Close($password: String!) { closeAccount(password: $password) }';


export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Your profile');
  root.append(heading, loading('Loading your profile…'));
  pageTitle(heading);
  let me;
  try {
    ({ me } = await graphql(ME));
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED') {
      goSignIn();
      return;
    }
    root.replaceChildren(heading, alertBox(error.message));
    return;
  }

  // ---- name and phone ----
  const name = field('profile-name', 'Full name', { type: 'text', autocomplete: 'name', required: true, maxlength: '100', value: me.fullName ?? '' });
  const phone = field('profile-phone', 'Phone (optional)', { type: 'tel', autocomplete: 'tel', maxlength: '30', value: me.phone ?? '', placeholder: '+44 20 7946 0018' });
  // SMS opt-in (issue #21): a checkbox under the phone, its hint naming the number the messages go to.
  const smsBox = el('input', { id: 'profile-sms', name: 'profile-sms', type: 'checkbox', class: 'form-check-input',
    'aria-describedby': 'profile-sms-hint profile-sms-error' });
  smsBox.checked = Boolean(me.smsOptIn);
  const smsHintNode = el('div', { id: 'profile-sms-hint', class: 'form-text' }, smsHint(me.phone));
  const sms = {
    node: smsBox,
    feedback: el('div', { id: 'profile-sms-error', class: 'invalid-feedback d-block', 'aria-live': 'polite' }),
  };
  const smsWrapper = el('div', { class: 'form-check' }, smsBox,
    el('label', { for: 'profile-sms', class: 'form-check-label' }, 'Also send my booking messages by SMS'),
    smsHintNode, sms.feedback);
  phone.node.addEventListener('input', () => smsHintNode.replaceChildren(smsHint(phone.node.value)));
  // Reminders before each showing: on unless turned off; confirmations and cancellations always go.
  const remindersBox = el('input', { id: 'profile-reminders', name: 'profile-reminders', type: 'checkbox', class: 'form-check-input',
    'aria-describedby': 'profile-reminders-hint' });
  remindersBox.checked = me.reminders !== false;
  const remindersHintNode = el('div', { id: 'profile-reminders-hint', class: 'form-text' }, remindersHint(smsBox.checked));
  smsBox.addEventListener('change', () => remindersHintNode.replaceChildren(remindersHint(smsBox.checked)));
  const remindersWrapper = el('div', { class: 'form-check' }, remindersBox,
    el('label', { for: 'profile-reminders', class: 'form-check-label' }, 'Remind me before each showing'),
    remindersHintNode);
  const detailsStatus = el('div', { 'aria-live': 'polite', 'data-testid': 'profile-status' });
  const save = el('button', { type: 'submit', class: 'btn btn-primary' }, 'Save details');
  const details = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'details-heading' },
    el('p', { class: 'mb-0' }, 'Email: ', el('strong', {}, me.email)), name.wrapper, phone.wrapper, smsWrapper, remindersWrapper, detailsStatus, el('div', {}, save));
  details.addEventListener('submit', async (event) => {
    event.preventDefault();
    markInvalid(name, null);
    markInvalid(phone, null);
    markInvalid(sms, null);
    detailsStatus.replaceChildren();
    if (!name.node.value.trim()) {
      markInvalid(name, 'Enter your name.');
      return;
    }
    const form = profileInput(name.node.value, phone.node.value, smsBox.checked, remindersBox.checked);
    if (form.error) {
      markInvalid(sms, form.error.message);
      return;
    }
    save.disabled = true;
    try {
      const { updateProfile } = await graphql(UPDATE, { input: form.input });
      phone.node.value = updateProfile.phone ?? '';
      smsBox.checked = Boolean(updateProfile.smsOptIn);
      smsHintNode.replaceChildren(smsHint(updateProfile.phone));
      remindersBox.checked = updateProfile.reminders !== false;
      remindersHintNode.replaceChildren(remindersHint(smsBox.checked));
      updateUser(updateProfile);
      detailsStatus.replaceChildren(alertBox('Your details are saved.', 'success'));
    } catch (error) {
      const refused = error.field?.split('.').pop();
      if (error.code === 'VALIDATION' && refused === 'phone') markInvalid(phone, error.message);
      else if (error.code === 'VALIDATION' && refused === 'fullName') markInvalid(name, error.message);
      else if (error.code === 'VALIDATION' && refused === 'smsOptIn') markInvalid(sms, error.message);
      else detailsStatus.replaceChildren(alertBox(error.message));
    } finally {
      save.disabled = false;
    }
  });

  // ---- password ----
  const current = field('current-password', 'Current password', { type: 'password', autocomplete: 'current-password', required: true });
  const next = field('new-password', `New password (at least ${PASSWORD_MIN_LENGTH} characters)`, { type: 'password', autocomplete: 'new-password', required: true });
  const passwordStatus = el('div', { 'aria-live': 'polite', 'data-testid': 'password-status' });
  const change = el('button', { type: 'submit', class: 'btn btn-primary' }, 'Change password');
  const password = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'password-heading' },
    current.wrapper, next.wrapper, passwordStatus, el('div', {}, change));
  password.addEventListener('submit', async (event) => {
    event.preventDefault();
    markInvalid(current, null);
    markInvalid(next, null);
    passwordStatus.replaceChildren();
    if (!current.node.value) {
      markInvalid(current, 'Enter your current password.');
      return;
    }
    if ([...next.node.value].length < PASSWORD_MIN_LENGTH) {
      markInvalid(next, `The new password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
      return;
    }
    change.disabled = true;
    try {
      await graphql(CHANGE_PASSWORD, { current: current.node.value, next: next.node.value });
      current.node.value = '';
      next.node.value = '';
      passwordStatus.replaceChildren(alertBox('Your password is changed.', 'success'));
    } catch (error) {
      const refused = error.field?.split('.').pop();
      if (error.code === 'VALIDATION' && refused === 'newPassword') markInvalid(next, error.message);
      else if (['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN'].includes(error.code)) markInvalid(current, 'That is not your current password.');
      else passwordStatus.replaceChildren(alertBox(error.message));
    } finally {
      change.disabled = false;
    }
  });

  const out = el('button', { type: 'button', class: 'btn btn-outline-danger' }, 'Sign out of this device');
  out.addEventListener('click', async () => {
    out.disabled = true;
    await signOut();
    location.hash = '#/';
  });

  const closing = me.roles?.includes('ADMIN')
    ? el('p', { class: 'small text-body-secondary mb-0', 'data-testid': 'close-staff' },
      'A staff account cannot be closed here: another administrator removes its ADMIN role first.')
    : closeAccountForm(root);

  root.replaceChildren(heading,
    el('div', { class: 'row g-3' },
      el('div', { class: 'col-12 col-lg-6' }, el('section', { class: 'card', 'aria-labelledby': 'details-heading' }, el('div', { class: 'card-body' },
        el('h2', { id: 'details-heading', class: 'h5' }, 'Your details'), details))),
      el('div', { class: 'col-12 col-lg-6' }, el('section', { class: 'card', 'aria-labelledby': 'password-heading' }, el('div', { class: 'card-body' },
        el('h2', { id: 'password-heading', class: 'h5' }, 'Password'), password))),
      el('div', { class: 'col-12' }, el('section', { 'aria-labelledby': 'signout-heading' },
        el('h2', { id: 'signout-heading', class: 'h5' }, 'Signing out'),
        el('p', { class: 'small text-body-secondary' }, 'Ends this session; your other devices stay signed in.'), out)),
      el('div', { class: 'col-12' }, el('section', { class: 'card', 'aria-labelledby': 'reviews-heading' },
        el('div', { class: 'card-body' }, el('h2', { id: 'reviews-heading', class: 'h5' }, 'Your reviews'), reviewsSection()))),
      el('div', { class: 'col-12' }, el('section', { class: 'card', 'aria-labelledby': 'data-heading' },
        el('div', { class: 'card-body' }, el('h2', { id: 'data-heading', class: 'h5' }, 'Your data'), downloadSection()))),
      el('div', { class: 'col-12' }, el('section', { class: 'card border-danger-subtle', 'aria-labelledby': 'close-heading' },
        el('div', { class: 'card-body' }, el('h2', { id: 'close-heading', class: 'h5' }, 'Close your account'), closing)))));
}

// The customer's reviews, a removed one with staff's reason, and the reviews they reported with what staff made of
// each report (docs/decisions/0024-reporting-and-moderating-reviews.md). Read once the page is drawn: a slow or failed
// answer costs this card only.
function reviewsSection() {
  const body = el('div', { 'data-testid': 'profile-reviews' }, loading('Loading your reviews…'));
  graphql(MY_REVIEWS_FOR_PROFILE).then(({ myReviews, myReviewReports }) => {
    const reviews = newestFirst(myReviews, 'updatedAt', 'createdAt');
    const reports = newestFirst(myReviewReports, 'reportedAt');
    body.replaceChildren(reviews.length
      ? el('ul', { class: 'list-group mb-3', 'aria-label': 'Your reviews' }, ...reviews.map(ownReviewItem))
      : el('p', { class: 'text-body-secondary' }, 'You have not reviewed a film yet: rate one from its page.'));
    if (reports.length) {
      body.append(el('h3', { id: 'reported-heading', class: 'h6' }, 'Reviews you reported'),
        el('ul', { class: 'list-group', 'aria-labelledby': 'reported-heading' }, ...reports.map(reportItem)));
    }
  }, (error) => {
    body.replaceChildren(alertBox(error.explained || error.message || 'Your reviews could not be read. Please try again.'));
  });
  return body;
}

/** The film's title linking to its page, or words saying it is gone. */
function filmLink(item) {
  const title = filmTitle(item);
  return title
    ? el('a', { href: `#/movies/${encodeURIComponent(item.movieId)}`, class: 'fw-semibold' }, title)
    : el('span', { class: 'fw-semibold' }, 'A film no longer listed');
}

function ownReviewItem(review) {
  const removed = review.status === 'REMOVED';
  const emailed = removalEmailLine(review);
  return el('li', { class: 'list-group-item', 'data-testid': 'profile-review', 'data-status': review.status },
    el('div', { class: 'd-flex flex-wrap justify-content-between gap-2' }, filmLink(review),
      el('span', {},
        el('span', { class: 'rating', 'aria-hidden': 'true' }, stars(review.rating)),
        el('span', { class: 'visually-hidden' }, `${review.rating} out of 5`))),
    review.comment ? el('p', { class: 'mb-1' }, review.comment) : null,
    el('p', { class: `mb-0 small ${removed ? 'text-danger-emphasis' : 'text-body-secondary'}`, 'data-testid': 'profile-review-status' },
      ownReviewStatusLine(review)),
    emailed ? el('p', { class: 'mb-0 small text-body-secondary', 'data-testid': 'profile-review-email' }, emailed) : null);
}

function reportItem(report) {
  return el('li', { class: 'list-group-item', 'data-testid': 'profile-report', 'data-status': report.status },
    filmLink(report),
    el('p', { class: 'mb-0 small text-body-secondary', 'data-testid': 'profile-report-outcome' }, reportOutcomeLine(report)));
}

// A copy of everything the platform holds about the customer (docs/api.md, "Your data"), as a JSON file.
function downloadSection() {
  const status = el('div', { 'aria-live': 'polite', 'data-testid': 'data-status' });
  const button = el('button', { type: 'button', class: 'btn btn-outline-primary', 'data-testid': 'download-data' }, 'Download your data');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.replaceChildren(loading('Collecting your data…'));
    try {
      const name = await downloadMyData();
      status.replaceChildren(alertBox(`Your data is saved as ${name}.`, 'success'));
    } catch (error) {
      status.replaceChildren(alertBox(error.explained || error.message || 'Your data could not be collected. Please try again.'));
    } finally {
      button.disabled = false;
    }
  });
  return el('div', { class: 'vstack gap-3' },
    el('p', { class: 'mb-0' }, 'A copy of everything we hold about you: your details, bookings and tickets, payments, ',
      'waitlist places, rewards, reviews and the messages we sent you, in one file (JSON) that other programs can read.'),
    status, el('div', {}, button));
}

// Closing the account (docs/decisions/0020-closing-an-account.md): for good, so it takes the password and a tick.
function closeAccountForm(root) {
  const password = field('close-password', 'Your password', { type: 'password', autocomplete: 'current-password', required: true });
  const understoodBox = el('input', { id: 'close-confirm', name: 'close-confirm', type: 'checkbox', class: 'form-check-input',
    'aria-describedby': 'close-confirm-error' });
  const understood = {
    node: understoodBox,
    feedback: el('div', { id: 'close-confirm-error', class: 'invalid-feedback d-block', 'aria-live': 'polite' }),
  };
  const status = el('div', { 'aria-live': 'polite', 'data-testid': 'close-status' });
  const button = el('button', { type: 'submit', class: 'btn btn-danger' }, 'Close my account');
  const form = el('form', { class: 'vstack gap-3', novalidate: true, 'aria-labelledby': 'close-heading' },
    el('p', { class: 'mb-0' }, 'Closing is for good. Your name, e-mail address and phone number are erased; your reviews stay, ',
      'signed \u201cFormer customer\u201d; past bookings and payments are kept for our accounts without your details. ',
      'Cancel any upcoming booking, release your seat holds and leave waitlists first; download your data first if you want a copy.'),
    password.wrapper,
    el('div', { class: 'form-check' }, understoodBox,
      el('label', { for: 'close-confirm', class: 'form-check-label' }, 'I understand that closing my account cannot be undone'),
      understood.feedback),
    status, el('div', {}, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    markInvalid(password, null);
    markInvalid(understood, null);
    status.replaceChildren();
    const problem = closureProblem(password.node.value, understoodBox.checked);
    if (problem) {
      markInvalid(problem.field === 'password' ? password : understood, problem.message);
      return;
    }
    button.disabled = true;
    try {
      await graphql(CLOSE_ACCOUNT, { password: password.node.value });
    } catch (error) {
      const refusal = closureRefusal(error);
      if (refusal.field === 'password') markInvalid(password, refusal.message);
      else status.replaceChildren(alertBox(refusal.message));
      button.disabled = false;
      return;
    }
    // Every sign-in of the account has ended at the user service; this one goes too.
    await signOut();
    const done = el('h1', { class: 'h3 mb-3' }, 'Your account is closed');
    root.replaceChildren(done,
      el('p', { 'data-testid': 'closed-note' }, 'Your details are erased. Thank you for going to the movies with us.'),
      el('p', {}, el('a', { href: '#/' }, 'Back to what\u2019s on')));
    pageTitle(done);
  });
  return form;
}
