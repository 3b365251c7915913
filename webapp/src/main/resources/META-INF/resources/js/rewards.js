// Loyalty rewards (issue #21): the milestones the customer reached and their personal coupons, on My bookings.
import { graphql } from './graphql.js';
import { el, alertBox, money, dayLabel } from './ui.js';

export const MY_REWARDS = `query MyRewards { myRewards { milestone reachedAt bookingId state
  coupon { code discountType value currency maxDiscountCents expiresAt used active } } }`;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
export function ordinal(n) {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** "10 % off (at most €5.00)" or "€5.00 off". */
export function discountLabel(coupon) {
  const cap = coupon.maxDiscountCents ? ` (at most ${money(coupon.maxDiscountCents, coupon.currency)})` : '';
  return coupon.discountType === 'PERCENT' ? `${coupon.value} % off${cap}` : `${money(coupon.value, coupon.currency)} off`;
}

/** What the customer can still do with the coupon: Unused, Used, Expired or Withdrawn. */
export function couponState(coupon, now = Date.now()) {
  if (coupon.used) return 'Used';
  if (!coupon.active) return 'Withdrawn';
  if (coupon.expiresAt && new Date(coupon.expiresAt).getTime() <= now) return 'Expired';
  return 'Unused';
}

function item(reward) {
  const coupon = reward.coupon;
  const heading = el('h3', { class: 'h6 mb-1' }, `Your ${ordinal(reward.milestone)} booking`);
  if (!coupon) {
    return el('li', { class: 'list-group-item', 'data-testid': 'reward-item', 'data-milestone': String(reward.milestone) },
      heading, el('p', { class: 'small text-body-secondary mb-0' }, 'Your reward coupon is on its way.'));
  }
  const state = couponState(coupon);
  const badge = state === 'Unused' ? 'text-bg-success' : 'text-bg-secondary';
  return el('li', { class: 'list-group-item', 'data-testid': 'reward-item', 'data-milestone': String(reward.milestone),
    'data-coupon-code': coupon.code },
  el('div', { class: 'd-flex flex-wrap justify-content-between gap-2' },
    el('div', {}, heading,
      el('p', { class: 'mb-1' }, `${discountLabel(coupon)} your next booking with code `,
        el('code', { class: 'fs-6', 'data-testid': 'reward-code' }, coupon.code)),
      el('p', { class: 'small text-body-secondary mb-0' },
        coupon.expiresAt ? `Valid until ${dayLabel(coupon.expiresAt)} · only for you, once` : 'Only for you, once')),
    el('div', {}, el('span', { class: `badge ${badge}`, 'data-testid': 'reward-state' }, state))));
}

/** The Rewards section; a failure to load it never hides the bookings around it. */
export async function rewardsSection() {
  const id = 'rewards';
  const section = el('section', { class: 'mb-4', 'aria-labelledby': id, 'data-testid': 'rewards-section' },
    el('h2', { id, class: 'h5' }, 'Rewards'));
  try {
    const { myRewards } = await graphql(MY_REWARDS);
    const rewards = myRewards ?? [];
    section.append(rewards.length
      ? el('ul', { class: 'list-group', 'data-testid': 'rewards-list' }, rewards.map(item))
      : el('p', { class: 'text-body-secondary' }, 'Your 3rd, 5th and 10th bookings each earn a coupon for you.'));
  } catch (error) {
    section.append(alertBox(`Your rewards could not be loaded: ${error.message}`, 'warning'));
  }
  return section;
}
