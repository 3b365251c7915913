// Loyalty rewards (issue #21), on My bookings: where the customer stands (the programme's milestones, how many
// more bookings the next reward takes) and the milestones reached with their personal coupons.
import { graphql } from './graphql.js';
import { el, alertBox, money, dayLabel } from './ui.js';

export const MY_REWARDS = `query MyRewards { myRewards { milestone reachedAt bookingId state
  coupon { code discountType value currency maxDiscountCents expiresAt used active } } }`;
const TIER_FIELDS = 'bookings discountType value maxDiscountCents reached';
export const MY_LOYALTY_PROGRESS = `query MyLoyaltyProgress { myLoyaltyProgress { confirmedBookings bookingsToNext
  next { ${TIER_FIELDS} } milestones { ${TIER_FIELDS} } } }`;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
export function ordinal(n) {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/**
 * "10 % off (at most €5.00)" or "€5.00 off". A milestone not reached has no currency yet (its reward takes the
 * reaching booking's): its amounts are then plain numbers ("5.00 off").
 */
export function discountLabel(coupon) {
  const amount = (cents) => (coupon.currency ? money(cents, coupon.currency) : (cents / 100).toFixed(2));
  const cap = coupon.maxDiscountCents ? ` (at most ${amount(coupon.maxDiscountCents)})` : '';
  // a no-break space: "10 %" never splits over two lines
  return coupon.discountType === 'PERCENT' ? `${coupon.value}\u00a0% off${cap}` : `${amount(coupon.value)} off`;
}

/** "One more booking to your next reward: 15 % off your 5th." or null when no reward is left to reach. */
export function nextRewardLabel(progress) {
  const { next, bookingsToNext: toGo } = progress ?? {};
  if (!next || !toGo) return null;
  const more = toGo === 1 ? 'One more booking' : `${toGo} more bookings`;
  return `${more} to your next reward: ${discountLabel(next)} with your ${ordinal(next.bookings)} booking.`;
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

/** Where the customer stands: a bar towards the next reward and the programme's milestones, reached ones ticked. */
function progressView(progress) {
  const tiers = progress.milestones ?? [];
  if (!tiers.length) return null;
  const next = nextRewardLabel(progress);
  const parts = [];
  if (next) {
    const target = progress.next.bookings;
    const done = target - progress.bookingsToNext; // never above the count: at least one booking is always to go
    parts.push(el('p', { class: 'mb-1', 'data-testid': 'next-reward' }, next),
      el('div', {
        class: 'progress mb-2', role: 'progressbar', style: 'height: .5rem; max-width: 24rem',
        'aria-label': `Bookings towards your ${ordinal(target)}`, 'aria-valuemin': '0',
        'aria-valuemax': String(target), 'aria-valuenow': String(done), 'aria-valuetext': `${done} of ${target}`,
      }, el('div', { class: 'progress-bar', style: `width: ${Math.round((100 * done) / target)}%` })));
  } else {
    parts.push(el('p', { class: 'mb-1', 'data-testid': 'next-reward' }, 'You have reached every reward there is. Thank you!'));
  }
  parts.push(el('ul', { class: 'list-inline small mb-3', 'data-testid': 'reward-milestones', 'aria-label': 'Rewards for bookings' },
    tiers.map((tier) => el('li', { class: `list-inline-item badge ${tier.reached ? 'text-bg-success' : 'text-bg-light border'}`,
      'data-reached': String(tier.reached) },
    tier.reached ? el('span', { 'aria-hidden': 'true' }, '\u2713 ') : null,
    `${ordinal(tier.bookings)} booking: ${discountLabel(tier)}`,
    tier.reached ? el('span', { class: 'visually-hidden' }, ', reached') : null))));
  return parts;
}

/** The Rewards section; a failure to load it never hides the bookings around it. */
export async function rewardsSection() {
  const id = 'rewards';
  const section = el('section', { class: 'mb-4', 'aria-labelledby': id, 'data-testid': 'rewards-section' },
    el('h2', { id, class: 'h5' }, 'Rewards'));
  const [rewardsAnswer, progressAnswer] = await Promise.allSettled([graphql(MY_REWARDS), graphql(MY_LOYALTY_PROGRESS)]);
  // without the progress (an older or failing booking service) the rewards reached still show
  const progress = progressAnswer.status === 'fulfilled' ? progressAnswer.value.myLoyaltyProgress : null;
  if (progress) section.append(...(progressView(progress) ?? []));
  if (rewardsAnswer.status === 'rejected') {
    section.append(alertBox(`Your rewards could not be loaded: ${rewardsAnswer.reason.message}`, 'warning'));
    return section;
  }
  const rewards = rewardsAnswer.value.myRewards ?? [];
  if (rewards.length) {
    section.append(el('ul', { class: 'list-group', 'data-testid': 'rewards-list' }, rewards.map(item)));
  } else if (!progress?.milestones?.length) {
    section.append(el('p', { class: 'text-body-secondary' }, progress ? 'No rewards programme runs at the moment.'
      : 'Your rewards could not be loaded just now.'));
  }
  return section;
}
