// The installable shell's service worker: keeps the static shell (HTML, CSS, scripts, icons) as a fallback for a
// flaky network, and shows the offline page when a page cannot be loaded at all. Never caches the API (/graphql,
// /api/...), anything sent with an Authorization header, or anything but a plain GET of this site's files.
const CACHE = 'cinema-shell-v17';
const OFFLINE = '/offline.html';
// Every module the customer portal loads (webapp's service-worker.test.js checks this against the imports); of the
// staff screens only access.js, which app.js imports.
const SHELL = [
  '/', '/index.html', OFFLINE, '/manifest.webmanifest', '/icons/icon.svg', '/css/app.css',
  '/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css',
  '/js/theme.js', '/js/app.js', '/js/account-closure.js', '/js/admin/access.js', '/js/auth.js', '/js/bookings.js', '/js/cards.js', '/js/config.js', '/js/contact.js', '/js/data-export.js',
  '/js/fields.js', '/js/files.js', '/js/graphql.js', '/js/notices.js', '/js/password-reset.js', '/js/reviews.js', '/js/rewards.js', '/js/session.js', '/js/showtimes.js', '/js/ticket-types.js',
  '/js/tickets.js', '/js/ui.js', '/js/waitlist.js', '/js/your-cinema.js',
  '/js/pages/booking.js', '/js/pages/bookings.js', '/js/pages/checkout.js', '/js/pages/cinema.js', '/js/pages/cinemas.js',
  '/js/pages/forgot-password.js', '/js/pages/holds.js', '/js/pages/home.js', '/js/pages/movie.js', '/js/pages/profile.js',
  '/js/pages/register.js', '/js/pages/reset-password.js', '/js/pages/screenings.js', '/js/pages/seats.js', '/js/pages/signin.js',
  '/js/seats/api.js', '/js/seats/grid.js', '/js/seats/hold.js', '/js/seats/model.js', '/js/seats/navigation.js',
  '/js/seats/panel.js', '/js/seats/stream.js', '/js/seats/waitlist.js',
];
const STATIC = /^\/(?:$|index\.html$|offline\.html$|manifest\.webmanifest$|icons\/|css\/|js\/|webjars\/)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    // one missing file must not keep the rest of the shell out
    .then((cache) => Promise.all(SHELL.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cinema-shell-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function cacheable(request, url) {
  return request.method === 'GET' && url.origin === self.location.origin && STATIC.test(url.pathname)
    && !request.headers.has('Authorization') && !url.search.toLowerCase().includes('token');
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    // pages: always the network (fresh after a deploy); without one, the offline page
    event.respondWith(fetch(request).catch(async () => (await caches.match(OFFLINE)) ?? Response.error()));
    return;
  }
  if (!cacheable(request, url)) {
    return; // the API, tokens and other sites go straight to the network, untouched
  }
  event.respondWith(fetch(request)
    .then((response) => {
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })
    .catch(async () => (await caches.match(request)) ?? Response.error()));
});
