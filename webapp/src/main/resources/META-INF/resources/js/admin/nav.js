// The admin area's own sub-navigation, shown above each admin screen.
import { el } from '../ui.js';

const SCREENS = [
  { key: 'dashboard', href: '#/admin', label: 'Dashboard' },
  { key: 'movies', href: '#/admin/movies', label: 'Movies' },
  { key: 'cinemas', href: '#/admin/cinemas', label: 'Cinemas' },
  { key: 'scheduler', href: '#/admin/scheduler', label: 'Scheduler' },
  { key: 'bookings', href: '#/admin/bookings', label: 'Bookings' },
  { key: 'payments', href: '#/admin/payments', label: 'Payments' },
  { key: 'coupons', href: '#/admin/coupons', label: 'Coupons' },
  { key: 'users', href: '#/admin/users', label: 'Users' },
  { key: 'reviews', href: '#/admin/reviews', label: 'Reviews' },
  { key: 'door', href: '#/admin/door', label: 'Door' },
];

export function adminNav(active) {
  return el('nav', { 'aria-label': 'Admin', class: 'mb-3' },
    el('ul', { class: 'nav nav-tabs admin-tabs' }, SCREENS.map((s) => el('li', { class: 'nav-item' },
      el('a', {
        class: `nav-link${s.key === active ? ' active' : ''}`,
        href: s.href,
        'aria-current': s.key === active ? 'page' : null,
      }, s.label)))));
}
