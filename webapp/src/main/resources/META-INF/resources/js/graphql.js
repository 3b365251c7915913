// The one way the front end talks to the platform: POST /graphql on the gateway.

/** Messages people see, chosen by the error's extensions.code (DESIGN.md §5). */
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
  }
}

export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLError({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  }
  if (response.status === 429) {
    throw new GraphQLError({ extensions: { code: 'RATE_LIMITED' } });
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors?.length) {
    throw new GraphQLError(body.errors[0]);
  }
  return body.data;
}
