// Who sees the admin area: staff (role ADMIN) only. The gateway refuses every admin call from anyone else
// anyway (FORBIDDEN); this only keeps the menu and the screens away from customers.
import { currentUser } from '../session.js';

export function isAdmin(user = currentUser()) {
  return Array.isArray(user?.roles) && user.roles.includes('ADMIN');
}
