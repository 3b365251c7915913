// What the browser gives the portal's modules, for tests under Node: the tab's session storage, backed by a Map the
// test reads and sets, signed in as a customer.
export const storage = new Map();

globalThis.sessionStorage = {
  getItem: (k) => (storage.has(k) ? storage.get(k) : null),
  setItem: (k, v) => storage.set(k, String(v)),
  removeItem: (k) => storage.delete(k),
};

/** Empties the tab's storage and signs in with this session ({ accessToken, refreshToken?, user }). */
export function signedIn(session) {
  storage.clear();
  storage.set('cinema.session', JSON.stringify(session));
}
