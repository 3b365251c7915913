// The one way the front end talks to the platform: POST /graphql on the gateway.
import { accessToken } from './session.js';

/** Messages people see, chosen by the error's extensions.code (docs/api.md, "Errors"). */
const MESSAGES = {
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'We could not find that.',
  VALIDATION: 'Please check what you entered.',
  CONFLICT: 'That clashes with something that changed meanwhile. Please try again.',
  SEAT_UNAVAILABLE: 'Someone else just took one of those seats. Please pick others.',
  HOLD_EXPIRED: 'Your seat hold has expired. Please pick your seats again.',
  COUPON_INVALID: 'That coupon cannot be used for this booking.',
  PAYMENT_DECLINED: 'The payment was declined. Nothing was charged.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
  UPSTREAM_UNAVAILABLE: 'Part of the service is unavailable right now. Please try again shortly.',
  INTERNAL: 'Something went wrong on our side. Please try again.',
};

export class GraphQLError extends Error {
  constructor(error) {
    const code = error?.extensions?.code ?? 'INTERNAL';
    super(code === 'VALIDATION' && error.message ? error.message : (MESSAGES[code] ?? MESSAGES.INTERNAL));
    this.code = code;
    this.field = error?.extensions?.field;
    // where in the answer a field error happened (['bookings', 'items', 0, 'customer']), for fieldErrors
    this.path = Array.isArray(error?.path) ? error.path : null;
    // COUPON_INVALID and PAYMENT_DECLINED explain themselves (docs/api.md); a dropped connection is told apart
    // so that a payment can be retried with the same idempotency key.
    this.reason = error?.extensions?.reason ?? null;
    // the rest of what the service said about it (a door's showtimeStartsAt or checkedInAt)
    this.extensions = error?.extensions ?? {};
    // the service's own words where they carry a fact the customer needs (a CONFLICT names the cancellation cut-off)
    this.serverMessage = error?.message ?? null;
    this.retryable = error?.extensions?.retryable === true;
    this.network = error?.network === true;
  }

  /**
   * What to tell the person: for a CONFLICT the service's own words, which name what stands in the way (a showtime's
   * bookings, a cut-off, a clash) and so what to do instead; for a RATE_LIMITED a service's own words too, which say
   * when to try again or why not (failed password checks, tickets sent again); otherwise the message for the code.
   * The gateway's own rate limits answer HTTP 429 and are never read (post), so they keep the message for the code.
   */
  get explained() {
    return ['CONFLICT', 'RATE_LIMITED'].includes(this.code) && this.serverMessage ? this.serverMessage : this.message;
  }
}

let refresher = null;

/** Installed by the session module: renews the access token once when the gateway says it is no longer valid. */
export function setRefresher(fn) {
  refresher = fn;
}

/**
 * The answer's data, or the error to throw. A screen that can do without some nested fields (a customer's name
 * beside their id, say) passes fieldErrors: errors confined to fields below the root then go to it as
 * GraphQLErrors and the data, those fields null, is returned; any other error is thrown as always.
 */
function dataOf(body, fieldErrors) {
  const errors = body.errors ?? [];
  const onlyNested = body.data && errors.every((e) => Array.isArray(e.path) && e.path.length > 1);
  if (errors.length && !(fieldErrors && onlyNested)) {
    throw new GraphQLError(errors[0]);
  }
  if (!body.data) {
    throw new GraphQLError({ extensions: { code: 'INTERNAL' } });
  }
  if (errors.length) {
    fieldErrors(errors.map((e) => new GraphQLError(e)));
  }
  return body.data;
}

async function post(query, variables, token, fieldErrors) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new GraphQLError({ network: true, extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  }
  if (response.status === 429) {
    throw new GraphQLError({ extensions: { code: 'RATE_LIMITED' } });
  }
  const body = await response.json().catch(() => null);
  if (body === null) {
    // no GraphQL answer at all (a proxy error page, a cut connection): the outcome is unknown
    throw new GraphQLError({ network: true, extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  }
  return dataOf(body, fieldErrors);
}

/**
 * Runs a query or mutation, with the signed-in user's access token when there is one. An expired token is
 * renewed once with the refresh token and the call repeated. fieldErrors: see dataOf.
 */
export async function graphql(query, variables = {}, { fieldErrors } = {}) {
  const token = accessToken();
  try {
    return await post(query, variables, token, fieldErrors);
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED' && token && refresher) {
      const renewed = await refresher().catch(() => null);
      if (renewed) {
        return post(query, variables, renewed, fieldErrors);
      }
    }
    throw error;
  }
}
