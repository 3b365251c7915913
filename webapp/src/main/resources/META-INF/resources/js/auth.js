// Sign-in, registration, sign-out and the timely renewal of the access token.
import { graphql, setRefresher } from './graphql.js';
import * as session from './session.js';

const AUTH = 'accessToken refreshToken expiresIn user { id email fullName roles }';
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH} } }`;
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`;
const REFRESH = `mutation Refresh($token: String!) { refreshToken(refreshToken: $token) { ${AUTH} } }`;
const LOGOUT = 'mutation Logout($token: String!) { logout(refreshToken: $token) }';

/** Renew this long before the access token expires. */
const MARGIN_MS = 60_000;
let timer = null;
let inFlight = null;

function schedule() {
  clearTimeout(timer);
  const current = session.session();
  if (!current) {
    return;
  }
  const wait = Math.max(current.expiresAt - Date.now() - MARGIN_MS, 1_000);
  timer = setTimeout(() => refresh().catch(() => {}), wait);
}

/** Exchanges the refresh token (rotated on every use) for new tokens; returns the new access token or null. */
export function refresh() {
  if (inFlight) {
    return inFlight;
  }
  const current = session.session();
  if (!current?.refreshToken) {
    return Promise.resolve(null);
  }
  inFlight = fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: REFRESH, variables: { token: current.refreshToken } }),
  })
    .then((response) => response.json())
    .then((body) => {
      const payload = body?.data?.refreshToken;
      if (!payload) {
        session.clear();
        return null;
      }
      session.store(payload);
      schedule();
      return payload.accessToken;
    })
    .catch(() => null)
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export async function signIn(email, password) {
  const { login } = await graphql(LOGIN, { email, password });
  session.store(login);
  schedule();
  return login.user;
}

export async function register(input) {
  const { register: payload } = await graphql(REGISTER, { input });
  session.store(payload);
  schedule();
  return payload.user;
}

export async function signOut() {
  const current = session.session();
  clearTimeout(timer);
  if (current?.refreshToken) {
    await graphql(LOGOUT, { token: current.refreshToken }).catch(() => {});
  }
  session.clear();
}

/** Called once at start-up: renews a token that is about to expire and plans the next renewal. */
export function startSession() {
  setRefresher(refresh);
  const current = session.session();
  if (!current) {
    return;
  }
  if (current.expiresAt - Date.now() < MARGIN_MS) {
    refresh();
  } else {
    schedule();
  }
}
