// A forgotten password (the sign-in page's link, #/forgot-password, #/reset-password?token=...): the parts that
// need no page, tested with node --test.

/** The pages about getting (back) into an account: signing in never leads back to one of them. */
const SIGN_IN_PAGES = ['#/signin', '#/register', '#/forgot-password', '#/reset-password'];

/** Whether a route is one of those: a way back to it would loop, or carry a reset link's token around. */
export function isSignInPage(hash) {
  return SIGN_IN_PAGES.some((page) => hash === page || hash.startsWith(`${page}?`));
}

/** The password rule checked before sending (reset and profile pages), as the user service states it; it checks again. */
export const PASSWORD_MIN_LENGTH = 10;

/** How long an e-mailed link works: the user service's default (cinema.user.password-reset.lifetime). */
export const LINK_MINUTES = 30;

/**
 * The token of #/reset-password?token=..., or null when the address holds none: the e-mail's link is base64url
 * text, so anything else (nothing at all, a link cut short or mangled by a mail client) is not one and needs no
 * call to find out.
 */
export function resetToken(query) {
  const token = (query.get('token') ?? '').trim();
  return /^[A-Za-z0-9_-]{1,256}$/.test(token) ? token : null;
}

/** The sign-in page's "Forgot your password?" link, carrying the e-mail typed so far so it need not be typed again. */
export function forgotPasswordHref(typedEmail) {
  const email = (typedEmail ?? '').trim();
  return email ? `#/forgot-password?email=${encodeURIComponent(email)}` : '#/forgot-password';
}

/** The confirmation after asking for a link: worded the same whether or not an account uses the address. */
export function linkSentMessage(email) {
  return `If an account uses ${email}, we have sent it a link to reset the password. `
    + `The link works once, for ${LINK_MINUTES} minutes. Check your spam folder too.`;
}

/**
 * The reset form's own checks before anything is sent: the first problem as { field, message } (field
 * 'newPassword' or 'repeat'), or null. Length in characters as the service counts them (an emoji is one).
 */
export function newPasswordProblem(password, repeat) {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return { field: 'newPassword', message: `The new password needs at least ${PASSWORD_MIN_LENGTH} characters.` };
  }
  if (password !== repeat) {
    return { field: 'repeat', message: 'The two passwords do not match: type the new one again.' };
  }
  return null;
}
