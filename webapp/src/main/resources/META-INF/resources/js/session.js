// The signed-in session: tokens live in sessionStorage (this tab only, never a cookie) and the access token is
// renewed with the refresh token shortly before it expires.
const KEY = 'cinema.session';
const listeners = new Set();

function read() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) ?? null;
  } catch {
    return null;
  }
}

export function session() {
  return read();
}

export function accessToken() {
  return read()?.accessToken ?? null;
}

export function currentUser() {
  return read()?.user ?? null;
}

export function isSignedIn() {
  return read() !== null;
}

/** Keeps an AuthPayload { accessToken, refreshToken, expiresIn, user }. */
export function store(payload) {
  const previous = read();
  const value = {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: Date.now() + (payload.expiresIn ?? 900) * 1000,
    user: payload.user ?? previous?.user ?? null,
  };
  sessionStorage.setItem(KEY, JSON.stringify(value));
  listeners.forEach((fn) => fn(value));
}

export function clear() {
  sessionStorage.removeItem(KEY);
  listeners.forEach((fn) => fn(null));
}

export function onChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Keeps the signed-in user's changed profile (name, phone) next to the tokens. */
export function updateUser(user) {
  const current = read();
  if (!current) return;
  const value = { ...current, user: { ...current.user, ...user } };
  sessionStorage.setItem(KEY, JSON.stringify(value));
  listeners.forEach((fn) => fn(value));
}
