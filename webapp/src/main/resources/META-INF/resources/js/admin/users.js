// Admin users (issue #15): search by name or e-mail, grant or take the ADMIN role, disable or enable an account.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle } from '../ui.js';
import { adminNav } from './nav.js';

const FIELDS = 'id email fullName roles status createdAt';
const USERS = `query AdminUsers($search: String, $page: Int, $size: Int) { users(search: $search, page: $page, size: $size) { total items { ${FIELDS} } } }`;
const ROLE = `mutation SetRole($u: ID!, $r: String!, $g: Boolean!) { setUserRole(userId: $u, role: $r, granted: $g) { ${FIELDS} } }`;
const STATUS = `mutation SetStatus($u: ID!, $s: String!) { setUserStatus(userId: $u, status: $s) { ${FIELDS} } }`;

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Users');
  const search = el('input', { id: 'user-search', name: 'search', type: 'search', class: 'form-control form-control-sm' });
  const content = el('div', { 'aria-live': 'polite' });

  async function act(mutation, variables, row) {
    try {
      await graphql(mutation, variables);
      await load();
    } catch (error) {
      row.after(el('tr', {}, el('td', { colspan: 5 }, alertBox(error.message))));
    }
  }

  async function load() {
    content.replaceChildren(loading('Loading users…'));
    try {
      const { users } = await graphql(USERS, { search: search.value.trim() || null, page: 0, size: 50 });
      const rows = users.items.map((u) => {
        const admin = u.roles.includes('ADMIN');
        const row = el('tr', { 'data-user-email': u.email });
        row.append(
          el('th', { scope: 'row' }, u.fullName, el('div', { class: 'small text-body-secondary fw-normal' }, u.email),
            el('a', { href: `#/admin/bookings?userId=${encodeURIComponent(u.id)}`, class: 'small fw-normal',
              'aria-label': `Bookings of ${u.fullName}` }, 'Bookings')),
          el('td', {}, u.roles.join(', ')),
          el('td', {}, u.status === 'ACTIVE' ? 'Active' : 'Disabled'),
          el('td', {}, el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
            'aria-label': `${admin ? 'Remove staff role from' : 'Make staff:'} ${u.email}`,
            onclick: () => act(ROLE, { u: u.id, r: 'ADMIN', g: !admin }, row) }, admin ? 'Remove staff role' : 'Make staff')),
          el('td', {}, el('button', { type: 'button', class: `btn btn-sm ${u.status === 'ACTIVE' ? 'btn-outline-danger' : 'btn-outline-success'}`,
            'aria-label': `${u.status === 'ACTIVE' ? 'Disable' : 'Enable'} ${u.email}`,
            onclick: () => act(STATUS, { u: u.id, s: u.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' }, row) },
          u.status === 'ACTIVE' ? 'Disable' : 'Enable')));
        return row;
      });
      content.replaceChildren(el('p', { class: 'small text-body-secondary' }, `${users.total} users${users.total > 50 ? ', the first 50 shown' : ''}`),
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-users' },
          el('caption', { class: 'visually-hidden' }, 'Users'),
          el('thead', {}, el('tr', {}, ['User', 'Roles', 'Status', 'Role', 'Account'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, rows))));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  const form = el('form', { class: 'row g-2 align-items-end mb-3', role: 'search',
    onsubmit: (event) => { event.preventDefault(); load(); } },
  el('div', { class: 'col-sm-6 col-lg-4' }, el('label', { for: 'user-search', class: 'form-label small' }, 'Name or e-mail'), search),
  el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Search')));
  root.append(adminNav('users'), heading, form, content);
  pageTitle(heading, 'Admin users');
  await load();
}
