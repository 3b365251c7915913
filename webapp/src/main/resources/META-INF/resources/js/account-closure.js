// Closing an account (profile): the form's own checks and how the gateway's refusals are shown. Pure functions,
// tested with node --test.

// What must be filled in before the gateway is asked; null when the form may be sent.
export function closureProblem(password, understood) {
  if (!password) return { field: 'password', message: 'Enter your password to close your account.' };
  if (!understood) return { field: 'confirm', message: 'Tick the box to confirm that closing cannot be undone.' };
  return null;
}

// Where a refusal of closeAccount is shown: a wrong password under the password field; open bookings, holds or
// waitlist places (CONFLICT, the message counts them) and everything else above the button, in the service's words.
export function closureRefusal(error) {
  const field = error.field?.split('.').pop();
  if (error.code === 'VALIDATION' && field === 'password') {
    return { field: 'password', message: 'That is not your password.' };
  }
  return { field: null, message: error.explained || error.message || 'Your account could not be closed. Please try again.' };
}
