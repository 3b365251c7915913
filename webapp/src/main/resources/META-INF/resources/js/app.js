// The portal shell: a hash router (#/, #/movies/{id}, #/cinemas, #/cinemas/{id}, #/showtimes/{id}, #/screenings, #/signin,
// #/register, #/forgot-password, #/reset-password?token=..., #/holds, #/checkout/{bookingId}, #/bookings,
// #/bookings/{id}, #/profile; staff: #/admin,
// #/admin/movies, #/admin/cinemas, #/admin/scheduler, #/admin/bookings, #/admin/payments, #/admin/coupons, #/admin/users, #/admin/reviews, #/admin/door), the account area of the navigation bar and the session's token renewal.
import { startSession, signOut } from './auth.js';
import * as session from './session.js';
import { el, clearFlash, flash, goSignIn } from './ui.js';
import { isAdmin } from './admin/access.js';
import { isSignInPage } from './password-reset.js';

const ROUTES = [
  { pattern: /^\/$/, page: () => import('./pages/home.js'), nav: 'home' },
  { pattern: /^\/movies\/([^/]+)$/, page: () => import('./pages/movie.js'), nav: 'home' },
  { pattern: /^\/cinemas$/, page: () => import('./pages/cinemas.js'), nav: 'cinemas' },
  { pattern: /^\/cinemas\/([^/]+)$/, page: () => import('./pages/cinema.js'), nav: 'cinemas' },
  { pattern: /^\/showtimes\/([^/]+)$/, page: () => import('./pages/seats.js'), nav: 'home' },
  { pattern: /^\/screenings$/, page: () => import('./pages/screenings.js'), nav: 'home' },
  { pattern: /^\/signin$/, page: () => import('./pages/signin.js'), nav: 'signin' },
  { pattern: /^\/register$/, page: () => import('./pages/register.js'), nav: 'signin' },
  // Public, signed in or not: the e-mailed link's token is the credential (a signed-in visitor may still use it).
  { pattern: /^\/forgot-password$/, page: () => import('./pages/forgot-password.js'), nav: 'signin' },
  { pattern: /^\/reset-password$/, page: () => import('./pages/reset-password.js'), nav: 'signin' },
  { pattern: /^\/holds$/, page: () => import('./pages/holds.js'), nav: 'holds', protected: true },
  { pattern: /^\/checkout\/([^/]+)$/, page: () => import('./pages/checkout.js'), nav: 'holds', protected: true },
  { pattern: /^\/bookings$/, page: () => import('./pages/bookings.js'), nav: 'bookings', protected: true },
  { pattern: /^\/bookings\/([^/]+)$/, page: () => import('./pages/booking.js'), nav: 'bookings', protected: true },
  { pattern: /^\/profile$/, page: () => import('./pages/profile.js'), nav: 'profile', protected: true },
  { pattern: /^\/admin$/, page: () => import('./admin/dashboard.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/bookings$/, page: () => import('./admin/bookings.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/payments$/, page: () => import('./admin/payments.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/coupons$/, page: () => import('./admin/coupons.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/users$/, page: () => import('./admin/users.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/reviews$/, page: () => import('./admin/reviews.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/movies$/, page: () => import('./admin/movies.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/cinemas$/, page: () => import('./admin/cinemas.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/scheduler$/, page: () => import('./admin/scheduler.js'), nav: 'admin', protected: true, admin: true },
  { pattern: /^\/admin\/door$/, page: () => import('./admin/door.js'), nav: 'admin', protected: true, admin: true },
];

const app = document.getElementById('app');
let cleanup = null;
let generation = 0;

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, queryString = ''] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(queryString) };
}

async function route() {
  const current = ++generation;
  if (typeof cleanup === 'function') {
    try {
      cleanup();
    } catch {
      // a page that fails to tidy up must not stop the next one
    }
  }
  cleanup = null;
  clearFlash();
  const { path, query } = parse(location.hash);
  const match = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (match && link.dataset.nav === match.r.nav) {
      link.setAttribute('aria-current', 'page');
      link.classList.add('active');
    } else {
      link.removeAttribute('aria-current');
      link.classList.remove('active');
    }
  });
  if (!match) {
    app.replaceChildren(el('h1', { class: 'h3' }, 'Page not found'),
      el('p', {}, el('a', { href: '#/' }, 'Back to what\u2019s on')));
    document.title = 'Page not found — Cinema';
    return;
  }
  if (match.r.protected && !session.isSignedIn()) {
    goSignIn(location.hash);
    return;
  }
  if (match.r.admin && !isAdmin()) {
    app.replaceChildren(el('h1', { class: 'h3' }, 'Staff only'),
      el('p', {}, 'This part of the site is for cinema staff. ', el('a', { href: '#/' }, 'Back to what\u2019s on')));
    document.title = 'Staff only — Cinema';
    return;
  }
  try {
    const module = await match.r.page();
    if (current !== generation) {
      return;
    }
    const container = el('div');
    app.replaceChildren(container);
    window.scrollTo(0, 0);
    const result = module.render(container, { params: match.m.slice(1).map(decodeURIComponent), query });
    cleanup = result instanceof Promise ? null : result;
    if (result instanceof Promise) {
      const done = await result;
      if (current === generation) {
        cleanup = done;
      } else if (typeof done === 'function') {
        done();
      }
    }
  } catch (error) {
    flash(error.message || 'Something went wrong on our side. Please try again.');
  }
}

function renderAccount() {
  const area = document.getElementById('account');
  const user = session.currentUser();
  // The admin menu exists for staff only; a customer never sees it (issue #15).
  document.getElementById('admin-nav').hidden = !isAdmin(user);
  if (user || session.isSignedIn()) {
    const name = user?.fullName || user?.email || 'Signed in';
    area.replaceChildren(
      el('a', { class: 'nav-link text-light small px-1', href: '#/profile', 'data-nav': 'profile', 'data-testid': 'signed-in-as', 'aria-label': `Profile of ${name}` },
        el('span', { class: 'd-none d-sm-inline' }, name), el('span', { class: 'd-sm-none' }, 'Profile')),
      el('button', {
        type: 'button',
        class: 'btn btn-outline-light btn-sm',
        onclick: async () => {
          await signOut();
          location.hash = '#/';
        },
      }, 'Sign out'),
    );
  } else {
    area.replaceChildren(el('a', {
      class: 'btn btn-outline-light btn-sm',
      href: '#/signin',
      onclick: (event) => {
        event.preventDefault();
        const here = location.hash || '#/';
        // Not back to a sign-in page (nor a reset link's token carried along in the address).
        goSignIn(isSignInPage(here) ? '#/' : here);
      },
    }, 'Sign in'));
  }
}

startSession();
session.onChange(renderAccount);
renderAccount();
window.addEventListener('hashchange', route);
route();

// The installable shell: static files cached by the service worker, an offline page without a network.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // the portal works without it
    });
  });
}
