// Admin users (issue #15): search by name or e-mail, page by page; grant or take the ADMIN role, disable or enable
// an account, and send a customer who cannot sign in a link to reset their password.
import { graphql } from '../graphql.js';
import { el, loading, alertBox, pageTitle, counted } from '../ui.js';
import { adminNav } from './nav.js';
import { pager } from './listing.js';

const PAGE_SIZE = 20;

const FIELDS = 'id email fullName roles status createdAt';
const USERS = `query AdminUsers($search: String, $page: Int, $size: Int) { users(search: $search, page: $page, size: $size) { total items { ${FIELDS} } } }`;
const ROLE = `mutation SetRole($u: ID!, $r: String!, $g: Boolean!) { setUserRole(userId: $u, role: $r, granted: $g) { ${FIELDS} } }`;
const STATUS = `mutation SetStatus($u: ID!, $s: String!) { setUserStatus(userId: $u, status: $s) { ${FIELDS} } }`;
// The customer's own "Forgot your password?": staff never see nor set a password, the link goes to the account's address.
const SEND_RESET = 'mutation SendReset($e: String!) { requestPasswordReset(email: $e) }';

export async function render(root) {
  const heading = el('h1', { class: 'h3 mb-3' }, 'Users');
  const search = el('input', { id: 'user-search', name: 'search', type: 'search', class: 'form-control form-control-sm' });
  const content = el('div', { 'aria-live': 'polite' });
  let page = 0;

  /** A line under the user's row: what an action did, or why it could not. */
  function note(row, child) {
    const earlier = row.nextElementSibling;
    if (earlier?.dataset.noteFor === row.dataset.userEmail) earlier.remove();
    row.after(el('tr', { 'data-note-for': row.dataset.userEmail }, el('td', { colspan: 5 }, child)));
  }

  async function sendReset(u, row, button) {
    button.disabled = true;
    try {
      await graphql(SEND_RESET, { e: u.email });
      note(row, alertBox(`A link to reset the password is on its way to ${u.email}; it works once, for 30 minutes.`, 'success'));
    } catch (error) {
      note(row, alertBox(error.message));
    } finally {
      button.disabled = false;
    }
  }

  async function act(mutation, variables, row) {
    try {
      await graphql(mutation, variables);
      await load();
    } catch (error) {
      note(row, alertBox(error.message));
    }
  }

  async function load() {
    content.replaceChildren(loading('Loading users…'));
    try {
      const { users } = await graphql(USERS, { search: search.value.trim() || null, page, size: PAGE_SIZE });
      const rows = users.items.map((u) => {
        const admin = u.roles.includes('ADMIN');
        // Closed by its owner (docs/decisions/0020-closing-an-account.md): kept for its past bookings, never reopened.
        const closed = u.status === 'CLOSED';
        const row = el('tr', { 'data-user-email': u.email });
        row.append(
          el('th', { scope: 'row' }, u.fullName, el('div', { class: 'small text-body-secondary fw-normal' }, u.email),
            el('a', { href: `#/admin/bookings?userId=${encodeURIComponent(u.id)}`, class: 'small fw-normal',
              'aria-label': `Bookings of ${u.fullName}` }, 'Bookings')),
          el('td', {}, u.roles.join(', ')),
          el('td', {}, { ACTIVE: 'Active', DISABLED: 'Disabled', CLOSED: 'Closed by the customer' }[u.status] ?? u.status),
          closed ? el('td', {}) : el('td', {}, el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
            'aria-label': `${admin ? 'Remove staff role from' : 'Make staff:'} ${u.email}`,
            onclick: () => act(ROLE, { u: u.id, r: 'ADMIN', g: !admin }, row) }, admin ? 'Remove staff role' : 'Make staff')),
          closed ? el('td', {}) : el('td', { class: 'text-nowrap' }, el('button', { type: 'button', class: `btn btn-sm ${u.status === 'ACTIVE' ? 'btn-outline-danger' : 'btn-outline-success'}`,
            'aria-label': `${u.status === 'ACTIVE' ? 'Disable' : 'Enable'} ${u.email}`,
            onclick: () => act(STATUS, { u: u.id, s: u.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' }, row) },
          u.status === 'ACTIVE' ? 'Disable' : 'Enable'),
          // A disabled account cannot sign in whatever its password: no link for it.
          u.status === 'ACTIVE' ? [' ', el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm',
            'aria-label': `Send reset link to ${u.email}`,
            onclick: (event) => sendReset(u, row, event.currentTarget) }, 'Send reset link')] : null));
        return row;
      });
      const pages = Math.max(1, Math.ceil(users.total / PAGE_SIZE));
      content.replaceChildren(el('p', { class: 'small text-body-secondary' },
        `${counted(users.total, 'user')}, page ${page + 1} of ${pages}`),
        el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle', 'data-testid': 'admin-users' },
          el('caption', { class: 'visually-hidden' }, 'Users'),
          el('thead', {}, el('tr', {}, ['User', 'Roles', 'Status', 'Role', 'Account'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, rows))),
        pager('User pages', page, pages, (next) => { page = next; load(); }));
    } catch (error) {
      content.replaceChildren(alertBox(error.message));
    }
  }

  const form = el('form', { class: 'row g-2 align-items-end mb-3', role: 'search',
    onsubmit: (event) => { event.preventDefault(); page = 0; load(); } },
  el('div', { class: 'col-sm-6 col-lg-4' }, el('label', { for: 'user-search', class: 'form-label small' }, 'Name or e-mail'), search),
  el('div', { class: 'col-auto' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Search')));
  root.append(adminNav('users'), heading, form, content);
  pageTitle(heading, 'Admin users');
  await load();
}
