// Limits the portal shares with the platform, defined once. The server enforces each of them again and its own
// refusal is what the customer reads when the two disagree (docs/api.md, holdSeats).

/** Seats one hold may name: the booking service's Booking.MAX_SEATS. */
export const MAX_SEATS = 10;

/** When the hold's countdown warns that time is nearly up. */
export const HOLD_WARNING_MS = 60_000;

/** After the countdown ends: how often and how many times the seat map is asked again until the server agrees. */
export const EXPIRY_RECHECK_MS = 1_000;
export const EXPIRY_RECHECKS = 10;
